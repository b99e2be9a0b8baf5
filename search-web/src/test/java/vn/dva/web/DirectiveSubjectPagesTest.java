package vn.dva.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.TestCase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.extract.DocumentExtractor;
import vn.dva.index.IndexRun;
import vn.dva.search.Json;
import vn.dva.search.SearchService;

/**
 * Subject, issuing body and coverage of directives over the bundled corpus (corpus/pages), indexed
 * with the product's own extractor into a Lucene index on disk and served on a loopback port.
 */
class DirectiveSubjectPagesTest {

  @TempDir static Path dir;
  static SearchService search;

  @BeforeAll
  static void indexTheBundledCorpus() throws Exception {
    new IndexRun(new DocumentExtractor(), new PrintWriter(new StringWriter()), 500, 1)
        .run(dir, List.of(Path.of("..", "corpus", "pages")));
    search = SearchService.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    search.close();
  }

  static void run(TestCase test) {
    JavalinTest.test(WebApp.create(search), test);
  }

  static JsonNode identity2013(JsonNode report) {
    for (JsonNode i : report.get("identities")) {
      if (i.get("key").asText().equals("25-NQ/TW@2013")) return i;
    }
    throw new AssertionError("no 25-NQ/TW@2013 in " + report);
  }

  @Test
  void directivesApiGivesTheSubjectAndIssuerTheCitationsAgreeOn() {
    run(
        (app, client) -> {
          JsonNode body =
              Json.MAPPER.readTree(
                  client
                      .get("/api/directives?number=" + WebAppTest.enc("25-NQ/TW"))
                      .body()
                      .string());
          JsonNode i = identity2013(body);
          assertThat(i.get("subject").asText())
              .isEqualTo(
                  "tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới");
          assertThat(i.get("issuedBy").asText()).isEqualTo("Ban Chấp hành Trung ương Đảng");
          assertThat(i.get("subjectVariants").get(0).get("count").asInt()).isGreaterThan(1);
        });
  }

  @Test
  void directivePageShowsSubjectAndIssuer() {
    run(
        (app, client) -> {
          String html =
              client.get("/directive?number=" + WebAppTest.enc("25-NQ/TW")).body().string();
          assertThat(html)
              .contains("Về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận")
              .contains("<span class=\"issued-by\">Ban Chấp hành Trung ương Đảng</span>");
        });
  }

  @Test
  void searchingTheSubjectWordsOffersTheDirectiveAboveTheResults() {
    run(
        (app, client) -> {
          String html =
              client
                  .get("/?q=" + WebAppTest.enc("doi moi su lanh dao cong tac dan van"))
                  .body()
                  .string();
          int document = html.indexOf("<p class=\"document\">");
          assertThat(document).isPositive();
          assertThat(html.substring(document, html.indexOf("</p>", document)))
              .contains("văn bản")
              .contains("25-NQ/TW")
              .contains("(2013)");
          assertThat(document).isLessThan(html.indexOf("class=\"hits\""));
        });
  }

  @Test
  void coverageApiHasBothProvinceSchemesWithEvidence() {
    run(
        (app, client) -> {
          JsonNode c =
              Json.MAPPER.readTree(
                  client
                      .get("/api/directives/coverage?identity=" + WebAppTest.enc("25-NQ/TW@2013"))
                      .body()
                      .string());
          assertThat(c.get("identity").asText()).isEqualTo("25-NQ/TW@2013");
          assertThat(c.get("before2025")).hasSize(63);
          assertThat(c.get("now")).hasSize(34);
          JsonNode longAn = null;
          for (JsonNode r : c.get("before2025")) {
            if (r.get("province").asText().equals("Long An")) longAn = r;
          }
          assertThat(longAn.get("reviews").get(0).get("kind").asText()).isEqualTo("sơ kết");
          assertThat(longAn.get("reviews").get(0).get("date").asText()).isEqualTo("2018-06-01");
          assertThat(longAn.get("missing").get(0).get("years").asInt()).isEqualTo(10);
        });
  }

  @Test
  void coverageCsvIsADownloadWithOneRowPerProvince() {
    run(
        (app, client) -> {
          var r =
              client.get(
                  "/directive/coverage.csv?provinces=63&identity="
                      + WebAppTest.enc("25-nq/tw@2013"));
          assertThat(r.code()).isEqualTo(200);
          assertThat(r.headers().get("Content-Disposition").get(0)).contains("attachment");
          String body = r.body().string();
          assertThat(body.split("\r\n")).hasSize(64);
          assertThat(body).contains("\r\nHà Nội,chưa thấy,chưa thấy,chưa thấy,");
        });
  }

  @Test
  void coverageRefusesBadParametersWithA400() {
    run(
        (app, client) -> {
          assertThat(client.get("/api/directives/coverage").code()).isEqualTo(400);
          assertThat(
                  client
                      .get("/api/directives/coverage?identity=" + WebAppTest.enc("25-NQ/TW"))
                      .body()
                      .string())
              .contains("e.g. 25-NQ/TW@2013");
          assertThat(
                  client
                      .get(
                          "/api/directives/coverage?provinces=40&identity="
                              + WebAppTest.enc("25-NQ/TW@2013"))
                      .code())
              .isEqualTo(400);
        });
  }

  @Test
  void directivePageShowsTheCoverageTableWithNotSeenCells() {
    run(
        (app, client) -> {
          String html =
              client.get("/directive?number=" + WebAppTest.enc("25-NQ/TW")).body().string();
          int table =
              html.indexOf(
                  "<table class=\"coverage stack\" role=\"table\" data-identity=\"25-NQ/TW@2013\">");
          assertThat(table).isPositive();
          String coverage = html.substring(table, html.indexOf("</table>", table));
          assertThat(coverage.split("<tr role=\"row\" class=")).hasSize(35);
          assertThat(coverage)
              .contains("<th scope=\"row\" role=\"rowheader\">Tây Ninh</th>")
              .contains("chưa thấy");
          String old =
              client
                  .get("/directive?provinces=63&number=" + WebAppTest.enc("25-NQ/TW"))
                  .body()
                  .string();
          assertThat(old).contains("<th scope=\"row\" role=\"rowheader\">Long An</th>");
        });
  }

  @Test
  void hitCitationsAndTheReviewsListCarryTheSubjectAndIssuer() {
    run(
        (app, client) -> {
          JsonNode hits =
              Json.MAPPER
                  .readTree(
                      client
                          .get("/api/search?directive=" + WebAppTest.enc("25-NQ/TW") + "&size=50")
                          .body()
                          .string())
                  .get("hits");
          boolean subjectInACitation = false;
          for (JsonNode h : hits) {
            for (JsonNode d : h.get("directives")) {
              if (d.get("subjects").toString().contains("đổi mới sự lãnh đạo của Đảng")) {
                subjectInACitation = true;
              }
            }
          }
          assertThat(subjectInACitation).isTrue();
          String page = client.get("/?directive=" + WebAppTest.enc("25-NQ/TW")).body().string();
          assertThat(page).contains("<small class=\"subject\"");

          String reviews = client.get("/reviews?year=2023").body().string();
          // both resolutions numbered 25 are due in 2023 (2003: 20 years, 2013: 10), each with its
          // own
          assertThat(reviews)
              .contains(
                  ">25-NQ/TW</a><br><small class=\"issued-by\">Ban Chấp hành Trung ương Đảng</small>"
                      + "<br><small class=\"subject\">về tăng cường và đổi mới sự lãnh đạo của Đảng")
              .contains("<small class=\"subject\">về công tác tôn giáo</small>");
          String csv = client.get("/reviews.csv?year=2023").body().string();
          assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",subject,issued_by");
          assertThat(csv)
              .contains(
                  "tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình"
                      + " hình mới,Ban Chấp hành Trung ương Đảng");
        });
  }
}
