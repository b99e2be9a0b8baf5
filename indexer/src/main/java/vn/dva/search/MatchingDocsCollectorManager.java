package vn.dva.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
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

  /** The collected documents in the form Lucene's facet counters read. */
  static FacetsCollector asFacetsCollector(List<MatchingDocs> docs) {
    return new FacetsCollector(false) {
      @Override
      public List<MatchingDocs> getMatchingDocs() {
        return docs;
      }
    };
  }

  /** Number of documents in {@code docs}. */
  static long total(List<MatchingDocs> docs) {
    long n = 0;
    for (MatchingDocs m : docs) n += m.totalHits();
    return n;
  }
}
