package vn.dva.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.AfterEffectL;
import org.apache.lucene.search.similarities.BasicModelIne;
import org.apache.lucene.search.similarities.DFRSimilarity;
import org.apache.lucene.search.similarities.NormalizationH2;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link DivergenceSimilarity} is Lucene's DFR I(ne)L2 H2 model, score for score, over a grid of
 * collection sizes, term rarities, field lengths (every norm byte), frequencies, boosts and
 * phrases; and the cluster index declares the same model.
 */
class DivergenceSimilarityTest {

  private static final long[] DOC_COUNTS = {1, 2, 7, 304, 100_000, 3_000_000};
  private static final long[] MEAN_LENGTHS = {1, 37, 812};
  private static final float[] FREQS = {1, 2, 3, 7, 40, 0.5f};
  private static final float[] BOOSTS = {1, 0.2f, 2.5f};

  @ParameterizedTest(name = "c {0}")
  @ValueSource(floats = {0.5f, 1f, 3f})
  void scoresEqualLucenesDfrModelToTheLastBit(float c) {
    Similarity ours = new DivergenceSimilarity(c);
    Similarity lucene =
        new DFRSimilarity(new BasicModelIne(), new AfterEffectL(), new NormalizationH2(c));
    int compared = 0;
    for (long docs : DOC_COUNTS) {
      for (long mean : MEAN_LENGTHS) {
        CollectionStatistics field =
            new CollectionStatistics("text", docs + 3, docs, docs * mean, docs * mean);
        for (long df : new long[] {1, Math.max(1, docs / 3), docs}) {
          for (long occurrences : new long[] {df, df * 5, df * mean}) {
            long ttf = Math.min(occurrences, docs * mean); // a term cannot outnumber the field
            TermStatistics term = new TermStatistics(new BytesRef("t" + df), df, ttf);
            TermStatistics other = new TermStatistics(new BytesRef("u"), 1, Math.max(1, mean));
            for (float boost : BOOSTS) {
              for (TermStatistics[] terms :
                  new TermStatistics[][] {{term}, {term, other}, {other, term, term}}) {
                Similarity.SimScorer a = ours.scorer(boost, field, terms);
                Similarity.SimScorer b = lucene.scorer(boost, field, terms);
                for (int norm = 0; norm < 256; norm++) {
                  for (float freq : FREQS) {
                    assertThat(a.score(freq, norm))
                        .as(
                            "docs %d, mean %d, df %d, ttf %d, boost %s, %d terms, norm %d, freq %s",
                            docs, mean, df, ttf, boost, terms.length, norm, freq)
                        .isEqualTo(b.score(freq, norm));
                    compared++;
                  }
                }
              }
            }
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(500_000);
  }

  @Test
  void aLongerFieldScoresLessAndAMoreFrequentTermMore() {
    Similarity.SimScorer s =
        new DivergenceSimilarity(0.5f)
            .scorer(
                1f,
                new CollectionStatistics("text", 1000, 1000, 50_000, 50_000),
                new TermStatistics(new BytesRef("t"), 10, 12));
    assertThat(s.score(1, 20)).isGreaterThan(s.score(1, 120)); // norm bytes grow with length
    assertThat(s.score(3, 60)).isGreaterThan(s.score(1, 60));
    assertThat(s.explain(org.apache.lucene.search.Explanation.match(2f, "freq"), 60).getValue())
        .isEqualTo(s.score(2, 60));
  }

  @ParameterizedTest
  @ValueSource(floats = {0f, -1f, Float.NaN, Float.POSITIVE_INFINITY})
  void aParameterThatIsNotAPositiveNumberIsRefused(float c) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new DivergenceSimilarity(c));
    assertThat(e).hasMessageContaining("c must be a positive number");
  }

  @Test
  void theClusterIndexDeclaresTheSameModelsAsTheLocalSearch() throws Exception {
    JsonNode similarity;
    try (InputStream in = getClass().getResourceAsStream("/vn/dva/cluster/index.json")) {
      similarity =
          new ObjectMapper().readTree(in).path("settings").path("index").path("similarity");
    }
    JsonNode words = similarity.path("default");
    assertThat(words.path("type").asText()).isEqualTo("DFR");
    assertThat(words.path("basic_model").asText()).isEqualTo("ine");
    assertThat(words.path("after_effect").asText()).isEqualTo("l");
    assertThat(words.path("normalization").asText()).isEqualTo("h2");
    assertThat((float) words.path("normalization.h2.c").asDouble()).isEqualTo(Scoring.WORDS_C);
    JsonNode pairs = similarity.path("dva_pairs");
    assertThat(pairs.path("type").asText()).isEqualTo("BM25");
    assertThat((float) pairs.path("b").asDouble()).isEqualTo(Scoring.PAIRS_B);
    assertThat((float) pairs.path("k1").asDouble()).isEqualTo(Scoring.K1);
  }
}
