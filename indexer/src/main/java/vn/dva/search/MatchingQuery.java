package vn.dva.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.dva.analysis.AsciiFold;

/**
 * A query that matches exactly the documents another one does with fewer postings read, for the
 * passes that compute no scores (totals, facet counts, drill sideways).
 *
 * <p>The index chain ends with folding that keeps the original ({@code dvaFolding}): every word
 * with marks is indexed beside its folded twin at the same position. So in a disjunction, a term
 * whose folded twin is a clause on the same field adds no document. A word typed with its marks is
 * searched as "folded or as typed" over title and text, four postings lists of which the two folded
 * ones already hold every match; the typed ones only rank. {@link FoldedPhraseParser} relies on the
 * same fact for phrases (folded phrase required, typed phrase scored), which Lucene already leaves
 * out of a score-free pass; words are plain disjunctions, where it cannot.
 *
 * <p>Only pure disjunctions (every clause optional, no minimum) are changed; any other query is
 * returned as it is. Expects a rewritten query (Lucene flattens the per-field disjunctions of a
 * word into one).
 */
final class MatchingQuery {

  private MatchingQuery() {}

  /** {@code query} without the typed terms whose folded twins it also matches; never null. */
  static Query of(Query query) {
    if (query instanceof BoostQuery b) {
      Query inner = of(b.getQuery());
      return inner == b.getQuery() ? b : new BoostQuery(inner, b.getBoost());
    }
    if (query instanceof ConstantScoreQuery c) {
      Query inner = of(c.getQuery());
      return inner == c.getQuery() ? c : new ConstantScoreQuery(inner);
    }
    if (!(query instanceof BooleanQuery bq)) return query;

    boolean disjunction = bq.getMinimumNumberShouldMatch() == 0;
    Set<Term> folded = new HashSet<>();
    for (BooleanClause c : bq.clauses()) {
      if (c.occur() != Occur.SHOULD) disjunction = false;
      Term t = term(c.query());
      if (t != null && isFolded(t)) folded.add(t);
    }
    boolean changed = false;
    List<BooleanClause> kept = new ArrayList<>(bq.clauses().size());
    for (BooleanClause c : bq.clauses()) {
      Term t = disjunction ? term(c.query()) : null;
      if (t != null && folded.contains(foldedTwin(t)) && !folded.contains(t)) {
        changed = true; // its folded twin matches every document it does
        continue;
      }
      Query inner = of(c.query());
      changed |= inner != c.query();
      kept.add(inner == c.query() ? c : new BooleanClause(inner, c.occur()));
    }
    if (!changed) return bq;
    if (kept.size() == 1 && disjunction) return kept.get(0).query();
    BooleanQuery.Builder b =
        new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
    kept.forEach(b::add);
    return b.build();
  }

  /** Whether {@code t} is a folded term: folding leaves it as it is. */
  static boolean isFolded(Term t) {
    return AsciiFold.fold(t.text()).equals(t.text());
  }

  /**
   * The folded twin of {@code t} on its field, which the index holds at the same position as every
   * typed occurrence of {@code t} ({@code t} itself when it is folded).
   */
  static Term foldedTwin(Term t) {
    return new Term(t.field(), AsciiFold.fold(t.text()));
  }

  /** The term of a term query, boosted or not; null for anything else. */
  private static Term term(Query q) {
    while (q instanceof BoostQuery b) q = b.getQuery();
    return q instanceof TermQuery t ? t.getTerm() : null;
  }
}
