package vn.dva.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dva.extract.DirectiveCitation;
import vn.dva.extract.ExtractedDocument;
import vn.dva.index.DocumentIndexer;

class SearchServiceTest {

  @TempDir static Path dir;
  static SearchService service;

  static ExtractedDocument doc(
      String id,
      String title,
      String text,
      LocalDate published,
      String province,
      DirectiveCitation... cites) {
    return new ExtractedDocument(
        id,
        "https://example.vn/" + id,
        title,
        published,
        province,
        "example.vn",
        "html",
        text,
        List.of(cites),
        List.of());
  }

  static DirectiveCitation cite(String number, String type, String issuer, LocalDate issued) {
    return new DirectiveCitation(number, type, issuer, issued, null, 1);
  }

  @BeforeAll
  static void buildIndex() throws IOException {
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      indexer.add(
          doc(
              "a",
              "Bình Phước đẩy mạnh công tác dân vận",
              "Cấp ủy các cấp tiếp tục thực hiện Chỉ thị số 18-CT/TU về phong trào thi đua Dân vận khéo.",
              LocalDate.of(2023, 1, 19),
              "Bình Phước",
              cite("18-CT/TU", "CT", "TU", LocalDate.of(2022, 11, 4))));
      indexer.add(
          doc(
              "b",
              "Lạng Sơn tổng kết công tác dân vận năm 2022",
              "Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 18-CT/TW và Chỉ thị 16-CT/TU; Mặt trận Tổ quốc tham gia giám sát.",
              LocalDate.of(2022, 12, 30),
              "Lạng Sơn",
              cite("18-CT/TW", "CT", "TW", null),
              cite("16-CT/TU", "CT", "TU", null)));
      indexer.add(
          doc(
              "c",
              "Hội nghị về công tác tôn giáo",
              "Quán triệt Nghị quyết số 25-NQ/TW ngày 12/3/2003 về công tác tôn giáo; dân vận chính quyền.",
              LocalDate.of(2018, 3, 15),
              "An Giang",
              cite("25-NQ/TW", "NQ", "TW", LocalDate.of(2003, 3, 12))));
      indexer.add(
          doc(
              "d",
              "Bài không có ngày",
              "Nội dung về thanh niên <script>alert(1)</script> và dân vận.",
              null,
              null));
      indexer.commit();
    }
    service = SearchService.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(SearchResponse.Hit::id).toList();
  }

  static Stream<Arguments> queries() {
    return Stream.of(
        Arguments.of("dân vận", List.of("a", "b", "c", "d")),
        Arguments.of("dân vận khéo", List.of("a")),
        Arguments.of("\"tổng kết công tác\"", List.of("b")),
        Arguments.of("\"tôn giáo\" OR \"thanh niên\"", List.of("c", "d")),
        Arguments.of("Lạng OR Phước", List.of("a", "b")),
        Arguments.of("dân vận -tôn", List.of("a", "b", "d")),
        Arguments.of("title:lạng", List.of("b")),
        Arguments.of("province:\"Bình Phước\"", List.of("a")),
        Arguments.of("18-CT/TU", List.of("a")),
        Arguments.of("25-NQ/TW tôn giáo", List.of("c")),
        Arguments.of("12/3/2003", List.of("c")),
        Arguments.of("", List.of("a", "b", "c", "d")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("queries")
  void findsWhatTheQueryAsksFor(String query, List<String> expected) throws IOException {
    SearchResponse r = service.search(SearchRequest.builder().query(query).size(20).build());
    assertThat(ids(r)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(r.total()).isEqualTo(expected.size());
  }

  @Test
  void directiveQueryDoesNotMatchNeighbouringNumbers() throws IOException {
    SearchResponse r = service.search(SearchRequest.of("18-CT/TU"));
    assertThat(ids(r)).containsExactly("a");
    assertThat(r.hits().get(0).directives())
        .extracting(DirectiveCitation::number)
        .containsExactly("18-CT/TU");
  }

  @Test
  void facetCountsAreDrillSideways() throws IOException {
    SearchResponse r =
        service.search(
            SearchRequest.builder().query("dân vận").provinces(List.of("Lạng Sơn")).build());
    assertThat(ids(r)).containsExactly("b");
    assertThat(r.facets().get("province"))
        .containsEntry("Lạng Sơn", 1)
        .containsEntry("Bình Phước", 1)
        .containsEntry("An Giang", 1);
    assertThat(r.facets().get("year")).containsOnlyKeys("2022");
    assertThat(r.facets().get("directive")).containsOnlyKeys("18-CT/TW", "16-CT/TU");
    assertThat(r.facets().get("identity")).containsOnlyKeys("18-CT/TW@?", "16-CT/TU@?");
  }

  @Test
  void provinceNowFacetFollowsThe2025Merger() throws IOException {
    SearchResponse r = service.search(SearchRequest.of("dân vận"));
    assertThat(r.facets().get("province_now"))
        .containsEntry("Đồng Nai", 1)
        .containsEntry("Lạng Sơn", 1)
        .containsEntry("An Giang", 1);
    SearchResponse dongNai =
        service.search(SearchRequest.builder().provincesNow(List.of("Đồng Nai")).build());
    assertThat(ids(dongNai)).containsExactly("a");
  }

  @Test
  void filtersByDirectiveInAnySpelling() throws IOException {
    SearchResponse r =
        service.search(SearchRequest.builder().directives(List.of("25-nq/tw")).build());
    assertThat(ids(r)).containsExactly("c");
    assertThat(r.facets().get("identity")).containsEntry("25-NQ/TW@2003", 1);
  }

  @Test
  void sortsByDateWithUndatedLast() throws IOException {
    SearchResponse newest =
        service.search(
            SearchRequest.builder().query("dân vận").sort(SearchRequest.Sort.NEWEST).build());
    assertThat(ids(newest)).containsExactly("a", "b", "c", "d");
    SearchResponse oldest =
        service.search(
            SearchRequest.builder().query("dân vận").sort(SearchRequest.Sort.OLDEST).build());
    assertThat(ids(oldest)).containsExactly("c", "b", "a", "d");
  }

  @Test
  void pagesThroughResults() throws IOException {
    SearchRequest.Builder b =
        SearchRequest.builder().query("dân vận").sort(SearchRequest.Sort.NEWEST).size(3);
    assertThat(ids(service.search(b.page(1).build()))).containsExactly("a", "b", "c");
    SearchResponse second = service.search(b.page(2).build());
    assertThat(ids(second)).containsExactly("d");
    assertThat(second.total()).isEqualTo(4);
    assertThat(ids(service.search(b.page(3).build()))).isEmpty();
  }

  @Test
  void filtersByDateRange() throws IOException {
    SearchResponse r =
        service.search(
            SearchRequest.builder()
                .from(LocalDate.of(2022, 1, 1))
                .to(LocalDate.of(2022, 12, 31))
                .build());
    assertThat(ids(r)).containsExactly("b");
  }

  @Test
  void snippetsMarkMatchesAndEscapeDocumentText() throws IOException {
    SearchResponse r = service.search(SearchRequest.of("thanh niên"));
    String snippet = r.hits().get(0).snippet();
    assertThat(snippet).contains("<mark>").contains("&lt;script&gt;").doesNotContain("<script>");
  }

  @Test
  void snippetMarksTheDirectiveNumber() throws IOException {
    String snippet = service.search(SearchRequest.of("25-NQ/TW")).hits().get(0).snippet();
    assertThat(snippet).contains("<mark>").contains("12/3/2003");
  }

  static Stream<String> onceSyntaxErrors() {
    return Stream.of("\"unclosed phrase", "title:(dân vận", "AND", "*vận", "[2020 TO");
  }

  @ParameterizedTest
  @MethodSource("onceSyntaxErrors")
  void queriesThatOnceWereSyntaxErrorsAreSearchedAsText(String query) throws IOException {
    assertThat(service.search(SearchRequest.of(query)).hits()).isNotNull();
  }

  @Test
  void rejectsBadPagingWithAMessageNamingTheValue() {
    assertThatThrownBy(() -> SearchRequest.builder().page(0).build()).hasMessageContaining("got 0");
    assertThatThrownBy(() -> SearchRequest.builder().size(1000).build())
        .hasMessageContaining("got 1000");
    assertThatThrownBy(() -> SearchRequest.builder().page(5000).size(100).build())
        .hasMessageContaining("5000");
    assertThatThrownBy(() -> SearchRequest.builder().query("x".repeat(5000)).build())
        .hasMessageContaining("5000");
  }

  @Test
  void reindexingTheSameIdReplacesTheDocument(@TempDir Path other) throws IOException {
    try (DocumentIndexer indexer = DocumentIndexer.open(other)) {
      indexer.add(doc("x", "Bản cũ", "nội dung cũ", null, null));
      indexer.add(doc("x", "Bản mới", "nội dung mới", null, null));
      indexer.commit();
    }
    try (SearchService s = SearchService.open(other)) {
      SearchResponse r = s.search(SearchRequest.of("nội dung"));
      assertThat(r.total()).isEqualTo(1);
      assertThat(r.hits().get(0).title()).isEqualTo("Bản mới");
    }
  }

  @Test
  void theSampleSizeComesFromItsPropertyAndABadValueSaysWhatIsWanted() {
    assertThat(SearchService.sampleSize()).isEqualTo(SearchService.DEFAULT_SAMPLE_SIZE);
    try {
      System.setProperty(SearchService.SAMPLE_SIZE_PROPERTY, " 20000 ");
      assertThat(SearchService.sampleSize()).isEqualTo(20_000);
      for (String bad : List.of("0", "-3", "many", "3000000000")) {
        System.setProperty(SearchService.SAMPLE_SIZE_PROPERTY, bad);
        assertThatThrownBy(SearchService::sampleSize)
            .hasMessageContaining("dva.facets.sample must be a whole number 1 to 2147483647")
            .hasMessageContaining(bad);
      }
    } finally {
      System.clearProperty(SearchService.SAMPLE_SIZE_PROPERTY);
    }
  }

  @Test
  void openingAMissingIndexSaysWhatToDo(@TempDir Path empty) {
    assertThatThrownBy(() -> SearchService.open(empty.resolve("nothing")))
        .hasMessageContaining("no index at")
        .hasMessageContaining("dva index");
  }
}
