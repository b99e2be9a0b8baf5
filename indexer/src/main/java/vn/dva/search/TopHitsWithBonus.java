package vn.dva.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;

/**
 * The exact top hits of a query made of required clauses and one optional ranking clause (the
 * syllable pairs beside the words, {@link QueryBuilder}), found with block-max skipping on the
 * required part.
 *
 * <p>Lucene scores such a query with a required-plus-optional scorer whose skipping seldom engages:
 * measured on the benchmark corpus, "dân vận khéo" handed 82,000 of its 84,000 matches to the
 * collector, the required words alone 2,400. Here the required part is searched on its own, and the
 * optional clause's score is added to each document the required part hands over (the same float
 * sum Lucene's scorer makes, so scores and order are the same). The bound that keeps it exact: a
 * document whose required score is below θ − P, where θ is the lowest score in the current top and
 * P the highest score the optional clause can give in that segment, cannot enter the top; that is
 * the minimum competitive score given to the required part's scorer, which then skips. Ties go to
 * the lower document id, as in Lucene's collectors.
 */
final class TopHitsWithBonus {

  /** A query split into its required part and its optional ranking clause. */
  record Split(Query required, Query bonus) {}

  private TopHitsWithBonus() {}

  /**
   * {@code query} (rewritten) as required part and bonus, when it is a Boolean query of required
   * (MUST, FILTER, MUST_NOT) clauses and optional clauses that are not needed to match (no minimum
   * should-match; the bonus is their sum), possibly inside filters (a Boolean query of one MUST
   * clause and only FILTER or MUST_NOT clauses beside it, as date ranges and drill-downs wrap it);
   * null otherwise.
   */
  static Split split(Query query) {
    if (!(query instanceof BooleanQuery b) || b.getMinimumNumberShouldMatch() != 0) return null;
    List<BooleanClause> should = new ArrayList<>();
    List<BooleanClause> must = new ArrayList<>();
    for (BooleanClause c : b.clauses()) {
      switch (c.occur()) {
        case SHOULD -> should.add(c);
        case MUST -> must.add(c);
        default -> {}
      }
    }
    if (!should.isEmpty() && !must.isEmpty()) {
      BooleanQuery.Builder required = new BooleanQuery.Builder();
      for (BooleanClause c : b.clauses()) if (c.occur() != Occur.SHOULD) required.add(c);
      Query bonus = should.get(0).query();
      if (should.size() > 1) { // Lucene's rewrite inlines a nested disjunction's clauses
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (BooleanClause c : should) any.add(c);
        bonus = any.build();
      }
      return new Split(required.build(), bonus);
    }
    if (should.isEmpty() && must.size() == 1) { // a wrapper of filters: look inside
      Split inner = split(must.get(0).query());
      if (inner == null) return null;
      BooleanQuery.Builder required = new BooleanQuery.Builder();
      for (BooleanClause c : b.clauses()) {
        required.add(c.occur() == Occur.MUST ? inner.required() : c.query(), c.occur());
      }
      return new Split(required.build(), inner.bonus());
    }
    return null;
  }

  /**
   * The top {@code n} hits of required + bonus, scored as the whole query scores them. The total is
   * a lower bound ({@link TotalHits.Relation#GREATER_THAN_OR_EQUAL_TO}): counts come from another
   * pass.
   */
  static TopDocs search(IndexSearcher searcher, Split split, int n) throws IOException {
    return search(searcher, split, bonusWeight(searcher, split), n, Long.MAX_VALUE);
  }

  /**
   * The bonus's weight, made once per search: its bounds decide {@link #worthIt}, its scores are
   * added.
   */
  private static Weight bonusWeight(IndexSearcher searcher, Split split) throws IOException {
    return topScoresWeight(searcher, split.bonus());
  }

  /** A weight in top-scores mode, whose scorers give block-max bounds (and are only advanced). */
  private static Weight topScoresWeight(IndexSearcher searcher, Query query) throws IOException {
    return searcher.createWeight(searcher.rewrite(query), ScoreMode.TOP_SCORES, 1f);
  }

  /**
   * As {@link #search(IndexSearcher, Split, int)}, but gives up, returning null, where the split
   * does not pay: before searching when the bounds say so ({@link #worthIt}), or when a slice has
   * scored {@code checkAfter} documents and θ − P is still no bar at all (the bonus can outweigh
   * the best required score, so nothing can be skipped and Lucene's own scorer, which bounds the
   * bonus block by block, does better).
   */
  static TopDocs search(IndexSearcher searcher, Split split, int n, long checkAfter)
      throws IOException {
    Weight bonus = bonusWeight(searcher, split);
    if (!worthIt(searcher, split, bonus)) return null;
    return search(searcher, split, bonus, n, checkAfter);
  }

  private static TopDocs search(
      IndexSearcher searcher, Split split, Weight bonus, int n, long checkAfter)
      throws IOException {
    try {
      Query required = forTopHits(searcher.rewrite(split.required()));
      return searcher.search(required, new Manager(bonus, n, checkAfter));
    } catch (NoBar giveUp) {
      return null;
    }
  }

  /**
   * {@code rewritten} as a top-hits pass searches it, with the same hits and scores: a word's typed
   * terms read only for the documents scored ({@link TypedWhenScored}), and phrase positions only
   * where the rest of the query leaves room to compete ({@link ScoreFirstConjunction}).
   */
  static Query forTopHits(Query rewritten) {
    return ScoreFirstConjunction.wrap(TypedWhenScored.wrap(rewritten));
  }

  /**
   * Documents a slice scores before {@link #search(IndexSearcher, Split, int, long)} checks that
   * its bar has risen above zero: a few blocks' worth. Measured on the 100k bench index (CPU per
   * top 10, 18 queries): 1,024 against 4,096 gave up on "Hội Nông dân" 5 ms sooner, and every query
   * whose bar does rise was as fast as before.
   */
  static final long CHECK_AFTER = 1_024;

  /** Thrown by a slice whose bar stayed at zero: the search gives up. */
  private static final class NoBar extends RuntimeException {
    NoBar() {
      super("θ − P stayed at zero", null, false, false);
    }
  }

  /**
   * Whether the bound θ − P can skip much: the bonus's highest score is at most {@link
   * #MOST_BONUS_SHARE} of the required part's (both from Lucene's block-max bounds over the whole
   * index). Where the pairs can weigh as much as the words, θ − P stays near zero, every match is
   * scored twice, and Lucene's own scorer, which bounds the bonus block by block, is faster.
   */
  static boolean worthIt(IndexSearcher searcher, Split split) throws IOException {
    return worthIt(searcher, split, bonusWeight(searcher, split));
  }

  private static boolean worthIt(IndexSearcher searcher, Split split, Weight bonus)
      throws IOException {
    float most = maxScore(searcher, bonus);
    float required = maxScore(searcher, topScoresWeight(searcher, split.required()));
    return required > 0 && most <= MOST_BONUS_SHARE * required;
  }

  /**
   * Largest share of the required part's highest score the bonus may have for {@link #worthIt}.
   * Measured on the 100k benchmark corpus (scripts/bench queries, top 10): every query at 0.25 or
   * below was as fast or faster this way (up to ×8), every one at 0.54 or above slower.
   */
  static final float MOST_BONUS_SHARE = 0.3f;

  /** The highest score {@code w} can give any document, from its block-max bounds per segment. */
  private static float maxScore(IndexSearcher searcher, Weight w) throws IOException {
    float most = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer s = w.scorer(leaf);
      if (s == null) continue;
      s.advanceShallow(0);
      most = Math.max(most, s.getMaxScore(DocIdSetIterator.NO_MORE_DOCS));
    }
    return most;
  }

  private static final java.util.Comparator<ScoreDoc> BY_DOC =
      java.util.Comparator.comparingInt(d -> d.doc);

  private record Manager(Weight bonus, int n, long checkAfter, Theta shared)
      implements CollectorManager<Slice, TopDocs> {
    Manager(Weight bonus, int n, long checkAfter) {
      this(bonus, n, checkAfter, new Theta());
    }

    @Override
    public Slice newCollector() {
      return new Slice(bonus, n, checkAfter, shared);
    }

    @Override
    public TopDocs reduce(Collection<Slice> slices) {
      TopDocs[] each = new TopDocs[slices.size()];
      long seen = 0;
      int i = 0;
      for (Slice s : slices) {
        each[i++] = s.topDocs();
        seen += s.seen;
      }
      // ties by document, as one collector over the whole index breaks them
      TopDocs merged = TopDocs.merge(0, n, each, BY_DOC);
      return new TopDocs(
          new TotalHits(seen, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), merged.scoreDocs);
    }
  }

  /**
   * The highest θ any slice of one search has reached. A slice's tenth score is a lower bound of
   * the whole search's tenth, so every slice may skip below the best of them: with two slices each
   * would otherwise raise its bar from its own half of the index only. Scores are never negative,
   * so their float bits order as the floats do.
   */
  private static final class Theta {
    private final java.util.concurrent.atomic.AtomicInteger bits =
        new java.util.concurrent.atomic.AtomicInteger(Float.floatToIntBits(0f));

    void offer(float theta) {
      int b = Float.floatToIntBits(theta);
      bits.accumulateAndGet(b, Math::max);
    }

    float get() {
      return Float.intBitsToFloat(bits.get());
    }
  }

  /** How often (in documents collected) a slice looks at the other slices' θ. */
  private static final int SHARE_EVERY = 1_024;

  /** One slice's top hits; not thread-safe. */
  private static final class Slice implements Collector {
    private final Weight bonus;
    private final int n;
    private final HitQueue queue;
    private final long checkAfter;
    private int filled;
    private long seen;
    private boolean barRaised;

    private final Theta shared;

    Slice(Weight bonus, int n, long checkAfter, Theta shared) {
      this.shared = shared;
      this.bonus = bonus;
      this.n = n;
      this.queue = new HitQueue(n, true);
      this.checkAfter = checkAfter;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.TOP_SCORES;
    }

    TopDocs topDocs() {
      ScoreDoc[] out = new ScoreDoc[Math.min(filled, n)];
      // the queue holds sentinels (-inf) until filled; pop the worst first
      for (int i = queue.size() - out.length; i > 0; i--) queue.pop();
      for (int i = out.length - 1; i >= 0; i--) out[i] = queue.pop();
      return new TopDocs(new TotalHits(seen, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), out);
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      Scorer extra = bonus.scorer(context);
      DocIdSetIterator extraDocs = extra == null ? null : extra.iterator();
      float most;
      if (extra == null) {
        most = 0;
      } else {
        extra.advanceShallow(0);
        most = extra.getMaxScore(DocIdSetIterator.NO_MORE_DOCS);
      }
      int base = context.docBase;
      return new LeafCollector() {
        private Scorable scorer;
        private float bar;

        @Override
        public void setScorer(Scorable scorer) throws IOException {
          this.scorer = scorer;
          raiseBar();
        }

        @Override
        public void collect(int doc) throws IOException {
          if (++seen == checkAfter && !barRaised) throw new NoBar();
          if ((seen & (SHARE_EVERY - 1)) == 0) raiseBar(); // another slice may be ahead
          float score = scorer.score();
          ScoreDoc top = queue.top();
          // Lucene hands over whole blocks above the bar: a document that cannot enter even with
          // the highest bonus is left without reading its bonus (float sums are monotonic, so
          // score + bonus ≤ score + P; the queue's sentinels score -∞ until it is full)
          if (score + most <= top.score) return;
          if (extraDocs != null) {
            int at = extraDocs.docID();
            if (at < doc) at = extraDocs.advance(doc);
            if (at == doc) score += extra.score();
          }
          // equal scores: the earlier document (lower id, collected first) stays
          if (score > top.score) {
            top.doc = base + doc;
            top.score = score;
            queue.updateTop();
            filled++;
            if (filled >= n) raiseBar();
          }
        }

        /**
         * The least required-part score that can still enter the top: θ − P, lowered by a few ulps
         * so that float rounding in the sum never drops a document that belongs. θ is this slice's
         * tenth score or the best one another slice has published, whichever is higher; a document
         * scoring exactly θ is never skipped (the bar stays below it), so ties are settled as
         * before, by document, when the slices are merged.
         */
        private void raiseBar() throws IOException {
          if (filled >= n) shared.offer(queue.top().score);
          float theta = shared.get();
          if (theta <= 0) return;
          float bar = theta - most - 4 * Math.ulp(Math.max(Math.abs(theta), most));
          if (bar > this.bar) {
            scorer.setMinCompetitiveScore(bar);
            this.bar = bar;
            barRaised = true;
          }
        }
      };
    }
  }
}
