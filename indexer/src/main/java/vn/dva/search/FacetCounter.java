package vn.dva.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;
import vn.dva.index.IndexSchema;

/**
 * Facet counts of a set of matching documents, per dimension, in the order the JSON shows them.
 *
 * <p>Counting reads every matching document's facet ordinals, which dominates a search that matches
 * most of a large index. Above {@code sampleAbove} matching documents the counts are therefore
 * taken on a systematic sample (every n-th matching document in index order, about {@code
 * sampleSize} of them) and scaled to the whole; such counts are marked approximate. The sample is
 * deterministic: the same documents give the same counts. Index order is publication order (newest
 * first, see {@code IndexSchema}), so every n-th document spreads the sample evenly over time.
 */
final class FacetCounter {

  /** Facet dimensions reported with every search, with the number of values shown for each. */
  static final Map<String, Integer> LIMITS = new LinkedHashMap<>();

  static {
    LIMITS.put(IndexSchema.FACET_PROVINCE, 100);
    LIMITS.put(IndexSchema.FACET_PROVINCE_NOW, 100);
    LIMITS.put(IndexSchema.FACET_YEAR, 100);
    LIMITS.put(IndexSchema.FACET_MONTH, 1000);
    LIMITS.put(IndexSchema.FACET_TYPE, 50);
    LIMITS.put(IndexSchema.FACET_DIRECTIVE, 30);
    LIMITS.put(IndexSchema.FACET_IDENTITY, 30);
    LIMITS.put(IndexSchema.FACET_SOURCE, 50);
  }

  /** Counts of some dimensions, and whether they were scaled from a sample. */
  record Counts(Map<String, Map<String, Integer>> byDim, boolean approximate) {}

  private final SortedSetDocValuesReaderState state;
  private final long sampleAbove;
  private final int sampleSize;

  /**
   * @param state facet ordinals of the reader the documents come from
   * @param sampleAbove count exactly up to this many matching documents; {@code Long.MAX_VALUE}
   *     never samples
   * @param sampleSize documents counted when sampling (at least 1)
   */
  FacetCounter(SortedSetDocValuesReaderState state, long sampleAbove, int sampleSize) {
    if (sampleSize < 1) throw new IllegalArgumentException("sampleSize must be ≥ 1: " + sampleSize);
    this.state = state;
    this.sampleAbove = sampleAbove;
    this.sampleSize = sampleSize;
  }

  /** Counts the dimensions {@code dims} (a subset of {@link #LIMITS}) over {@code docs}. */
  Counts count(List<MatchingDocs> docs, Collection<String> dims) throws IOException {
    return count(docs, dims, 1);
  }

  /**
   * Counts over {@code docs}, a share {@code share} (0 &lt; share ≤ 1) of the matches (a window
   * sample, {@link MatchingDocsCollectorManager#sampleWindows}), scaled to the whole; approximate
   * when {@code share} is below 1.
   */
  Counts count(List<MatchingDocs> docs, Collection<String> dims, double share) throws IOException {
    long total = MatchingDocsCollectorManager.total(docs);
    List<MatchingDocs> counted = docs;
    double scale = 1 / share;
    boolean approximate = share < 1;
    if (total > sampleAbove) {
      counted = sample(docs, total, sampleSize);
      long sampled = MatchingDocsCollectorManager.total(counted);
      scale *= (double) total / sampled;
      approximate = true;
    }
    Facets facets =
        counted.isEmpty()
            ? null
            : new SortedSetDocValuesFacetCounts(
                state, MatchingDocsCollectorManager.asFacetsCollector(everyLeaf(counted)));
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (String dim : dims) out.put(dim, counts(facets, dim, LIMITS.get(dim), scale));
    return new Counts(out, approximate);
  }

  /**
   * Every {@code ceil(total / size)}-th document of {@code docs}, in segment order, counting across
   * segment boundaries.
   */
  static List<MatchingDocs> sample(List<MatchingDocs> docs, long total, int size)
      throws IOException {
    long stride = Math.max(1, (total + size - 1) / size);
    List<MatchingDocs> out = new ArrayList<>(docs.size());
    long seen = 0;
    for (MatchingDocs m : docs) {
      FixedBitSet kept = new FixedBitSet(m.context().reader().maxDoc());
      int n = 0;
      DocIdSetIterator it = m.bits().iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (seen++ % stride == 0) {
          kept.set(doc);
          n++;
        }
      }
      if (n > 0) out.add(new MatchingDocs(m.context(), new BitDocIdSet(kept, n), n, null));
    }
    return out;
  }

  /**
   * {@code docs} with an empty entry for each segment that has none. Lucene's counter maps segment
   * ordinals to global ones only when it is given more than one segment's documents (as its own
   * collector always gives, one entry per segment); one entry from a many-segment reader would be
   * counted with the segment's ordinals taken for global ones.
   */
  private List<MatchingDocs> everyLeaf(List<MatchingDocs> docs) {
    List<LeafReaderContext> leaves = state.getReader().leaves();
    if (docs.size() == leaves.size()) return docs;
    MatchingDocs[] out = new MatchingDocs[leaves.size()];
    for (MatchingDocs m : docs) out[m.context().ord] = m;
    for (int i = 0; i < out.length; i++) {
      if (out[i] == null) out[i] = new MatchingDocs(leaves.get(i), DocIdSet.EMPTY, 0, null);
    }
    return List.of(out);
  }

  private static Map<String, Integer> counts(Facets facets, String dim, int limit, double scale)
      throws IOException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    if (facets == null) return counts;
    boolean byLabel = dim.equals(IndexSchema.FACET_YEAR) || dim.equals(IndexSchema.FACET_MONTH);
    FacetResult result;
    try {
      // Years and months are shown in label order, so ranking them by count is wasted work
      // (a 1000-slot queue for months) unless there are more values than the limit.
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
    for (LabelAndValue lv : values) {
      int v = lv.value.intValue();
      counts.put(lv.label, scale == 1 ? v : (int) Math.max(1, Math.round(v * scale)));
    }
    return counts;
  }
}
