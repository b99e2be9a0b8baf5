package vn.dva.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongHeap;
import vn.dva.index.IndexSchema;

/**
 * Facet counts of a set of matching documents, per dimension, in the order the JSON shows them.
 *
 * <p>Counting reads every matching document's facet ordinals (from {@link FacetOrdinals}), the
 * largest part of a search that matches most of a large index. Above {@code sampleAbove} matching
 * documents the counts are therefore taken on a systematic sample (every n-th matching document in
 * index order, about {@code sampleSize} of them) and scaled to the whole; such counts are marked
 * approximate. The sample is deterministic: the same documents give the same counts. Index order is
 * publication order (newest first, see {@code IndexSchema}), so every n-th document spreads the
 * sample evenly over time.
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
  private final FacetOrdinals ordinals;
  private final long sampleAbove;
  private final int sampleSize;

  /**
   * @param state facet ordinals of the reader the documents come from
   * @param sampleAbove count exactly up to this many matching documents; {@code Long.MAX_VALUE}
   *     never samples
   * @param sampleSize documents counted when sampling (at least 1)
   */
  FacetCounter(SortedSetDocValuesReaderState state, long sampleAbove, int sampleSize)
      throws IOException {
    if (sampleSize < 1) throw new IllegalArgumentException("sampleSize must be ≥ 1: " + sampleSize);
    this.state = state;
    this.ordinals = new FacetOrdinals(state);
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
    int[] byOrd = counted.isEmpty() ? null : ordinals.count(counted);
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (String dim : dims) out.put(dim, counts(byOrd, dim, LIMITS.get(dim), scale));
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
   * The values of {@code dim} and their counts (scaled by {@code scale}), at most {@code limit}:
   * the most frequent first, ties in label order (as Lucene's {@code getTopChildren}); years and
   * months in label order, as the page shows them.
   */
  private Map<String, Integer> counts(int[] byOrd, String dim, int limit, double scale)
      throws IOException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    SortedSetDocValuesReaderState.OrdRange range = byOrd == null ? null : state.getOrdRange(dim);
    if (range == null) return counts; // no match, or no page has this dimension yet
    boolean byLabel = dim.equals(IndexSchema.FACET_YEAR) || dim.equals(IndexSchema.FACET_MONTH);
    int[] kept = byLabel ? allCounted(byOrd, range, limit) : null;
    if (kept == null) kept = mostCounted(byOrd, range, limit);
    List<LabelAndValue> values = new ArrayList<>(kept.length);
    for (int ord : kept) values.add(new LabelAndValue(ordinals.label(ord), byOrd[ord]));
    if (byLabel) values.sort(Comparator.comparing((LabelAndValue lv) -> lv.label));
    for (LabelAndValue lv : values) {
      int v = lv.value.intValue();
      counts.put(lv.label, scale == 1 ? v : (int) Math.max(1, Math.round(v * scale)));
    }
    return counts;
  }

  /**
   * Every counted ordinal of {@code range} in ordinal order, or null when there are over {@code
   * limit}.
   */
  private static int[] allCounted(
      int[] byOrd, SortedSetDocValuesReaderState.OrdRange range, int limit) {
    int[] out = new int[Math.min(limit, range.end() - range.start() + 1)];
    int n = 0;
    for (int ord = range.start(); ord <= range.end(); ord++) {
      if (byOrd[ord] == 0) continue;
      if (n == out.length) return null;
      out[n++] = ord;
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /**
   * The {@code limit} most counted ordinals of {@code range}, the most counted first, ties by lower
   * ordinal (label order), as Lucene's {@code getTopChildren} ranks them. A bounded heap: a
   * dimension may hold tens of thousands of values (directive identities) of which 30 are shown.
   */
  private static int[] mostCounted(
      int[] byOrd, SortedSetDocValuesReaderState.OrdRange range, int limit) {
    LongHeap heap = new LongHeap(limit);
    for (int ord = range.start(); ord <= range.end(); ord++) {
      int c = byOrd[ord];
      // higher count first, then lower ordinal: both in one key the heap orders
      if (c > 0) heap.insertWithOverflow(((long) c << 32) | (0xFFFFFFFFL - ord));
    }
    int[] out = new int[heap.size()];
    for (int i = out.length - 1; i >= 0; i--)
      out[i] = (int) (0xFFFFFFFFL - (heap.pop() & 0xFFFFFFFFL));
    return out;
  }
}
