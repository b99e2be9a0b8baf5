package vn.dva.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.dva.search.Json;
import vn.dva.search.SearchRequest;
import vn.dva.search.SearchResponse;
import vn.dva.search.SearchService;

class HitExporterTest {

  /** More hits than one page of {@link HitExporter#PAGE}, so searchAfter is exercised. */
  static final int DOCS = 2_500;

  @TempDir static Path dir;
  static SearchService search;
  static HitExporter exporter;

  @BeforeAll
  static void buildIndex() throws IOException {
    String[] provinces = {"Bình Phước", "Lạng Sơn", "Hà Giang", "Quảng Nam"};
    DirectiveCitation nq25 =
        new DirectiveCitation("25-NQ/TW", "NQ", "TW", LocalDate.of(2013, 6, 3), null, 1);
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      for (int i = 0; i < DOCS; i++) {
        // Repeating words and dates give many equal scores and dates: ties must not lose rows.
        indexer.add(
            new ExtractedDocument(
                "doc-" + i,
                "https://example.vn/tin/" + i,
                "Tin dân vận số " + (i % 7),
                i % 50 == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(i % 40),
                provinces[i % provinces.length],
                "example.vn",
                "html",
                "Công tác dân vận "
                    + "khéo ".repeat(i % 5)
                    + (i % 3 == 0 ? "thực hiện Nghị quyết 25-NQ/TW. " : "")
                    + "Bài số "
                    + i
                    + ".",
                i % 3 == 0 ? List.of(nq25) : List.of(),
                List.of()));
      }
      indexer.commit();
    }
    search = SearchService.open(dir, false);
    exporter = new HitExporter(search);
  }

  @AfterAll
  static void close() throws IOException {
    search.close();
  }

  static Stream<Arguments> requests() {
    return Stream.of(
        Arguments.of("every page, newest first", SearchRequest.builder().sort(newest()).build()),
        Arguments.of("a query by relevance", SearchRequest.builder().query("dân vận khéo").build()),
        Arguments.of(
            "a directive in one province, oldest first",
            SearchRequest.builder()
                .directives(List.of("25-nq/tw"))
                .provinces(List.of("Lạng Sơn"))
                .sort(SearchRequest.Sort.OLDEST)
                .build()),
        Arguments.of(
            "a date range",
            SearchRequest.builder()
                .from(LocalDate.of(2020, 1, 10))
                .to(LocalDate.of(2020, 1, 12))
                .sort(newest())
                .build()));
  }

  static SearchRequest.Sort newest() {
    return SearchRequest.Sort.NEWEST;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void exportsEveryHitOnceInTheOrderOfTheResultPages(String name, SearchRequest request)
      throws IOException {
    List<String> exported = new ArrayList<>();
    HitExporter.Summary s =
        exporter.export(request, collect(exported), -1, HitExporter.Progress.NONE);

    List<String> paged = new ArrayList<>();
    for (int page = 1; ; page++) {
      SearchResponse r = search.search(copy(request, page));
      r.hits().forEach(h -> paged.add(h.id()));
      if (r.hits().isEmpty() || (long) page * 100 >= r.total()) break;
    }
    assertThat(s.rows()).isEqualTo(s.total()).isEqualTo(exporter.count(request));
    assertThat(exported).doesNotHaveDuplicates().hasSize((int) s.total());
    // Result pages stop at SearchRequest.MAX_WINDOW; compare the part they show.
    assertThat(exported.subList(0, paged.size())).isEqualTo(paged);
  }

  @Test
  void skipAndLimitGiveOnePageOfTheList() throws IOException {
    SearchRequest request = SearchRequest.builder().sort(newest()).build();
    List<String> all = new ArrayList<>();
    exporter.export(request, collect(all), -1, HitExporter.Progress.NONE);
    List<String> window = new ArrayList<>();
    exporter.export(request, collect(window), 1_990, 20, HitExporter.Progress.NONE);
    assertThat(window).isEqualTo(all.subList(1_990, 2_010));
  }

  @Test
  void jsonLinesHoldOneObjectPerHitWithTheSearchFields() throws IOException {
    StringWriter out = new StringWriter();
    SearchRequest request =
        SearchRequest.builder()
            .directives(List.of("25-NQ/TW"))
            .provinces(List.of("Bình Phước"))
            .sort(newest())
            .build();
    HitExporter.Summary s =
        exporter.export(request, ExportFormat.JSONL.open(out), -1, HitExporter.Progress.NONE);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize((int) s.rows()).hasSizeGreaterThan(100);
    for (String line : lines) {
      JsonNode row = Json.MAPPER.readTree(line);
      assertThat(row.get("province").asText()).isEqualTo("Bình Phước");
      assertThat(row.get("directives").get(0).asText()).isEqualTo("25-NQ/TW");
      assertThat(row.get("lead").asText()).startsWith("Công tác dân vận");
    }
  }

  @Test
  void aFailingWriterStopsTheExportAtOnce() {
    List<String> rows = new ArrayList<>();
    RowWriter failing =
        new RowWriter() {
          @Override
          public void write(ExportRow row) throws IOException {
            if (rows.size() == 10) throw new IOException("client went away");
            rows.add(row.id());
          }

          @Override
          public void flush() {}
        };
    assertThatThrownBy(
            () ->
                exporter.export(
                    SearchRequest.builder().build(), failing, -1, HitExporter.Progress.NONE))
        .isInstanceOf(IOException.class)
        .hasMessage("client went away");
    assertThat(rows).hasSize(10);
  }

  @Test
  void progressIsReportedUpToTheTotal() throws IOException {
    List<long[]> reports = new ArrayList<>();
    exporter.export(
        SearchRequest.builder().build(),
        collect(new ArrayList<>()),
        -1,
        (written, total) -> reports.add(new long[] {written, total}));
    assertThat(reports).hasSizeGreaterThanOrEqualTo(3);
    assertThat(reports.get(reports.size() - 1)).containsExactly(DOCS, DOCS);
  }

  static RowWriter collect(List<String> ids) {
    return new RowWriter() {
      @Override
      public void write(ExportRow row) {
        ids.add(row.id());
      }

      @Override
      public void flush() {}
    };
  }

  static SearchRequest copy(SearchRequest r, int page) {
    return SearchRequest.builder()
        .query(r.query())
        .provinces(r.provinces())
        .directives(r.directives())
        .from(r.from())
        .to(r.to())
        .sort(r.sort())
        .page(page)
        .size(100)
        .build();
  }
}
