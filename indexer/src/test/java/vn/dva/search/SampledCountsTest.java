package vn.dva.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.extract.ExtractedDocument;
import vn.dva.index.DocumentIndexer;
import vn.dva.index.IndexSchema;

/**
 * Counts of very broad queries from windows of the index: the windows hold exactly the matches a
 * full pass finds in them; a broad query's total and counts come out close to the exact ones and
 * say they are approximate; a narrow query is counted exactly. Windows of 64 documents stand in for
 * the 256 of the service, so that a small index has many.
 */
class SampledCountsTest {

  private static final List<String> PROVINCES =
      List.of("Lạng Sơn", "Hà Giang", "Cao Bằng", "Bắc Kạn", "Thái Nguyên");

  @TempDir static Path dir;
  static SearchService service;
  static final FacetsConfig CONFIG = IndexSchema.facetsConfig();

  @BeforeAll
  static void index() throws IOException {
    java.util.Random random = new java.util.Random(7);
    try (DocumentIndexer ix = DocumentIndexer.open(dir)) {
      for (int i = 0; i < 8_000; i++) {
        String text =
            (random.nextInt(5) == 4 ? "Hội nghị bàn việc khác" : "Công tác dân vận ở cơ sở")
                + (i % 30 == 0 ? ", mô hình hiếm gặp" : "")
                + ", tin số "
                + i
                + ".";
        ix.add(
            new ExtractedDocument(
                "p" + i,
                "https://tin.example.vn/" + i,
                "Tin " + i,
                LocalDate.of(2015 + i % 10, 1 + i % 12, 1 + i % 28),
                PROVINCES.get(random.nextInt(PROVINCES.size())),
                "tin.example.vn",
                "html",
                text,
                List.of(),
                List.of()));
        if (i % 2_000 == 1_999) ix.commit();
      }
      ix.commit();
    }
    service = SearchService.open(dir, false, 2);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  @Test
  void windowsHoldExactlyTheMatchesAFullPassFindsInThem() throws IOException {
    Query query = service.parse("dân vận").query();
    service.withSearcher(
        s -> {
          MatchingDocsCollectorManager.Sample sample =
              MatchingDocsCollectorManager.sampleWindows(s, query, 4, 64);
          List<Integer> inWindows = new ArrayList<>();
          for (int doc : globalDocs(s.search(query, new MatchingDocsCollectorManager()))) {
            if ((doc / 64) % 4 == 0) inWindows.add(doc);
          }
          assertThat(globalDocs(sample.docs())).isEqualTo(inWindows);
          assertThat(inWindows).hasSizeGreaterThan(400);
          long windowDocs = 0;
          for (int d = 0; d < s.getIndexReader().maxDoc(); d++) if ((d / 64) % 4 == 0) windowDocs++;
          assertThat(sample.share()).isEqualTo((double) windowDocs / s.getIndexReader().maxDoc());
          assertThat(MatchingDocsCollectorManager.sampleWindows(s, query, 1, 64).share())
              .isEqualTo(1.0);
          return null;
        });
  }

  @Test
  void broadQueriesAreEstimatedAndSayItNarrowOnesAreExact() throws IOException {
    FacetedSearch exact = new FacetedSearch(CONFIG, Long.MAX_VALUE, 1 << 30, 0, 16);
    FacetedSearch sampled = new FacetedSearch(CONFIG, 1_000, 800, 0, 16);
    service.withSearcher(
        s -> {
          SortedSetDocValuesReaderState state =
              new DefaultSortedSetDocValuesReaderState(s.getIndexReader(), CONFIG);
          for (Map<String, List<String>> filters :
              List.of(
                  Map.<String, List<String>>of(),
                  Map.of(IndexSchema.FACET_PROVINCE, List.of("Lạng Sơn")))) {
            Query broad = service.parse("dân vận").query();
            FacetedSearch.Result all =
                exact.search(s, state, broad, filters, null, 10, false, null);
            FacetedSearch.Result est =
                sampled.search(s, state, broad, filters, null, 10, false, null);
            assertThat(all.approximate()).isFalse();
            assertThat(all.total()).isGreaterThan(1_000);
            assertThat(est.approximate()).as("broad, %s", filters).isTrue();
            assertThat((double) est.total()).isCloseTo(all.total(), withPercentage(15));
            // scaled from the windows, not counted (a full count pass would give the exact total);
            // the filtered query, estimated at under twice the sample size, is counted in full and
            // only its facet counts are sampled
            if (filters.isEmpty()) assertThat(est.total()).isNotEqualTo(all.total());
            assertThat(est.top().scoreDocs).as("the hits are not sampled").hasSize(10);
            for (String province : PROVINCES) {
              int count = all.facets().get(IndexSchema.FACET_PROVINCE).get(province);
              assertThat((double) est.facets().get(IndexSchema.FACET_PROVINCE).get(province))
                  .as("%s, %s", province, filters)
                  .isCloseTo(count, withPercentage(25));
            }

            Query narrow = service.parse("hiếm gặp").query();
            FacetedSearch.Result few =
                exact.search(s, state, narrow, filters, null, 10, false, null);
            FacetedSearch.Result same =
                sampled.search(s, state, narrow, filters, null, 10, false, null);
            assertThat(same.approximate()).as("narrow, %s", filters).isFalse();
            assertThat(same.total()).isEqualTo(few.total());
            assertThat(same.facets()).isEqualTo(few.facets());
          }
          return null;
        });
  }

  private static List<Integer> globalDocs(List<MatchingDocs> docs) throws IOException {
    List<Integer> out = new ArrayList<>();
    for (MatchingDocs m : docs) {
      DocIdSetIterator it = m.bits().iterator();
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc())
        out.add(m.context().docBase + d);
    }
    return out;
  }
}
