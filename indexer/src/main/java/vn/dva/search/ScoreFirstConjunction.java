package vn.dva.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
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
  private final List<Query> optional;
  private final List<Query> filters;
  private final List<Query> excluded;

  private ScoreFirstConjunction(
      List<Query> scoring, List<Query> optional, List<Query> filters, List<Query> excluded) {
    this.scoring = List.copyOf(scoring);
    this.optional = List.copyOf(optional);
    this.filters = List.copyOf(filters);
    this.excluded = List.copyOf(excluded);
  }

  /**
   * {@code rewritten} as a score-first conjunction when it is a Boolean query (no minimum
   * should-match) of required clauses, at least one of them holding a phrase, beside filters,
   * exclusions and optional clauses without phrases (one MUST clause that is itself such a query is
   * taken in, as filters and exclusions wrap dva's queries), and something can be scored before the
   * phrases: a required clause without a phrase or an optional clause. Otherwise {@code rewritten}
   * itself, searched by Lucene's own scorers.
   */
  static Query wrap(Query rewritten) {
    if (!(rewritten instanceof BooleanQuery b) || !wrappable(b)) return rewritten;
    List<Query> scoring = new ArrayList<>();
    List<Query> optional = new ArrayList<>();
    List<Query> filters = new ArrayList<>();
    List<Query> excluded = new ArrayList<>();
    sort(b, scoring, optional, filters, excluded);
    // one MUST clause holding the query (filters and exclusions around it): its score is the
    // whole query's, and computed here exactly as it computes it, so its clauses are taken in
    if (optional.isEmpty()
        && scoring.size() == 1
        && scoring.get(0) instanceof BooleanQuery inner
        && wrappable(inner)) {
      scoring.clear();
      sort(inner, scoring, optional, filters, excluded);
    }
    if (optional.stream().anyMatch(ScoreFirstConjunction::holdsPhrase)) return rewritten;
    long withPhrases = scoring.stream().filter(ScoreFirstConjunction::holdsPhrase).count();
    if (withPhrases == 0 || (withPhrases == scoring.size() && optional.isEmpty())) {
      return rewritten;
    }
    return new ScoreFirstConjunction(scoring, optional, filters, excluded);
  }

  private static void sort(
      BooleanQuery b,
      List<Query> scoring,
      List<Query> optional,
      List<Query> filters,
      List<Query> excluded) {
    for (BooleanClause c : b.clauses()) {
      switch (c.occur()) {
        case MUST -> scoring.add(c.query());
        case SHOULD -> optional.add(c.query());
        case FILTER -> filters.add(c.query());
        case MUST_NOT -> excluded.add(c.query());
      }
    }
  }

  /** No minimum should-match and a required scoring clause: optional clauses only add score. */
  private static boolean wrappable(BooleanQuery b) {
    if (b.getMinimumNumberShouldMatch() != 0) return false;
    return b.clauses().stream().anyMatch(c -> c.occur() == Occur.MUST);
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
    for (Query q : optional) b.add(q, Occur.SHOULD);
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
    if (scoreMode != ScoreMode.TOP_SCORES)
      return asBoolean().createWeight(searcher, scoreMode, boost);
    List<Weight> s = new ArrayList<>();
    for (Query q : scoring) s.add(searcher.createWeight(q, scoreMode, boost));
    List<Weight> o = new ArrayList<>();
    for (Query q : optional) o.add(searcher.createWeight(q, scoreMode, boost));
    List<Weight> f = new ArrayList<>();
    for (Query q : filters) f.add(searcher.createWeight(q, ScoreMode.COMPLETE_NO_SCORES, 1f));
    List<Weight> x = new ArrayList<>();
    for (Query q : excluded) x.add(searcher.createWeight(q, ScoreMode.COMPLETE_NO_SCORES, 1f));
    return new ConjunctionWeight(this, s, o, f, x, searcher, boost);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    QueryVisitor must = visitor.getSubVisitor(Occur.MUST, this);
    for (Query q : scoring) q.visit(must);
    QueryVisitor should = visitor.getSubVisitor(Occur.SHOULD, this);
    for (Query q : optional) q.visit(should);
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
    return Objects.hash(classHash(), scoring, optional, filters, excluded);
  }

  private static final class ConjunctionWeight extends Weight {
    private final List<Weight> scoring;
    private final List<Weight> optional;
    private final List<Weight> filters;
    private final List<Weight> excluded;
    private final IndexSearcher searcher;
    private final float boost;

    ConjunctionWeight(
        Query query,
        List<Weight> scoring,
        List<Weight> optional,
        List<Weight> filters,
        List<Weight> excluded,
        IndexSearcher searcher,
        float boost) {
      super(query);
      this.scoring = scoring;
      this.optional = optional;
      this.filters = filters;
      this.excluded = excluded;
      this.searcher = searcher;
      this.boost = boost;
    }

    @Override
    public Explanation explain(LeafReaderContext context, int doc) throws IOException {
      // the Boolean query's own explanation, its weight made only when asked: making it with
      // every search would look up every term's statistics a second time
      ScoreFirstConjunction q = (ScoreFirstConjunction) getQuery();
      return q.asBoolean()
          .createWeight(searcher, ScoreMode.TOP_SCORES, boost)
          .explain(context, doc);
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
      List<ScorerSupplier> o = suppliers(optional, context);
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
          return new ScoreFirstScorer(
              maxDoc, scorers(s, lead), scorers(o, lead), scorers(f, lead), scorers(x, lead));
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

    /**
     * The suppliers' scorers; an optional or excluded clause without matches in the segment is left
     * out.
     */
    private static List<Scorer> scorers(List<ScorerSupplier> suppliers, long leadCost)
        throws IOException {
      List<Scorer> out = new ArrayList<>();
      for (ScorerSupplier s : suppliers) if (s != null) out.add(s.get(leadCost));
      return out;
    }
  }
}
