package vn.dva.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;

/** How a built query with drill-down filters is executed: top hits, total and facet counts. */
interface HitsAndCounts {

  /**
   * Runs {@code base} narrowed by {@code filters}.
   *
   * @param state facet ordinals of the searcher's reader, or null when the index has no facets
   * @param filters dimension → accepted values ("any of" within a dimension, "all of" across)
   * @param sort null for relevance
   * @param topN hits wanted from the first (the page window), at least 1
   * @param stories whether to count the distinct stories among the matches ({@link
   *     FacetedSearch.Result#stories()}); an implementation may leave them {@link
   *     FacetedSearch#NOT_COUNTED}
   * @param cache counts kept across searches, or null
   */
  FacetedSearch.Result search(
      IndexSearcher searcher,
      SortedSetDocValuesReaderState state,
      Query base,
      Map<String, List<String>> filters,
      Sort sort,
      int topN,
      boolean stories,
      FacetCountCache cache)
      throws IOException;
}
