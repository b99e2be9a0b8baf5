package vn.dva.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.javalin.testtools.TestCase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import vn.dva.search.Json;
import vn.dva.search.SearchService;

class WebAppTest {

  @TempDir static Path dir;
  static SearchService search;

  @BeforeAll
  static void index() throws Exception {
    search = SearchService.open(TestIndex.build(dir.resolve("index")));
  }

  @AfterAll
  static void close() throws Exception {
    search.close();
  }

  static void run(TestCase test) {
    JavalinTest.test(WebApp.create(search), test);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static JsonNode json(Response r) throws Exception {
    return Json.MAPPER.readTree(r.body().string());
  }

  static List<String> titles(JsonNode body) {
    List<String> out = new ArrayList<>();
    body.get("hits").forEach(h -> out.add(h.get("title").asText()));
    return out;
  }

  @Test
  void apiSearchAnswersWithTheJsonOfDvaSearch() {
    run(
        (app, client) -> {
          Response r = client.get("/api/search?q=" + enc("dân vận khéo"));
          assertThat(r.code()).isEqualTo(200);
          assertThat(r.headers().get("Content-Type").get(0)).startsWith("application/json");
          JsonNode body = json(r);
          assertThat(body.get("total").asInt()).isEqualTo(1);
          JsonNode hit = body.get("hits").get(0);
          assertThat(hit.get("title").asText()).contains("Dân vận khéo");
          assertThat(hit.get("published").asText()).isEqualTo("2023-01-19");
          assertThat(hit.get("province").asText()).isEqualTo("Bình Phước");
          assertThat(hit.get("snippet").asText()).contains("<mark>");
          assertThat(hit.get("directives").get(0).get("number").asText()).isEqualTo("25-NQ/TW");
          assertThat(body.get("facets").fieldNames())
              .toIterable()
              .contains("province", "province_now", "year", "type", "directive", "source");
        });
  }

  @Test
  void broadSearchesSayTheirCountsAreEstimatesNarrowOnesDoNot() throws Exception {
    // Exact counts up to 2 matching documents: a blank query matches them all and is sampled.
    try (SearchService sampling = SearchService.open(dir.resolve("index"), false, 1, 2)) {
      JavalinTest.test(
          WebApp.create(sampling),
          (app, client) -> {
            JsonNode broad = json(client.get("/api/search?q="));
            assertThat(broad.get("total").asInt()).isGreaterThan(2);
            assertThat(broad.get("approximate").asBoolean()).isTrue();
            String page = client.get("/?q=").body().string();
            assertThat(page)
                .contains("id=\"facets-approximate\"")
                .contains("class=\"n\">≈")
                .contains("id=\"total\">≈");

            JsonNode narrow = json(client.get("/api/search?q=" + enc("dân vận khéo")));
            assertThat(narrow.get("total").asInt()).isEqualTo(1);
            assertThat(narrow.get("approximate").asBoolean()).isFalse();
            String narrowPage = client.get("/?q=" + enc("dân vận khéo")).body().string();
            assertThat(narrowPage).doesNotContain("facets-approximate").doesNotContain(">≈");
          });
    }
  }

  @Test
  void accentLessQueryFindsAccentedArticles() {
    run(
        (app, client) ->
            assertThat(titles(json(client.get("/api/search?q=" + enc("dan van kheo")))))
                .containsExactly("Phong trào thi đua “Dân vận khéo” năm 2023"));
  }

  @Test
  void provinceFacetCountsAreDrillSideways() {
    run(
        (app, client) -> {
          JsonNode body = json(client.get("/api/search?province=" + enc("Bình Phước")));
          assertThat(body.get("total").asInt()).isEqualTo(2);
          assertThat(body.get("facets").get("province").get("Lạng Sơn").asInt()).isEqualTo(1);
          assertThat(body.get("facets").get("year").get("2024").asInt()).isEqualTo(1);
        });
  }

  @Test
  void twoValuesOfOneFacetMeanEitherOfThem() {
    run(
        (app, client) ->
            assertThat(
                    json(client.get(
                            "/api/search?province="
                                + enc("Bình Phước")
                                + "&province="
                                + enc("Lạng Sơn")))
                        .get("total")
                        .asInt())
                .isEqualTo(3));
  }

  @Test
  void sortNewestPutsTheLatestArticleFirst() {
    run(
        (app, client) -> {
          JsonNode hits = json(client.get("/api/search?sort=newest")).get("hits");
          assertThat(hits.get(0).get("published").asText()).isEqualTo("2024-06-15");
          JsonNode oldest = json(client.get("/api/search?sort=oldest")).get("hits");
          assertThat(oldest.get(0).get("published").asText()).isEqualTo("2018-05-10");
        });
  }

  @Test
  void dateRangeKeepsArticlesInsideIt() {
    run(
        (app, client) -> {
          JsonNode body = json(client.get("/api/search?from=2023-01-01&to=31/12/2023"));
          assertThat(body.get("total").asInt()).isEqualTo(2);
        });
  }

  @Test
  void pagingReturnsTheRequestedSlice() {
    run(
        (app, client) -> {
          JsonNode body = json(client.get("/api/search?sort=oldest&size=2&page=2"));
          assertThat(body.get("hits")).hasSize(2);
          assertThat(body.get("hits").get(0).get("published").asText()).isEqualTo("2022-08-08");
        });
  }

  @Test
  void searchPageShowsResultsWithDateSnippetDirectiveLinksFacetsAndTimeline() {
    run(
        (app, client) -> {
          Response r = client.get("/?q=" + enc("dân vận"));
          assertThat(r.code()).isEqualTo(200);
          String html = r.body().string();
          assertThat(html)
              .contains("<html lang=\"vi\">")
              .contains("19/01/2023")
              .contains("<mark>")
              .contains("href=\"/directive?number=25-NQ%2FTW\"")
              .contains("id=\"facet-province_now\"")
              .contains("Tuyên Quang")
              .contains("<svg class=\"timeline\"")
              .contains("Mới nhất");
        });
  }

  @Test
  void searchPageOffersAccentedSpellingForAnAccentLessQuery() {
    run(
        (app, client) ->
            assertThat(client.get("/?q=" + enc("dan van")).body().string())
                .contains("Có phải bạn muốn tìm")
                .contains(">dân vận</a>"));
  }

  @Test
  void searchPageCorrectsAMisspeltWord() {
    run(
        (app, client) ->
            assertThat(client.get("/?q=" + enc("thanh nieen")).body().string())
                .contains(">thanh niên</a>"));
  }

  @Test
  void suggestCompletesDirectiveNumbersInAnySpelling() {
    run(
        (app, client) -> {
          assertThat(
                  json(client.get("/api/suggest?q=25"))
                      .get("suggestions")
                      .get(0)
                      .get("term")
                      .asText())
              .isEqualTo("25-NQ/TW");
          assertThat(
                  json(client.get("/api/suggest?q=217-qd"))
                      .get("suggestions")
                      .get(0)
                      .get("term")
                      .asText())
              .isEqualTo("217-QĐ/TW");
          Response blank = client.get("/api/suggest?q=");
          assertThat(blank.code()).isEqualTo(400);
          assertThat(json(blank).get("error").asText()).contains("\"q\"");
        });
  }

  @Test
  void csvExportHasOneRowPerHit() {
    run(
        (app, client) -> {
          Response r =
              client.get("/search.csv?q=" + enc("dân vận") + "&province=" + enc("Lạng Sơn"));
          assertThat(r.code()).isEqualTo(200);
          assertThat(r.headers().get("Content-Type").get(0)).startsWith("text/csv");
          assertThat(r.headers().get("Content-Disposition").get(0)).startsWith("attachment");
          List<String> lines = r.body().string().lines().toList();
          assertThat(lines).hasSize(2);
          assertThat(lines.get(0))
              .endsWith(
                  "id,title,url,province,province_now,published,source,directives,lead,story,versions");
          assertThat(lines.get(1)).contains("Lạng Sơn", "2023-03-02", "18-CT/TU 25-NQ/TW");
        });
  }

  @Test
  void csvExportWithoutAPageHoldsTheWholeResultList() {
    run(
        (app, client) -> {
          assertThat(client.get("/search.csv?size=2&sort=oldest").body().string().lines())
              .hasSize(1 + TestIndex.documents().size());
          assertThat(client.get("/search.csv?size=2&page=2").body().string().lines()).hasSize(3);
        });
  }

  @Test
  void staticAssetsAndTheBatchFormAreServedWithTheirTypes() {
    run(
        (app, client) -> {
          Response css = client.get("/static/app.css");
          assertThat(css.headers().get("Content-Type").get(0)).startsWith("text/css");
          assertThat(css.body().string()).contains("mark{");
          Response js = client.get("/static/app.js");
          assertThat(js.headers().get("Content-Type").get(0)).startsWith("text/javascript");
          assertThat(js.body().string()).contains("/api/suggest");
          String form = client.get("/batch").body().string();
          assertThat(form)
              .contains("<textarea id=\"numbers\" name=\"numbers\"")
              .contains("type=\"file\"");
          assertThat(client.get("/batch?x=1").code()).isEqualTo(400);
        });
  }

  @Test
  void openApiDescribesTheApi() {
    run(
        (app, client) -> {
          JsonNode body = json(client.get("/openapi.json"));
          assertThat(body.get("openapi").asText()).startsWith("3.");
          assertThat(body.get("paths").fieldNames())
              .toIterable()
              .contains("/api/search", "/api/suggest");
        });
  }

  static Stream<Arguments> badParameters() {
    return Stream.of(
        Arguments.of("page=-1", "page"),
        Arguments.of("page=0", "page"),
        Arguments.of("page=99999999999999999999", "page"),
        Arguments.of("page=abc", "page"),
        Arguments.of("page=5000&size=100", "page"),
        Arguments.of("size=100000", "size"),
        Arguments.of("size=0", "size"),
        Arguments.of("q=" + "a".repeat(1500), "1500"),
        Arguments.of("foo=bar", "foo"),
        Arguments.of("year=abc", "year"),
        Arguments.of("year=20000", "year"),
        Arguments.of("from=hôm-qua", "from"),
        Arguments.of("from=2024-01-01&to=2023-01-01", "empty"),
        Arguments.of("sort=random", "sort"));
  }

  @ParameterizedTest
  @MethodSource("badParameters")
  void badParametersGetA400WithAJsonMessageFromTheApi(String query, String named) {
    run(
        (app, client) -> {
          Response r = client.get("/api/search?" + query);
          assertThat(r.code()).isEqualTo(400);
          String error = json(r).get("error").asText();
          assertThat(error).contains(named).doesNotContain("Exception").doesNotContain("at vn.");
        });
  }

  @ParameterizedTest
  @MethodSource("badParameters")
  void badParametersGetA400WithAnHtmlMessageFromThePage(String query, String named) {
    run(
        (app, client) -> {
          Response r = client.get("/?" + query);
          assertThat(r.code()).isEqualTo(400);
          assertThat(r.headers().get("Content-Type").get(0)).startsWith("text/html");
          assertThat(r.body().string())
              .contains("Yêu cầu không hợp lệ")
              .contains(named)
              .doesNotContain("Exception");
        });
  }

  @Test
  void unknownPathsAre404InTheirOwnFormat() {
    run(
        (app, client) -> {
          Response api = client.get("/api/nothing");
          assertThat(api.code()).isEqualTo(404);
          assertThat(json(api).get("error").asText()).contains("/api/nothing");
          Response page = client.get("/nothing");
          assertThat(page.code()).isEqualTo(404);
          assertThat(page.body().string()).contains("Không tìm thấy trang");
        });
  }

  @Test
  void everyAnswerCarriesSecurityHeaders() {
    run(
        (app, client) -> {
          for (String path : List.of("/", "/api/search", "/nothing", "/api/search?page=-1")) {
            Response r = client.get(path);
            assertThat(r.headers().get("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(r.headers().get("Content-Security-Policy").get(0))
                .contains("frame-ancestors")
                .contains("script-src 'self'");
          }
        });
  }
}
