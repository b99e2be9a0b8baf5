package vn.dva.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * A word typed with its marks, searched for the top hits: found by its folded terms, its typed
 * terms read only for the documents that get scored. The same matches and scores as the disjunction
 * it stands for.
 *
 * <p>{@link QueryBuilder} searches such a word as "folded or as typed" in title and in text: a
 * disjunction of two per-field disjunctions, four postings lists. The index holds the folded twin
 * of every word with marks at the same position ({@link MatchingQuery}), so the two folded lists
 * already hold every match. Lucene's disjunction merges all four lists for every candidate,
 * including the candidates a conjunction then rejects because another word is missing or its score
 * cannot reach the top. Here the candidates come from the two folded lists, and a typed list is
 * advanced only when a candidate's score is asked for. Measured on the 1M bench index (README,
 * issue 14, eighth round).
 *
 * <p>Only in {@link ScoreMode#TOP_SCORES}; any other mode uses the disjunction itself. The score is
 * computed as Lucene's disjunctions compute it: the float of the double sum of the word's matching
 * operands, an operand being a term or a field's nested pair (itself the float of its terms' double
 * sum). Lucene adds the operands in the order of its heap; here they are added in field order. The
 * result is the same: up to four floats whose magnitudes lie within 2^26 of each other (a term's
 * boost is 0.2 to 2 and its weight a logarithm of collection sizes) add exactly in a double, in any
 * order. {@code TypedWhenScoredTest} compares docs and scores with the disjunction's. The cost
 * reported is the disjunction's, so that a conjunction picks the same clause to lead and sums its
 * clauses in the same order.
 */
final class TypedWhenScored extends Query {

  /**
   * One field's folded term and the typed one beside it (null: the word has no marks there), each
   * with the boosts above it, outermost first; {@code nested}: the two are a disjunction of their
   * own, whose score is rounded to a float before the word adds it (Lucene's rewrite inlines such a
   * disjunction into the word's when nothing boosts it, and the two terms are then added directly).
   */
  private record Part(
      TermQuery folded,
      float[] foldedBoosts,
      TermQuery typed,
      float[] typedBoosts,
      boolean nested) {}

  private final BooleanQuery original;
  private final List<Part> parts;

  private TypedWhenScored(BooleanQuery original, List<Part> parts) {
    this.original = original;
    this.parts = List.copyOf(parts);
  }

  /**
   * {@code rewritten} with each word disjunction among the required clauses of its conjunctions
   * (nested ones too, as filters wrap dva's queries) replaced by a {@code TypedWhenScored}; itself
   * when it holds none. A word standing alone is left to Lucene's own disjunction scorer.
   */
  static Query wrap(Query rewritten) {
    if (!(rewritten instanceof BooleanQuery b)) return rewritten;
    boolean changed = false;
    BooleanQuery.Builder out =
        new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
    for (BooleanClause c : b.clauses()) {
      Query q = c.query();
      if (c.occur() == Occur.MUST && q instanceof BooleanQuery bq) {
        TypedWhenScored word = of(bq);
        Query inner = word != null ? word : wrap(bq);
        changed |= inner != q;
        q = inner;
      }
      out.add(q, c.occur());
    }
    return changed ? out.build() : rewritten;
  }

  /** A term with the boosts above it, outermost first. */
  private record Leaf(TermQuery term, float[] boosts) {}

  /**
   * {@code b} as a word when it has the shape {@link QueryBuilder} gives one after Lucene's
   * rewrite: optional clauses only, each a term or a disjunction of two terms, boosted or not; per
   * field one folded term and at most one typed term whose folding it is, a field's two terms
   * either side by side in the word or together in one nested disjunction; at least one typed term.
   * Null otherwise.
   */
  static TypedWhenScored of(BooleanQuery b) {
    if (b.getMinimumNumberShouldMatch() != 0) return null;
    Map<String, Leaf> folded = new LinkedHashMap<>();
    Map<String, Leaf> typed = new HashMap<>();
    Map<String, Boolean> nested = new HashMap<>();
    for (BooleanClause c : b.clauses()) {
      if (c.occur() != Occur.SHOULD) return null;
      List<Float> chain = new ArrayList<>();
      Query q = unboost(c.query(), chain);
      if (q instanceof TermQuery t) {
        if (!add(new Leaf(t, array(chain)), folded, typed)) return null;
        nested.putIfAbsent(t.getTerm().field(), false);
        continue;
      }
      if (!(q instanceof BooleanQuery pair)
          || pair.getMinimumNumberShouldMatch() != 0
          || pair.clauses().size() != 2) {
        return null;
      }
      String field = null;
      for (BooleanClause pc : pair.clauses()) {
        List<Float> inner = new ArrayList<>(chain);
        if (pc.occur() != Occur.SHOULD
            || !(unboost(pc.query(), inner) instanceof TermQuery t)
            || (field != null && !field.equals(t.getTerm().field()))
            || !add(new Leaf(t, array(inner)), folded, typed)) {
          return null;
        }
        field = t.getTerm().field();
      }
      if (nested.put(field, true) != null || !typed.containsKey(field)) return null;
    }
    if (typed.isEmpty() || folded.size() > 2) return null;
    List<Part> parts = new ArrayList<>();
    for (Leaf f : folded.values()) {
      String field = f.term().getTerm().field();
      Leaf t = typed.get(field);
      if (t != null && !MatchingQuery.foldedTwin(t.term().getTerm()).equals(f.term().getTerm())) {
        return null;
      }
      parts.add(
          t == null
              ? new Part(f.term(), f.boosts(), null, null, false)
              : new Part(f.term(), f.boosts(), t.term(), t.boosts(), nested.get(field)));
    }
    if (!folded.keySet().containsAll(typed.keySet())) return null;
    return new TypedWhenScored(b, parts);
  }

  /** {@code q} without its boosts, which are appended to {@code chain}. */
  private static Query unboost(Query q, List<Float> chain) {
    while (q instanceof BoostQuery bq) {
      chain.add(bq.getBoost());
      q = bq.getQuery();
    }
    return q;
  }

  /** Files {@code leaf} as its field's folded or typed term; false when the field has one. */
  private static boolean add(Leaf leaf, Map<String, Leaf> folded, Map<String, Leaf> typed) {
    Term t = leaf.term().getTerm();
    return (MatchingQuery.isFolded(t) ? folded : typed).putIfAbsent(t.field(), leaf) == null;
  }

  private static float[] array(List<Float> boosts) {
    float[] out = new float[boosts.size()];
    for (int i = 0; i < out.length; i++) out[i] = boosts.get(i);
    return out;
  }

  /**
   * {@code boost} under {@code chain}, multiplied in the order Lucene's BoostQuery passes it on.
   */
  private static float boosted(float boost, float[] chain) {
    for (float b : chain) boost = b * boost;
    return boost;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    if (scoreMode != ScoreMode.TOP_SCORES) return original.createWeight(searcher, scoreMode, boost);
    int n = parts.size();
    Weight[] folded = new Weight[n];
    Weight[] typed = new Weight[n];
    for (int i = 0; i < n; i++) {
      Part p = parts.get(i);
      folded[i] = p.folded().createWeight(searcher, scoreMode, boosted(boost, p.foldedBoosts()));
      if (p.typed() != null) {
        typed[i] = p.typed().createWeight(searcher, scoreMode, boosted(boost, p.typedBoosts()));
      }
    }
    boolean[] nested = new boolean[n];
    for (int i = 0; i < n; i++) nested[i] = parts.get(i).nested();
    return new WordWeight(this, searcher, boost, folded, typed, nested);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    original.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return "TypedWhenScored(" + original.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && original.equals(((TypedWhenScored) other).original);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), original);
  }

  private static final class WordWeight extends Weight {
    private final IndexSearcher searcher;
    private final float boost;
    private final Weight[] folded;
    private final Weight[] typed;
    private final boolean[] nested;

    WordWeight(
        TypedWhenScored query,
        IndexSearcher searcher,
        float boost,
        Weight[] folded,
        Weight[] typed,
        boolean[] nested) {
      super(query);
      this.searcher = searcher;
      this.boost = boost;
      this.folded = folded;
      this.typed = typed;
      this.nested = nested;
    }

    /** The disjunction's own weight, made only when asked (it would look every term up again). */
    private Weight plain() throws IOException {
      return ((TypedWhenScored) getQuery())
          .original.createWeight(searcher, ScoreMode.TOP_SCORES, boost);
    }

    @Override
    public Explanation explain(LeafReaderContext context, int doc) throws IOException {
      return plain().explain(context, doc);
    }

    @Override
    public Matches matches(LeafReaderContext context, int doc) throws IOException {
      return plain().matches(context, doc);
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
      return false; // top-scores mode only, never cached
    }

    @Override
    public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
      int n = folded.length;
      ScorerSupplier[] f = new ScorerSupplier[n];
      ScorerSupplier[] t = new ScorerSupplier[n];
      long cost = 0;
      boolean any = false;
      for (int i = 0; i < n; i++) {
        f[i] = folded[i].scorerSupplier(context);
        t[i] = typed[i] == null ? null : typed[i].scorerSupplier(context);
        if (f[i] != null) {
          any = true;
          cost += f[i].cost();
        }
        if (t[i] != null) cost += t[i].cost();
      }
      if (!any) return null; // no folded term here: no typed one either
      long disjunctionCost = cost;
      return new ScorerSupplier() {
        @Override
        public Scorer get(long leadCost) throws IOException {
          Scorer[] fs = new Scorer[n];
          Scorer[] ts = new Scorer[n];
          for (int i = 0; i < n; i++) {
            fs[i] = f[i] == null ? null : f[i].get(leadCost);
            ts[i] = t[i] == null ? null : t[i].get(leadCost);
          }
          return new WordScorer(fs, ts, nested, disjunctionCost);
        }

        @Override
        public long cost() {
          return disjunctionCost;
        }
      };
    }
  }

  /**
   * Iterates the union of the folded terms' documents; scores add the typed terms, each advanced to
   * the document only then. Typed terms therefore lag behind the current document until asked.
   */
  private static final class WordScorer extends Scorer {
    private final Scorer[] folded;
    private final Scorer[] typed;
    private final boolean[] nested;
    private final DocIdSetIterator[] foldedDocs;
    private final DocIdSetIterator[] typedDocs;
    private final DocIdSetIterator iterator;
    private int doc = -1;

    WordScorer(Scorer[] folded, Scorer[] typed, boolean[] nested, long cost) {
      this.folded = folded;
      this.typed = typed;
      this.nested = nested;
      foldedDocs = new DocIdSetIterator[folded.length];
      typedDocs = new DocIdSetIterator[typed.length];
      for (int i = 0; i < folded.length; i++) {
        foldedDocs[i] = folded[i] == null ? null : folded[i].iterator();
        typedDocs[i] = typed[i] == null ? null : typed[i].iterator();
      }
      iterator =
          new DocIdSetIterator() {
            @Override
            public int docID() {
              return doc;
            }

            @Override
            public int nextDoc() throws IOException {
              // every list stands at or past the current document: move those on it (a list's
              // next document is cheaper to read than a search for a target)
              int next = NO_MORE_DOCS;
              for (DocIdSetIterator it : foldedDocs) {
                if (it == null) continue;
                int at = it.docID();
                if (at == doc) at = it.nextDoc();
                next = Math.min(next, at);
              }
              return doc = next;
            }

            @Override
            public int advance(int target) throws IOException {
              int next = NO_MORE_DOCS;
              for (DocIdSetIterator it : foldedDocs) {
                if (it == null) continue;
                int at = it.docID();
                if (at < target) at = it.advance(target);
                next = Math.min(next, at);
              }
              return doc = next;
            }

            @Override
            public long cost() {
              return cost;
            }
          };
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public DocIdSetIterator iterator() {
      return iterator;
    }

    @Override
    public float score() throws IOException {
      double word = 0;
      for (int i = 0; i < folded.length; i++) {
        if (foldedDocs[i] == null || foldedDocs[i].docID() != doc) continue;
        float f = folded[i].score();
        float e = 0;
        DocIdSetIterator t = typedDocs[i];
        if (t != null) {
          int at = t.docID();
          if (at < doc) at = t.advance(doc);
          if (at == doc) e = typed[i].score();
        }
        if (nested[i]) {
          word += (float) ((double) f + e); // e is 0 when the typed term is absent: f + 0 is f
        } else {
          word += f;
          word += e;
        }
      }
      return (float) word;
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      int end = DocIdSetIterator.NO_MORE_DOCS;
      for (int i = 0; i < folded.length; i++) {
        if (folded[i] != null && foldedDocs[i].docID() < DocIdSetIterator.NO_MORE_DOCS) {
          end = Math.min(end, folded[i].advanceShallow(Math.max(target, foldedDocs[i].docID())));
        }
        if (typed[i] != null && typedDocs[i].docID() < DocIdSetIterator.NO_MORE_DOCS) {
          end = Math.min(end, typed[i].advanceShallow(Math.max(target, typedDocs[i].docID())));
        }
      }
      return end;
    }

    /**
     * The sum of the bounds of the terms that can match up to {@code upTo}, raised past the two
     * float roundings of {@link #score} (a part, then the word; each at most half a float ulp).
     */
    @Override
    public float getMaxScore(int upTo) throws IOException {
      double most = 0;
      for (int i = 0; i < folded.length; i++) {
        if (folded[i] == null || foldedDocs[i].docID() > upTo) continue;
        most += folded[i].getMaxScore(upTo);
        if (typed[i] != null && typedDocs[i].docID() <= upTo) {
          most += typed[i].getMaxScore(upTo);
        }
      }
      float bound = (float) most;
      if (bound < most) bound = Math.nextUp(bound);
      return Math.nextUp(Math.nextUp(bound));
    }
  }
}
