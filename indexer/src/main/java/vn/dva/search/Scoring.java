package vn.dva.search;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import vn.dva.index.IndexSchema;

/**
 * How dva scores a match: BM25 with Lucene's defaults (k1 {@value #K1}, b 0.75) for words, and full
 * length normalisation (b {@value #PAIRS_B}) for the syllable pairs of {@link
 * IndexSchema#TEXT_PAIRS}. A long page holds many pairs of common syllables by chance ("liều dùng",
 * "bộ luật"), so a pair found in it says less about the page than the same pair in a short one;
 * full normalisation weighs the pair by the page's length. Read at query time only (norms are the
 * same for every b), so an existing index scores this way without re-indexing. Measured with {@code
 * dva relevance --beir} (nDCG@10, typed / unaccented): ALQAC 96.21 / 96.48 at b 0.75, 96.63 / 96.66
 * at 1.0; ViMedAQA 82.72 / 81.78 and 83.06 / 82.31. The cluster index sets the same (similarity
 * {@code dva_pairs} in {@code index.json}).
 */
public final class Scoring {

  /** BM25 term-frequency saturation of every field (Lucene's default). */
  static final float K1 = 1.2f;

  /** BM25 length normalisation of the syllable-pair field. */
  static final float PAIRS_B = 1.0f;

  private static final Similarity WORDS = new BM25Similarity();

  private static final Similarity PAIRS = new BM25Similarity(K1, PAIRS_B);

  private static final Similarity SIMILARITY =
      new PerFieldSimilarityWrapper() {
        @Override
        public Similarity get(String field) {
          return field.equals(IndexSchema.TEXT_PAIRS) ? PAIRS : WORDS;
        }
      };

  private Scoring() {}

  /** The similarity of every dva search: BM25, with the pair field fully length-normalised. */
  public static Similarity similarity() {
    return SIMILARITY;
  }

  /** {@code searcher}, set to score as dva does; returned for chaining. */
  public static IndexSearcher apply(IndexSearcher searcher) {
    searcher.setSimilarity(SIMILARITY);
    return searcher;
  }
}
