package vn.dva.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import vn.dva.index.IndexSchema;

/**
 * The search as dva ran it before {@link FacetedSearch}: one {@link DrillSideways} pass that scores
 * every matching document to take the top hits, the exact total and all facet counts together. Kept
 * as the reference the benchmark measures the separate passes against in the same run ({@code
 * scripts/bench}, row "before: one drill-sideways pass"); not used by the product.
 */
final class SinglePassSearch implements HitsAndCounts {

  private final FacetsConfig config;

  SinglePassSearch(FacetsConfig config) {
    this.config = config;
  }

  @Override
  public FacetedSearch.Result search(
      IndexSearcher searcher,
      SortedSetDocValuesReaderState state,
      Query base,
      Map<String, List<String>> filters,
      Sort sort,
      int topN,
      boolean stories,
      FacetCountCache cache)
      throws IOException {
    DrillDownQuery ddq = new DrillDownQuery(config, base);
    filters.forEach((dim, values) -> values.forEach(v -> ddq.add(dim, v)));
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    TopDocs top;
    if (state == null) {
      top = searcher.search(ddq, topN, sort == null ? Sort.RELEVANCE : sort, true);
      FacetCounter.LIMITS.keySet().forEach(dim -> facets.put(dim, Map.of()));
    } else {
      DrillSideways ds = new DrillSideways(searcher, config, state);
      DrillSideways.DrillSidewaysResult result =
          sort == null
              ? ds.search((ScoreDoc) null, ddq, topN)
              : ds.search(ddq, null, null, topN, sort, true);
      top = result.hits;
      for (String dim : FacetCounter.LIMITS.keySet()) facets.put(dim, counts(result.facets, dim));
    }
    // stories as before: the caller's own pass
    return new FacetedSearch.Result(
        top, top.totalHits.value(), facets, false, FacetedSearch.NOT_COUNTED);
  }

  private static Map<String, Integer> counts(Facets facets, String dim) throws IOException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    boolean byLabel = dim.equals(IndexSchema.FACET_YEAR) || dim.equals(IndexSchema.FACET_MONTH);
    int limit = FacetCounter.LIMITS.get(dim);
    FacetResult result;
    try {
      result = byLabel ? facets.getAllChildren(dim) : null;
      if (result == null || result.labelValues.length > limit) {
        result = facets.getTopChildren(limit, dim);
      }
    } catch (IllegalArgumentException dimensionNotIndexedYet) {
      result = null;
    }
    if (result == null) return counts;
    List<LabelAndValue> values = new ArrayList<>(List.of(result.labelValues));
    if (byLabel) values.sort(Comparator.comparing((LabelAndValue lv) -> lv.label));
    for (LabelAndValue lv : values) counts.put(lv.label, lv.value.intValue());
    return counts;
  }
}
