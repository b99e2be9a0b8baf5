package vn.dva.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;

/**
 * Candidates are the documents every required clause's approximation agrees on; the phrase clauses'
 * positions are read only when the plain clauses' scores plus the phrase clauses' block bounds
 * reach the minimum competitive score. Windows whose summed bounds cannot reach it are skipped as
 * in Lucene's block-max conjunction.
 */
final class ScoreFirstScorer extends Scorer {
  /** Largest window of documents one set of block bounds covers (as in Lucene's conjunction). */
  private static final int MAX_WINDOW = 65_536;

  /**
   * Fewest documents one set of block bounds covers: bounds over a longer range are looser but
   * still bounds, and nested clauses can report blocks of a document or two (measured on the bench
   * index: 32 and 512 gave the same times within noise, 1 read bounds 230,000 times for 55,000
   * candidates).
   */
  private static final int MIN_WINDOW = 128;

  private final int maxDoc;
  private final Scorer[] plain;
  private final Scorer[] checked;
  private final Scorer[] scoring;
  private final boolean[] isChecked;
  private final Scorer[] optional;
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
  private double optionalMax;

  ScoreFirstScorer(
      int maxDoc,
      List<Scorer> scoring,
      List<Scorer> optional,
      List<Scorer> filters,
      List<Scorer> excluded) {
    this.maxDoc = maxDoc;
    this.scoring = scoring.toArray(Scorer[]::new);
    this.optional = optional.toArray(Scorer[]::new);
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
    candidates =
        new Candidates(
            approximations.size() == 1
                ? approximations.get(0)
                : ConjunctionUtils.intersectIterators(approximations));
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
   * Scores the current candidate: the plain required clauses and the optional ones, then, if their
   * scores plus the bounds of the checked clauses can reach the minimum competitive score, the
   * checks and the checked clauses. False when the candidate does not match or cannot compete. The
   * score is Lucene's for required plus optional clauses: the float of the required clauses' double
   * sum, plus the float of the matching optional clauses' double sum.
   */
  private boolean scoreIfCompetitive() throws IOException {
    int doc = candidates.docID();
    if (isExcluded(doc)) return false;
    double required = 0;
    for (Scorer s : plain) required += s.score();
    double extra = 0;
    for (Scorer s : optional) {
      DocIdSetIterator it = s.iterator();
      int at = it.docID();
      if (at < doc) at = it.advance(doc);
      if (at == doc) extra += s.score();
    }
    if (minCompetitive > 0) {
      boundWindow(doc); // the bar may have risen since the window was read
      // each clause scores at most its bound, and float rounding and addition keep that order
      if ((float) (required + checkedMax) + (float) extra < minCompetitive) return false;
    }
    for (TwoPhaseIterator t : checks) if (!t.matches()) return false;
    for (Scorer s : checked) required += s.score();
    score = (float) required + (float) extra;
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
    minCompetitive = minScore;
  }

  /**
   * No block bounds for callers: the clauses are shallow-advanced along this scorer's own windows,
   * and a caller's targets would interleave with them. dva uses this query only at the top of a
   * top-hits search, where nothing above it asks.
   */
  @Override
  public float getMaxScore(int upTo) {
    return Float.POSITIVE_INFINITY;
  }

  /**
   * The first document at or after {@code target} in a window whose summed bounds reach the minimum
   * competitive score ({@code target} itself while there is none).
   */
  private int competitive(int target) throws IOException {
    if (minCompetitive <= 0) return target;
    while (target < maxDoc) {
      boundWindow(target);
      if ((float) windowMax + (float) optionalMax >= minCompetitive) return target;
      target = windowEnd + 1;
    }
    return DocIdSetIterator.NO_MORE_DOCS;
  }

  /**
   * Reads the block bounds of the window holding {@code target}, unless already read: up to the end
   * of the shortest block of any scoring clause, at least {@link #MIN_WINDOW} and at most {@link
   * #MAX_WINDOW} documents (Lucene's conjunction follows one clause's blocks; a clause that is a
   * disjunction may report none, and the window would be the segment). Targets only move forward,
   * so no clause is ever advanced below a block it was shallow-advanced to.
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
    double optionalMost = 0;
    for (Scorer s : optional) {
      // an optional clause is advanced to candidates only: it may stand past the window (no
      // match in it) or inside it, and is never shallow-advanced below where it stands
      int at = s.docID();
      if (at > end) continue;
      s.advanceShallow(Math.max(at, target));
      optionalMost += s.getMaxScore((int) end);
    }
    windowEnd = (int) end;
    windowMax = most;
    checkedMax = checkedMost;
    optionalMax = optionalMost;
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
