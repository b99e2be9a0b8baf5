package vn.dva.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.crawl.Fetched;
import vn.dva.crawl.WarcArchive;
import vn.dva.extract.DocumentExtractor;
import vn.dva.search.SearchRequest;
import vn.dva.search.SearchResponse;
import vn.dva.search.SearchService;

/** The index can be rebuilt from the WARC archive alone: {@code dva index} reads .warc.gz files. */
class ArchiveIndexingTest {

  private static final String ARTICLE =
      "<html><head><meta charset=utf-8><title>Hà Giang đẩy mạnh dân vận khéo</title></head><body>"
          + "<nav>Trang chủ | Tin tức</nav><article><h1>Hà Giang đẩy mạnh dân vận khéo</h1>"
          + "<p>Thứ năm - 19/01/2023 10:20</p><p>Ban Dân vận Tỉnh ủy triển khai Chỉ thị số 18-CT/TU,"
          + " ngày 04/11/2022 về phong trào thi đua Dân vận khéo.</p></article></body></html>";

  static Fetched fetched(String url, String contentType, String body) {
    return new Fetched(
        URI.create(url),
        Instant.parse("2026-11-20T08:00:00Z"),
        ("GET " + URI.create(url).getPath() + " HTTP/1.1\r\nHost: bdv.example.vn\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII),
        200,
        List.of(new Fetched.Header("Content-Type", contentType)),
        body.getBytes(StandardCharsets.UTF_8),
        null);
  }

  @Test
  void indexesArchivedPagesOnceWithTheirSiteProvinceAndAlternateUrls(@TempDir Path tmp)
      throws Exception {
    Path archive = tmp.resolve("archive");
    try (WarcArchive warc = new WarcArchive(archive, 1 << 20, "dva-test")) {
      warc.writeResponse(
          fetched("http://bdv.example.vn/tin/1", "text/html; charset=utf-8", ARTICLE), "Hà Giang");
      warc.writeResponse(
          fetched("http://bdv.example.vn/tin/1?print=1", "text/html; charset=utf-8", ARTICLE),
          "Hà Giang");
      warc.writeResponse(
          fetched("http://bdv.example.vn/robots.txt", "text/plain", "User-agent: *\nDisallow:\n"),
          "Hà Giang");
    }
    StringWriter log = new StringWriter();
    IndexRun.Summary summary =
        new IndexRun(new DocumentExtractor(), new PrintWriter(log, true), 10, 2)
            .run(tmp.resolve("index"), List.of(archive));

    assertThat(summary.failed()).as(log.toString()).isZero();
    assertThat(summary.indexed()).isEqualTo(1);
    try (SearchService search = SearchService.open(tmp.resolve("index"))) {
      SearchResponse r = search.search(SearchRequest.of("dan van kheo"));
      assertThat(r.total()).isEqualTo(1);
      SearchResponse.Hit hit = r.hits().get(0);
      assertThat(hit.url()).isEqualTo("http://bdv.example.vn/tin/1");
      assertThat(hit.province()).isEqualTo("Hà Giang");
      assertThat(hit.provinceNow()).isEqualTo("Tuyên Quang");
      assertThat(hit.published()).hasToString("2023-01-19");
      assertThat(hit.directives()).extracting(c -> c.number()).contains("18-CT/TU");
      Document stored =
          search.withSearcher(
              s -> {
                TopDocs top = s.search(new TermQuery(new Term(IndexSchema.ID, hit.id())), 1);
                return s.storedFields().document(top.scoreDocs[0].doc);
              });
      assertThat(stored.getValues(IndexSchema.ALTERNATE_URL))
          .containsExactly("http://bdv.example.vn/tin/1?print=1");
    }
    assertThat(Files.list(archive).count()).isPositive();
  }
}
