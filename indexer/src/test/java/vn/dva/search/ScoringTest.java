package vn.dva.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dva.analysis.SyllableShingleAnalyzer;
import vn.dva.extract.ExtractedDocument;
import vn.dva.index.DocumentIndexer;
import vn.dva.index.IndexSchema;

/** The similarity dva searches with, read off the searcher {@link SearchService} really uses. */
class ScoringTest {

  @TempDir Path dir;

  @Test
  void pairsAreScoredByBm25FullyLengthNormalised() {
    BM25Similarity bm25 =
        (BM25Similarity) ((PerFieldSimilarityWrapper) Scoring.similarity()).get("text_pairs");
    assertThat(bm25.getB()).isEqualTo(1.0f);
    assertThat(bm25.getK1()).isEqualTo(1.2f);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "title", "directive"})
  void wordsAreScoredByDivergenceFromRandomness(String field) {
    DivergenceSimilarity dfr =
        (DivergenceSimilarity) ((PerFieldSimilarityWrapper) Scoring.similarity()).get(field);
    assertThat(dfr.c()).isEqualTo(0.5f);
  }

  @Test
  void aPairInALongPageCountsLessThanInAShortOneAndTheServiceScoresSo() throws IOException {
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      indexer.add(page("short", "Liều dùng cho trẻ em."));
      indexer.add(
          page(
              "long",
              "Liều dùng cho người lớn, uống sau bữa ăn, chia làm hai lần trong ngày, tránh dùng"
                  + " chung với rượu bia, thận trọng với người cao tuổi và phụ nữ có thai."));
      indexer.commit();
    }
    try (SearchService service = SearchService.open(dir, false, 1)) {
      double[] ratios =
          service.withSearcher(
              s -> {
                assertThat(s.getSimilarity()).isSameAs(Scoring.similarity());
                Query pair =
                    SyllableShingleAnalyzer.pairsQuery(IndexSchema.TEXT_PAIRS, "liều dùng");
                var hits = s.search(pair, 2).scoreDocs;
                assertThat(hits).hasSize(2);
                double withDva = hits[0].score / hits[1].score;
                IndexSearcher lucene = new IndexSearcher(s.getIndexReader()); // BM25, b 0.75
                var plain = lucene.search(pair, 2).scoreDocs;
                return new double[] {withDva, plain[0].score / plain[1].score};
              });
      // both rank the short page first; full normalisation widens the gap
      assertThat(ratios[0]).isGreaterThan(ratios[1]).isGreaterThan(1.0);
    }
  }

  private static ExtractedDocument page(String id, String text) {
    return new ExtractedDocument(id, null, "", null, null, null, "txt", text, List.of(), List.of());
  }
}
