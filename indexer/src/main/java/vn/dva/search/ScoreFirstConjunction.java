package vn.dva.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A conjunction of required clauses, some of them checked by positions (phrases), that reads
 * positions only for documents that can still enter the top hits: the same matches and scores as
 * the {@link BooleanQuery} it stands for, in top-scores mode.
 *
 * <p>Why: Lucene's block-max conjunction checks every clause's positions before it scores a
 * document, so a query such as {@code đồng bào dân tộc thiểu số} (two words and a group "DTTS or
 * the phrase dân tộc thiểu số", in title and text) read the phrase positions of all its 64,000
 * candidates on the 100k bench index to find ten hits. Here a candidate's words are scored first
 * (cheap: term frequencies and norms) and the phrase clauses are bounded by their block-max score;
 * a candidate whose words plus those bounds stay below the minimum competitive score is passed over
 * without reading a position. On that query 862 of the 64,000 candidates get that far.
 *
 * <p>Only in {@link ScoreMode#TOP_SCORES}, where a scorer may pass over documents that cannot
 * compete (Lucene's phrase scorer does the same for its own bound): the total it reports is a lower
 * bound, and dva's counts come from a separate pass. In any other mode, and for documents that can
 * compete, it matches and scores exactly as the Boolean query: the score is the float of the double
 * sum of the scoring clauses' scores, as in Lucene's conjunction scorers.
 */
final class ScoreFirstConjunction extends Query {

  private final List<Query> scoring;
  private final List<Query> filters;
  private final List<Query> excluded;

  private ScoreFirstConjunction(List<Query> scoring, List<Query> filters, List<Query> excluded) {
    this.scoring = List.copyOf(scoring);
    this.filters = List.copyOf(filters);
    this.excluded = List.copyOf(excluded);
  }

  /**
   * {@code rewritten} as a score-first conjunction when it is a Boolean query of required and
   * excluded clauses only (MUST, FILTER, MUST_NOT; one MUST clause that is itself such a query is
   * taken in, as filters and exclusions wrap dva's queries), with at least one scoring clause that
   * holds a phrase and one that does not; otherwise {@code rewritten} itself. Where nothing can be
   * bounded first (every scoring clause holds a phrase) or nothing needs positions, Lucene's own
   * scorers are used.
   */
  static Query wrap(Query rewritten) {
    if (!(rewritten instanceof BooleanQuery b) || !onlyRequired(b)) return rewritten;
    List<Query> scoring = new ArrayList<>();
    List<Query> filters = new ArrayList<>();
    List<Query> excluded = new ArrayList<>();
    sort(b, scoring, filters, excluded);
    // one MUST clause holding a conjunction: its clauses summed once give the same float as its
    // float passed up, so they are taken in
    if (scoring.size() == 1
        && scoring.get(0) instanceof BooleanQuery inner
        && onlyRequired(inner)) {
      scoring.clear();
      sort(inner, scoring, filters, excluded);
    }
    long withPhrases = scoring.stream().filter(ScoreFirstConjunction::holdsPhrase).count();
    if (withPhrases == 0 || withPhrases == scoring.size()) return rewritten;
    return new ScoreFirstConjunction(scoring, filters, excluded);
  }

  private static void sort(
      BooleanQuery b, List<Query> scoring, List<Query> filters, List<Query> excluded) {
    for (BooleanClause c : b.clauses()) {
      switch (c.occur()) {
        case MUST -> scoring.add(c.query());
        case FILTER -> filters.add(c.query());
        case MUST_NOT -> excluded.add(c.query());
        case SHOULD -> throw new AssertionError("checked by onlyRequired");
      }
    }
  }

  private static boolean onlyRequired(BooleanQuery b) {
    if (b.getMinimumNumberShouldMatch() != 0) return false;
    boolean scores = false;
    for (BooleanClause c : b.clauses()) {
      if (c.occur() == Occur.SHOULD) return false;
      scores |= c.occur() == Occur.MUST;
    }
    return scores;
  }

  /** Whether {@code q} holds a phrase, whose matches are checked by reading positions. */
  static boolean holdsPhrase(Query q) {
    boolean[] found = {false};
    q.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... terms) {
            if (query instanceof PhraseQuery || query instanceof MultiPhraseQuery) found[0] = true;
          }

          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return occur == Occur.MUST_NOT ? EMPTY_VISITOR : this;
          }
        });
    return found[0];
  }

  /** The Boolean query this conjunction stands for. */
  BooleanQuery asBoolean() {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : scoring) b.add(q, Occur.MUST);
    for (Query q : filters) b.add(q, Occur.FILTER);
    for (Query q : excluded) b.add(q, Occur.MUST_NOT);
    return b.build();
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query plain = asBoolean();
    Query again = searcher.rewrite(plain);
    return again.equals(plain) ? this : again;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Weight exact = asBoolean().createWeight(searcher, scoreMode, boost);
    if (scoreMode != ScoreMode.TOP_SCORES) return exact;
    List<Weight> s = new ArrayList<>();
    for (Query q : scoring) s.add(searcher.createWeight(q, scoreMode, boost));
    List<Weight> f = new ArrayList<>();
    for (Query q : filters) f.add(searcher.createWeight(q, ScoreMode.COMPLETE_NO_SCORES, 1f));
    List<Weight> x = new ArrayList<>();
    for (Query q : excluded) x.add(searcher.createWeight(q, ScoreMode.COMPLETE_NO_SCORES, 1f));
    return new ConjunctionWeight(this, s, f, x, exact);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    QueryVisitor must = visitor.getSubVisitor(Occur.MUST, this);
    for (Query q : scoring) q.visit(must);
    QueryVisitor filter = visitor.getSubVisitor(Occur.FILTER, this);
    for (Query q : filters) q.visit(filter);
    QueryVisitor not = visitor.getSubVisitor(Occur.MUST_NOT, this);
    for (Query q : excluded) q.visit(not);
  }

  @Override
  public String toString(String field) {
    return "ScoreFirst(" + asBoolean().toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && asBoolean().equals(((ScoreFirstConjunction) other).asBoolean());
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), scoring, filters, excluded);
  }

  private static final class ConjunctionWeight extends Weight {
    private final List<Weight> scoring;
    private final List<Weight> filters;
    private final List<Weight> excluded;
    private final Weight exact;

    ConjunctionWeight(
        Query query,
        List<Weight> scoring,
        List<Weight> filters,
        List<Weight> excluded,
        Weight exact) {
      super(query);
      this.scoring = scoring;
      this.filters = filters;
      this.excluded = excluded;
      this.exact = exact;
    }

    @Override
    public Explanation explain(LeafReaderContext context, int doc) throws IOException {
      return exact.explain(context, doc);
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
      return false; // scored in top-scores mode only, never cached
    }

    @Override
    public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
      List<ScorerSupplier> s = suppliers(scoring, context);
      List<ScorerSupplier> f = suppliers(filters, context);
      if (s.contains(null) || f.contains(null)) return null; // a required clause has no match
      List<ScorerSupplier> x = suppliers(excluded, context);
      long cost = Long.MAX_VALUE;
      for (ScorerSupplier supplier : s) cost = Math.min(cost, supplier.cost());
      for (ScorerSupplier supplier : f) cost = Math.min(cost, supplier.cost());
      long conjunctionCost = cost;
      int maxDoc = context.reader().maxDoc();
      return new ScorerSupplier() {
        @Override
        public Scorer get(long leadCost) throws IOException {
          long lead = Math.min(leadCost, conjunctionCost);
          return new ScoreFirstScorer(maxDoc, scorers(s, lead), scorers(f, lead), scorers(x, lead));
        }

        @Override
        public long cost() {
          return conjunctionCost;
        }
      };
    }

    private static List<ScorerSupplier> suppliers(List<Weight> weights, LeafReaderContext context)
        throws IOException {
      List<ScorerSupplier> out = new ArrayList<>();
      for (Weight w : weights) out.add(w.scorerSupplier(context));
      return out;
    }

    /** The suppliers' scorers; an excluded clause without matches in the segment is left out. */
    private static List<Scorer> scorers(List<ScorerSupplier> suppliers, long leadCost)
        throws IOException {
      List<Scorer> out = new ArrayList<>();
      for (ScorerSupplier s : suppliers) if (s != null) out.add(s.get(leadCost));
      return out;
    }
  }

  /**
   * Candidates are the documents every required clause's approximation agrees on; the phrase
   * clauses' positions are read only when the plain clauses' scores plus the phrase clauses' block
   * bounds reach the minimum competitive score. Windows whose summed bounds cannot reach it are
   * skipped as in Lucene's block-max conjunction.
   */
  private static final class ScoreFirstScorer extends Scorer {
    /** Largest window of documents one set of block bounds covers (as in Lucene's conjunction). */
    private static final int MAX_WINDOW = 65_536;

    /**
     * Fewest documents one set of block bounds covers: bounds over a longer range are looser but
     * still bounds, and nested clauses can report blocks of a document or two (measured on the
     * bench index: 32 and 512 gave the same times within noise, 1 read bounds 230,000 times for
     * 55,000 candidates).
     */
    private static final int MIN_WINDOW = 128;

    private final int maxDoc;
    private final Scorer[] plain;
    private final Scorer[] checked;
    private final Scorer[] scoring;
    private final boolean[] isChecked;
    private final TwoPhaseIterator[] checks;
    private final DocIdSetIterator[] excluded;
    private final TwoPhaseIterator[] excludedChecks;
    private final Candidates candidates;
    private final TwoPhaseIterator twoPhase;
    private float minCompetitive;
    private float score;
    private int windowEnd = -1;
    private double windowMax;
    private double checkedMax;

    ScoreFirstScorer(
        int maxDoc, List<Scorer> scoring, List<Scorer> filters, List<Scorer> excluded) {
      this.maxDoc = maxDoc;
      this.scoring = scoring.toArray(Scorer[]::new);
      List<Scorer> plainList = new ArrayList<>();
      List<Scorer> checkedList = new ArrayList<>();
      List<DocIdSetIterator> approximations = new ArrayList<>();
      List<TwoPhaseIterator> checkList = new ArrayList<>();
      isChecked = new boolean[this.scoring.length];
      for (int i = 0; i < this.scoring.length; i++) {
        Scorer s = this.scoring[i];
        TwoPhaseIterator t = s.twoPhaseIterator();
        isChecked[i] = t != null;
        (t == null ? plainList : checkedList).add(s);
        approximations.add(t == null ? s.iterator() : t.approximation());
        if (t != null) checkList.add(t);
      }
      for (Scorer s : filters) {
        TwoPhaseIterator t = s.twoPhaseIterator();
        approximations.add(t == null ? s.iterator() : t.approximation());
        if (t != null) checkList.add(t);
      }
      plain = plainList.toArray(Scorer[]::new);
      checked = checkedList.toArray(Scorer[]::new);
      checks = checkList.toArray(TwoPhaseIterator[]::new);
      Arrays.sort(checks, Comparator.comparingDouble(TwoPhaseIterator::matchCost));
      this.excluded = new DocIdSetIterator[excluded.size()];
      this.excludedChecks = new TwoPhaseIterator[excluded.size()];
      for (int i = 0; i < this.excluded.length; i++) {
        TwoPhaseIterator t = excluded.get(i).twoPhaseIterator();
        excludedChecks[i] = t;
        this.excluded[i] = t == null ? excluded.get(i).iterator() : t.approximation();
      }
      candidates = new Candidates(ConjunctionUtils.intersectIterators(approximations));
      float cost = 0;
      for (TwoPhaseIterator t : checks) cost += t.matchCost();
      float matchCost = cost;
      twoPhase =
          new TwoPhaseIterator(candidates) {
            @Override
            public boolean matches() throws IOException {
              return scoreIfCompetitive();
            }

            @Override
            public float matchCost() {
              return matchCost;
            }
          };
    }

    /**
     * Scores the current candidate: the plain clauses, then, if their sum plus the bounds of the
     * checked clauses can reach the minimum competitive score, the checks and the checked clauses.
     * False when the candidate does not match or cannot compete.
     */
    private boolean scoreIfCompetitive() throws IOException {
      int doc = candidates.docID();
      if (isExcluded(doc)) return false;
      double sum = 0;
      for (Scorer s : plain) sum += s.score();
      if (minCompetitive > 0) {
        boundWindow(doc); // the bar may have risen since the window was read
        // the real sum is at most this bound, and rounding to float keeps that order
        if ((float) (sum + checkedMax) < minCompetitive) return false;
      }
      for (TwoPhaseIterator t : checks) if (!t.matches()) return false;
      for (Scorer s : checked) sum += s.score();
      score = (float) sum;
      return true;
    }

    private boolean isExcluded(int doc) throws IOException {
      for (int i = 0; i < excluded.length; i++) {
        int at = excluded[i].docID();
        if (at < doc) at = excluded[i].advance(doc);
        if (at == doc && (excludedChecks[i] == null || excludedChecks[i].matches())) return true;
      }
      return false;
    }

    @Override
    public int docID() {
      return candidates.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return TwoPhaseIterator.asDocIdSetIterator(twoPhase);
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return twoPhase;
    }

    @Override
    public float score() {
      return score;
    }

    @Override
    public void setMinCompetitiveScore(float minScore) {
      if (Boolean.getBoolean("dbg"))
        System.err.println(
            "setMin "
                + minScore
                + " at "
                + candidates.docID()
                + " checkedMax "
                + checkedMax
                + " windowMax "
                + windowMax
                + " windowEnd "
                + windowEnd);
      minCompetitive = minScore;
    }

    /**
     * No block bounds for callers: the clauses are shallow-advanced along this scorer's own
     * windows, and a caller's targets would interleave with them. dva uses this query only at the
     * top of a top-hits search, where nothing above it asks.
     */
    @Override
    public float getMaxScore(int upTo) {
      return Float.POSITIVE_INFINITY;
    }

    /**
     * The first document at or after {@code target} in a window whose summed bounds reach the
     * minimum competitive score ({@code target} itself while there is none).
     */
    private int competitive(int target) throws IOException {
      if (minCompetitive <= 0) return target;
      while (target < maxDoc) {
        boundWindow(target);
        if ((float) windowMax >= minCompetitive) return target;
        target = windowEnd + 1;
      }
      return DocIdSetIterator.NO_MORE_DOCS;
    }

    /**
     * Reads the block bounds of the window holding {@code target}, unless already read: up to the
     * end of the shortest block of any scoring clause, at least {@link #MIN_WINDOW} and at most
     * {@link #MAX_WINDOW} documents (Lucene's conjunction follows one clause's blocks; a clause
     * that is a disjunction may report none, and the window would be the segment). Targets only
     * move forward, so no clause is ever advanced below a block it was shallow-advanced to.
     */
    private void boundWindow(int target) throws IOException {
      if (target <= windowEnd) return;
      long blockEnd = DocIdSetIterator.NO_MORE_DOCS;
      for (Scorer s : scoring) blockEnd = Math.min(blockEnd, s.advanceShallow(target));
      long end = Math.max(blockEnd, (long) target + MIN_WINDOW - 1);
      end = Math.min(Math.min(end, (long) target + MAX_WINDOW - 1), maxDoc - 1);
      double most = 0;
      double checkedMost = 0;
      for (int i = 0; i < scoring.length; i++) {
        float max = scoring[i].getMaxScore((int) end);
        most += max;
        if (isChecked[i]) checkedMost += max;
      }
      windowEnd = (int) end;
      windowMax = most;
      checkedMax = checkedMost;
    }

    /** The conjunction of approximations, skipping windows that cannot compete. */
    private final class Candidates extends DocIdSetIterator {
      private final DocIdSetIterator in;

      Candidates(DocIdSetIterator in) {
        this.in = in;
      }

      @Override
      public int docID() {
        return in.docID();
      }

      @Override
      public int nextDoc() throws IOException {
        return advance(in.docID() + 1);
      }

      @Override
      public int advance(int target) throws IOException {
        int from = competitive(target);
        while (true) {
          if (from == DocIdSetIterator.NO_MORE_DOCS) return in.advance(from);
          int doc = in.advance(from);
          if (doc == DocIdSetIterator.NO_MORE_DOCS) return doc;
          // the clauses may agree past the competitive window: bound the window holding the
          // agreement, and look on from its end when that one cannot compete either (never back:
          // a clause may not be advanced below a block it was shallow-advanced to)
          from = competitive(doc);
          if (from == doc) return doc;
        }
      }

      @Override
      public long cost() {
        return in.cost();
      }
    }
  }
}
