package vn.dva.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * Collects the documents a query matches into one bit set per segment, without scores, for facet
 * counting.
 *
 * <p>Lucene's own {@link FacetsCollector} takes documents one at a time and asks for scores to be
 * kept or not; this collector tells the searcher it needs no scores ({@link
 * ScoreMode#COMPLETE_NO_SCORES}, so optional clauses such as the syllable-pair ranking clause are
 * dropped and no postings frequencies are decoded) and takes documents in bulk: whole ranges
 * ({@link LeafCollector#collectRange}, e.g. for match-all) and streams of documents from Lucene's
 * window-at-a-time boolean scorers ({@link LeafCollector#collect(DocIdStream)}). The result is the
 * {@link MatchingDocs} list that Lucene's facet counters read, so counts are those Lucene's {@code
 * SortedSetDocValuesFacetCounts} gives. Safe for concurrent search: one collector per slice.
 */
final class MatchingDocsCollectorManager
    implements CollectorManager<MatchingDocsCollectorManager.SliceCollector, List<MatchingDocs>> {

  @Override
  public SliceCollector newCollector() {
    return new SliceCollector();
  }

  @Override
  public List<MatchingDocs> reduce(Collection<SliceCollector> collectors) {
    List<MatchingDocs> all = new ArrayList<>();
    for (SliceCollector c : collectors) all.addAll(c.docs);
    // Segment order, so that sampling every n-th document does not depend on how slices ran.
    all.sort((a, b) -> Integer.compare(a.context().docBase, b.context().docBase));
    return all;
  }

  /** Collects one slice of segments; not thread-safe (one per slice). */
  static final class SliceCollector implements Collector {
    private final List<MatchingDocs> docs = new ArrayList<>();

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
      FixedBitSet bits = new FixedBitSet(context.reader().maxDoc());
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {
          // no scores are needed
        }

        @Override
        public void collect(int doc) {
          bits.set(doc);
        }

        @Override
        public void collectRange(int min, int max) {
          bits.set(min, max);
        }

        @Override
        public void collect(DocIdStream stream) throws IOException {
          stream.forEach(bits::set);
        }

        @Override
        public void finish() {
          int n = bits.cardinality();
          if (n > 0) docs.add(new MatchingDocs(context, new BitDocIdSet(bits, n), n, null));
        }
      };
    }
  }

  /**
   * The matches of {@code query} in one window of {@code window} documents ({@link #WINDOW} in
   * service) out of every {@code every} (windows numbered over the whole index, so the sample
   * spreads over every segment and, the index being in publication order, over time), and the share
   * of the index those windows hold. The query is run only inside the windows: its bulk scorer is
   * asked for each window in turn and moves its iterators straight to the next, so the pass costs
   * about a {@code every}-th of a full one. Segments are searched in parallel on the searcher's
   * executor.
   *
   * @param every at least 1; 1 searches everything
   */
  static Sample sampleWindows(IndexSearcher searcher, Query query, int every, int window)
      throws IOException {
    if (every < 1 || window < 1)
      throw new IllegalArgumentException("every and window must be ≥ 1: " + every + ", " + window);
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<Callable<Long>> tasks = new ArrayList<>();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    MatchingDocs[] found = new MatchingDocs[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      tasks.add(
          () -> {
            int maxDoc = leaf.reader().maxDoc();
            long first = leaf.docBase / window;
            long g = first + Math.floorMod(-first, (long) every); // first window g ≡ 0 (mod every)
            long inWindows = 0;
            BulkScorer scorer = weight.bulkScorer(leaf);
            SliceCollector slice = new SliceCollector();
            LeafCollector collector = slice.getLeafCollector(leaf);
            for (; ; g += every) {
              long min = Math.max(0, g * window - leaf.docBase);
              if (min >= maxDoc) break;
              int max = (int) Math.min(maxDoc, (g + 1) * window - leaf.docBase);
              inWindows += max - min;
              if (scorer != null)
                scorer.score(collector, leaf.reader().getLiveDocs(), (int) min, max);
            }
            collector.finish();
            if (!slice.docs.isEmpty()) found[leaf.ord] = slice.docs.get(0);
            return inWindows;
          });
    }
    long sampled = 0;
    for (long n : searcher.getTaskExecutor().invokeAll(tasks)) sampled += n;
    List<MatchingDocs> docs = new ArrayList<>();
    for (MatchingDocs m : found) if (m != null) docs.add(m);
    long all = searcher.getIndexReader().maxDoc();
    return new Sample(docs, all == 0 ? 1 : (double) sampled / all);
  }

  /**
   * Documents per window of {@link #sampleWindows}. Small, so that a sample of a million documents
   * is thousands of windows spread over the whole time line (a province that publishes in bursts is
   * not over- or under-counted by a few long windows); each window costs one advance of the query's
   * iterators.
   */
  static final int WINDOW = 256;

  /**
   * Matches found in a share of the index.
   *
   * @param docs the matches inside the windows, one entry per segment with any
   * @param share the windows' documents over all documents (1: everything was searched)
   */
  record Sample(List<MatchingDocs> docs, double share) {}

  /** Number of documents in {@code docs}. */
  static long total(List<MatchingDocs> docs) {
    long n = 0;
    for (MatchingDocs m : docs) n += m.totalHits();
    return n;
  }
}
