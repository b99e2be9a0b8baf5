package vn.dva.search;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import vn.dva.index.IndexSchema;

/**
 * How dva scores a match. Words ({@code text}, {@code title}) by divergence from randomness,
 * I(ne)L2 with H2 length normalisation at c {@value #WORDS_C} ({@link DivergenceSimilarity},
 * Lucene's {@code DFRSimilarity} of that model at BM25's cost); the syllable pairs of {@link
 * IndexSchema#TEXT_PAIRS} by BM25 with full length normalisation (k1 {@value #K1}, b {@value
 * #PAIRS_B}): a long page holds many pairs of common syllables by chance ("liều dùng", "bộ luật"),
 * so a pair found in it says less about the page than the same pair in a short one. Both read the
 * same norms as BM25 at any setting, so an existing index scores this way without re-indexing.
 *
 * <p>Measured with {@code dva relevance --beir} (nDCG@10, typed / unaccented). Pairs at b 0.75 →
 * 1.0, words BM25: ALQAC 96.21 / 96.48 → 96.63 / 96.66; ViMedAQA 82.72 / 81.78 → 83.06 / 82.31.
 * Words BM25 → I(ne)L2 H2 c 0.5: ViMedAQA 83.06 / 82.31 → 83.63 / 83.24, ALQAC 96.63 / 96.66 →
 * 96.61 / 96.47 (README: the other models and settings tried). The cluster index declares the same
 * ({@code default} and {@code dva_pairs} similarities in {@code index.json}).
 */
public final class Scoring {

  /** BM25 term-frequency saturation of the pair field (Lucene's default). */
  static final float K1 = 1.2f;

  /** H2 length normalisation of the word fields' divergence-from-randomness model. */
  static final float WORDS_C = 0.5f;

  /** BM25 length normalisation of the syllable-pair field. */
  static final float PAIRS_B = 1.0f;

  private static final Similarity WORDS = new DivergenceSimilarity(WORDS_C);

  private static final Similarity PAIRS = new BM25Similarity(K1, PAIRS_B);

  private static final Similarity SIMILARITY =
      new PerFieldSimilarityWrapper() {
        @Override
        public Similarity get(String field) {
          return field.equals(IndexSchema.TEXT_PAIRS) ? PAIRS : WORDS;
        }
      };

  private Scoring() {}

  /** The similarity of every dva search: I(ne)L2 H2 for words, fully normalised BM25 for pairs. */
  public static Similarity similarity() {
    return SIMILARITY;
  }

  /** {@code searcher}, set to score as dva does; returned for chaining. */
  public static IndexSearcher apply(IndexSearcher searcher) {
    searcher.setSimilarity(SIMILARITY);
    return searcher;
  }
}
