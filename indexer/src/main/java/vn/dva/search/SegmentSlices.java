package vn.dva.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher.LeafReaderContextPartition;
import org.apache.lucene.search.IndexSearcher.LeafSlice;

/**
 * Splits an index's segments into as many slices of about equal size as one search has threads.
 *
 * <p>Lucene's default fills each slice with up to five segments or 250,000 documents, largest
 * first: on an index of 30,000 documents in seven segments that made one slice of 27,888 documents
 * and one of 2,112, so a search on two threads ran almost entirely on one. Here every segment goes
 * to the slice holding the fewest documents so far, largest segments first, which balances the
 * slices as well as whole segments allow. Segments are not split: a segment searched in parts would
 * hand the collectors of several slices the same segment, and the facet and story counts keep one
 * set of matches per segment. Within a slice, segments keep index order, so ties between equal
 * scores go to the lower document as on one thread. The slices only decide which thread searches
 * which segments: results are the same for any split.
 */
final class SegmentSlices {

  private SegmentSlices() {}

  /** {@code leaves} in at most {@code threads} slices of about equal document counts. */
  static LeafSlice[] balanced(List<LeafReaderContext> leaves, int threads) {
    if (threads < 1) throw new IllegalArgumentException("threads must be 1 or more: " + threads);
    int n = Math.min(threads, leaves.size());
    List<List<LeafReaderContext>> slices = new ArrayList<>(n);
    long[] docs = new long[n];
    for (int i = 0; i < n; i++) slices.add(new ArrayList<>());
    List<LeafReaderContext> bySize = new ArrayList<>(leaves);
    bySize.sort(
        Comparator.comparingInt((LeafReaderContext l) -> l.reader().maxDoc())
            .reversed()
            .thenComparingInt(l -> l.docBase));
    for (LeafReaderContext leaf : bySize) {
      int least = 0;
      for (int i = 1; i < n; i++) if (docs[i] < docs[least]) least = i;
      slices.get(least).add(leaf);
      docs[least] += leaf.reader().maxDoc();
    }
    List<LeafSlice> out = new ArrayList<>(n);
    for (List<LeafReaderContext> slice : slices) {
      if (slice.isEmpty()) continue;
      slice.sort(Comparator.comparingInt(l -> l.docBase));
      out.add(
          new LeafSlice(
              slice.stream().map(LeafReaderContextPartition::createForEntireSegment).toList()));
    }
    return out.toArray(LeafSlice[]::new);
  }
}
