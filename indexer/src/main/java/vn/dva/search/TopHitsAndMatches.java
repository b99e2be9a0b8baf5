package vn.dva.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * A top-hits collector manager (Lucene's top-score or top-field one) that also keeps every document
 * it is handed in a bit set per segment.
 *
 * <p>Lucene's top-k collectors count every hit until the total-hits threshold is reached and only
 * then let the scorer skip (block-max WAND, sort-field pruning, early termination), marking the
 * total as a lower bound. So when the total comes back exact ({@link TotalHits.Relation#EQUAL_TO}),
 * no document was skipped and the bits hold every match: the facet counts need no second pass. A
 * result set under the threshold thus costs one pass, as before the passes were separated; a larger
 * one gets skipping in the top-hits pass and a score-free pass for the counts.
 *
 * @param <C> the wrapped collector type
 * @param <T> the wrapped result type
 */
final class TopHitsAndMatches<C extends Collector, T extends TopDocs>
    implements CollectorManager<TopHitsAndMatches.Slice<C>, TopHitsAndMatches.Result<T>> {

  /** The top hits and, when the top-hits pass saw every match, those matches (otherwise null). */
  record Result<T extends TopDocs>(T top, List<MatchingDocs> allMatches) {}

  private final CollectorManager<C, T> top;

  TopHitsAndMatches(CollectorManager<C, T> top) {
    this.top = top;
  }

  @Override
  public Slice<C> newCollector() throws IOException {
    return new Slice<>(top.newCollector());
  }

  @Override
  public Result<T> reduce(Collection<Slice<C>> slices) throws IOException {
    List<C> inner = new ArrayList<>(slices.size());
    List<MatchingDocs> docs = new ArrayList<>();
    for (Slice<C> s : slices) {
      inner.add(s.inner);
      docs.addAll(s.docs);
    }
    T hits = top.reduce(inner);
    boolean complete = hits.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
    docs.sort((a, b) -> Integer.compare(a.context().docBase, b.context().docBase));
    return new Result<>(hits, complete ? docs : null);
  }

  /** One slice: the wrapped collector, and the bits of what it was handed. */
  static final class Slice<C extends Collector> implements Collector {
    private final C inner;
    private final List<MatchingDocs> docs = new ArrayList<>();

    Slice(C inner) {
      this.inner = inner;
    }

    @Override
    public ScoreMode scoreMode() {
      return inner.scoreMode();
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      LeafCollector in = inner.getLeafCollector(context);
      FixedBitSet bits = new FixedBitSet(context.reader().maxDoc());
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) throws IOException {
          in.setScorer(scorer);
        }

        @Override
        public void collect(int doc) throws IOException {
          bits.set(doc);
          in.collect(doc);
        }

        // Streams and ranges go document by document through collect(int), so that every
        // document handed to the top-hits collector is also in the bits.
        @Override
        public void collect(DocIdStream stream) throws IOException {
          stream.forEach(this::collect);
        }

        @Override
        public void collectRange(int min, int max) throws IOException {
          for (int doc = min; doc < max; doc++) collect(doc);
        }

        @Override
        public DocIdSetIterator competitiveIterator() throws IOException {
          return in.competitiveIterator();
        }

        @Override
        public void finish() throws IOException {
          in.finish();
          int n = bits.cardinality();
          if (n > 0) docs.add(new MatchingDocs(context, new BitDocIdSet(bits, n), n, null));
        }
      };
    }
  }
}
