package vn.dva.search;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.search.similarities.SimilarityBase;
import org.apache.lucene.util.SmallFloat;

/**
 * Divergence from randomness, model I(ne) with the Laplace after-effect and H2 length normalisation
 * (Amati and van Rijsbergen, 2002): the formula of Lucene's {@code DFRSimilarity(new
 * BasicModelIne(), new AfterEffectL(), new NormalizationH2(c))}, computed in the same
 * floating-point steps, so it gives the same scores to the last bit (tested) and a cluster index
 * that declares OpenSearch's {@code DFR} similarity with those settings ranks alike. What differs
 * is the cost: Lucene's class evaluates a power and three logarithms for every document it scores;
 * here the term's weight is computed once per term and the length factor once per norm value (256
 * of them), so scoring a document costs what BM25 costs, a table read, a multiplication and a
 * division.
 *
 * <pre>
 * score = boost · A · tfn / (1 + tfn)        (written as A · (1 − 1 / (1 + tfn)))
 * tfn   = freq · log2(1 + c · avgdl / length)
 * A     = log2((N + 1) / (ne + 0.5)),  ne = N · (1 − ((N − 1) / N)^F)
 * </pre>
 *
 * N is the number of documents holding the field, F the term's occurrences in it, avgdl the mean
 * field length. A phrase (several terms' statistics) scores as the sum over its terms, as Lucene's
 * {@code SimilarityBase} does.
 */
public final class DivergenceSimilarity extends Similarity {

  /** Field lengths as norms encode them (Lucene's lossy one-byte encoding). */
  private static final float[] LENGTHS = new float[256];

  static {
    for (int i = 0; i < LENGTHS.length; i++) LENGTHS[i] = SmallFloat.byte4ToInt((byte) i);
  }

  private final float c;

  /**
   * @param c the H2 normalisation's parameter, positive: smaller values normalise length more
   */
  public DivergenceSimilarity(float c) {
    if (!(c > 0) || !Float.isFinite(c))
      throw new IllegalArgumentException("c must be a positive number, got " + c);
    this.c = c;
  }

  /** The H2 normalisation's parameter. */
  public float c() {
    return c;
  }

  @Override
  public SimScorer scorer(
      float boost, CollectionStatistics collection, TermStatistics... termStats) {
    double avgdl = collection.sumTotalTermFreq() / (double) collection.docCount();
    double[] lengthFactor = new double[LENGTHS.length];
    for (int i = 0; i < lengthFactor.length; i++)
      lengthFactor[i] = SimilarityBase.log2(1 + c * avgdl / LENGTHS[i]);
    long n = collection.docCount();
    double[] weights = new double[termStats.length];
    for (int i = 0; i < termStats.length; i++) {
      double ne = n * (1 - Math.pow((n - 1) / (double) n, termStats[i].totalTermFreq()));
      weights[i] = SimilarityBase.log2((n + 1) / (ne + 0.5));
    }
    return new Scorer(boost, weights, lengthFactor);
  }

  @Override
  public String toString() {
    return "DFR I(ne)L2, H2 c=" + c;
  }

  private static final class Scorer extends SimScorer {
    private final double boost;
    private final double[] weights;
    private final double[] lengthFactor;

    Scorer(float boost, double[] weights, double[] lengthFactor) {
      this.boost = boost;
      this.weights = weights;
      this.lengthFactor = lengthFactor;
    }

    @Override
    public float score(float freq, long norm) {
      double tfn = freq * lengthFactor[Byte.toUnsignedInt((byte) norm)];
      double saturation = 1 - 1 / (1 + tfn);
      if (weights.length == 1) return (float) (boost * (weights[0] * saturation));
      double sum = 0; // as Lucene sums the terms of a phrase: each rounded to float, then added
      for (double w : weights) sum += (float) (boost * (w * saturation));
      return (float) sum;
    }

    @Override
    public Explanation explain(Explanation freq, long norm) {
      return Explanation.match(
          score(freq.getValue().floatValue(), norm),
          "score(DFR I(ne)L2 H2, freq="
              + freq.getValue()
              + ", length="
              + LENGTHS[Byte.toUnsignedInt((byte) norm)]
              + ")",
          freq);
    }
  }
}
