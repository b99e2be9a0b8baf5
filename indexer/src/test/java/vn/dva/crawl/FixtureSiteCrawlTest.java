package vn.dva.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.SharedData;
import vn.dva.cli.Main;
import vn.dva.index.IndexSchema;
import vn.dva.search.SearchRequest;
import vn.dva.search.SearchResponse;
import vn.dva.search.SearchService;

/**
 * CI only: crawls ../shared/fixtures/site (a NukeViet-like portal with robots.txt, sitemap, RSS and
 * a paged listing) as served on 127.0.0.1, honouring its Crawl-delay of 1 s, then runs {@code dva
 * index} over the archive alone and finds the articles by search. Skips with a message when
 * ../shared is absent.
 */
class FixtureSiteCrawlTest {

  static final List<String> ARTICLES =
      List.of(
          "/tin-tuc/lang-son-tang-cuong-cong-tac-dan-van.html",
          "/tin-tuc/binh-phuoc-day-manh-cong-tac-dan-van.html",
          "/tin-tuc/ket-qua-cong-tac-dan-van-nam-2014.html",
          "/tin-tuc/nam-dan-van-chinh-quyen-2020.html",
          "/tin-tuc/quang-ninh-dan-van-thon-ban.html");

  @TempDir Path out;

  @Test
  void crawlsTheFixturePortalAndIndexesItsFiveArticlesFromTheArchive() throws Exception {
    Path site = SharedData.requireRoot().resolve("fixtures/site");
    try (TestWebServer server = new TestWebServer()) {
      serve(server, site);
      Path sites = out.resolve("sites.tsv");
      Files.writeString(sites, "Bình Phước\t" + server.url("/") + "\n");
      PrintWriter log =
          new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);

      CrawlSummary summary =
          new Crawler(SitesFile.read(sites), out, CrawlConfig.defaults(), log).run();

      assertThat(summary.finished()).isTrue();
      assertThat(server.hits()).noneMatch(h -> h.target().startsWith("/quan-tri/"));
      for (String article : ARTICLES) assertThat(server.count(article)).as(article).isEqualTo(1);

      List<ArchivedDocument> documents = new ArrayList<>();
      WarcDocuments.read(WarcDocuments.files(out), documents::add);
      List<URI> urls = documents.stream().map(ArchivedDocument::url).toList();
      for (String article : ARTICLES) assertThat(urls).contains(URI.create(server.url(article)));

      Path index = out.resolve("index");
      ByteArrayOutputStream stdout = new ByteArrayOutputStream();
      ByteArrayOutputStream stderr = new ByteArrayOutputStream();
      PrintStream o = new PrintStream(stdout, true, StandardCharsets.UTF_8);
      PrintStream e = new PrintStream(stderr, true, StandardCharsets.UTF_8);
      int code =
          Main.run(new String[] {"index", "--index", index.toString(), out.toString()}, o, e);
      assertThat(code).as(stderr.toString(StandardCharsets.UTF_8)).isZero();
      try (SearchService search = SearchService.open(index)) {
        SearchResponse hits = search.search(SearchRequest.of("thôn bản"));
        assertThat(hits.hits())
            .extracting(SearchResponse.Hit::url)
            .contains(server.url("/tin-tuc/quang-ninh-dan-van-thon-ban.html"));
        for (String article : ARTICLES) {
          long found =
              search.withSearcher(
                  s -> s.count(new TermQuery(new Term(IndexSchema.ID, server.url(article)))));
          assertThat(found).as("indexed %s", article).isEqualTo(1);
        }
      }
    }
  }

  /** Serves the fixture folder, with PORT in the sitemap and feed replaced by the real port. */
  private static void serve(TestWebServer server, Path site) throws IOException {
    try (var files = Files.walk(site)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String rel = "/" + site.relativize(file).toString().replace('\\', '/');
        byte[] body = Files.readAllBytes(file);
        String type = contentType(rel);
        if (rel.endsWith(".xml")) {
          body =
              new String(body, StandardCharsets.UTF_8)
                  .replace("PORT", Integer.toString(server.port()))
                  .getBytes(StandardCharsets.UTF_8);
        }
        server.page(rel, type, body);
        if (rel.endsWith("/index.html"))
          server.page(rel.substring(0, rel.length() - "index.html".length()), type, body);
      }
    }
  }

  private static String contentType(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    if (p.endsWith(".html")) return "text/html; charset=utf-8";
    if (p.endsWith(".xml")) return p.contains("rss") ? "application/rss+xml" : "application/xml";
    return "text/plain; charset=utf-8";
  }
}
