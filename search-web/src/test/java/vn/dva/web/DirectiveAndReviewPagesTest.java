package vn.dva.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.javalin.testtools.TestCase;
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

class DirectiveAndReviewPagesTest {

  @TempDir static Path dir;
  static SearchService search;

  @BeforeAll
  static void index() throws Exception {
    search = SearchService.open(TestIndex.build(dir));
  }

  @AfterAll
  static void close() throws Exception {
    search.close();
  }

  static void run(TestCase test) {
    JavalinTest.test(WebApp.create(search), test);
  }

  static String enc(String s) {
    return WebAppTest.enc(s);
  }

  static JsonNode json(Response r) throws Exception {
    return Json.MAPPER.readTree(r.body().string());
  }

  @Test
  void directivesApiListsOneEntryPerIdentity() {
    run(
        (app, client) -> {
          JsonNode body = json(client.get("/api/directives?number=" + enc("25-nq/tw")));
          assertThat(body.get("number").asText()).isEqualTo("25-NQ/TW");
          JsonNode ids = body.get("identities");
          assertThat(ids).hasSize(2);
          assertThat(ids.get(0).get("issued").asText()).isEqualTo("2008-07-25");
          assertThat(ids.get(0).get("articles")).hasSize(1);
          assertThat(ids.get(1).get("issued").asText()).isEqualTo("2013-06-03");
          assertThat(ids.get(1).get("issuer").asText()).isEqualTo("TW");
          assertThat(ids.get(1).get("mentions").asInt()).isEqualTo(6);
          assertThat(ids.get(1).get("articles")).hasSize(3);
          assertThat(ids.get(1).get("relations").get(0).get("number").asText())
              .isEqualTo("43-KL/TW");
          assertThat(ids.get(1).get("relations").get(0).get("direction").asText()).isEqualTo("in");
          JsonNode tenYears = ids.get(1).get("reviews").get(1);
          assertThat(tenYears.get("years").asInt()).isEqualTo(10);
          assertThat(tenYears.get("kind").asText()).isEqualTo("tổng kết");
          assertThat(tenYears.get("evidence").get(0).get("id").asText())
              .isEqualTo("https://binhphuoc.dcs.vn/tin/dan-van-kheo-2023");
        });
  }

  @Test
  void directivePageGroupsCitingArticlesByProvinceAndYear() {
    run(
        (app, client) -> {
          String html = client.get("/directive?number=" + enc("25-NQ/TW")).body().string();
          assertThat(html)
              .contains("<h1>Văn bản số 25-NQ/TW</h1>")
              .contains("ngày 03/06/2013")
              .contains("ngày 25/07/2008")
              .contains("<strong>Bình Phước</strong> (1)")
              .contains("<strong>2023</strong>")
              .contains("tổng kết 10 năm")
              .contains("Phong trào thi đua “Dân vận khéo” năm 2023")
              .contains(
                  "<a href=\"/directive?number=43-KL%2FTW\">43-KL/TW</a> tiếp tục thực hiện văn bản này");
        });
  }

  @Test
  void localDirectiveShowsItsProvince() {
    run(
        (app, client) ->
            assertThat(client.get("/directive?number=" + enc("18-CT/TU")).body().string())
                .contains("Tỉnh: <a href=\"/province?name=L%E1%BA%A1ng+S%C6%A1n\">Lạng Sơn</a>"));
  }

  @Test
  void unknownButValidNumberSaysNoArticleCitesIt() {
    run(
        (app, client) -> {
          Response r = client.get("/directive?number=" + enc("99-NQ/TW"));
          assertThat(r.code()).isEqualTo(200);
          assertThat(r.body().string()).contains("Chưa có bài nào");
        });
  }

  static List<String> numbers(JsonNode due) {
    List<String> out = new ArrayList<>();
    due.forEach(d -> out.add(d.get("number").asText() + "@" + d.get("years").asInt()));
    return out;
  }

  @Test
  void reviewsApiListsBindingDirectivesAtFiveYearAnniversaries() {
    run(
        (app, client) -> {
          JsonNode body = json(client.get("/api/reviews?year=2023"));
          assertThat(body.get("year").asInt()).isEqualTo(2023);
          assertThat(numbers(body.get("due")))
              .containsExactly("25-NQ/TW@15", "23-CT/TW@10", "25-NQ/TW@10", "217-QĐ/TW@10");
          JsonNode first = body.get("due").get(0);
          assertThat(first.get("kind").asText()).isEqualTo("tổng kết");
          assertThat(first.get("province").isNull()).isTrue();
          assertThat(body.get("due").get(2).get("evidence").get(0).get("title").asText())
              .contains("Dân vận khéo");
          JsonNode y2018 = json(client.get("/api/reviews?year=2018&type=CT"));
          assertThat(numbers(y2018.get("due"))).containsExactly("23-CT/TW@5");
          assertThat(y2018.get("due").get(0).get("kind").asText()).isEqualTo("sơ kết");
          assertThat(y2018.get("due").get(0).get("evidence")).hasSize(1);
        });
  }

  @Test
  void reviewsPageFiltersByProvinceAndType() {
    run(
        (app, client) -> {
          String html = client.get("/reviews?year=2023&type=NQ").body().string();
          assertThat(html.split("<tr class=\"due\">")).hasSize(3);
          assertThat(html).contains("href=\"/reviews.ics?year=2023&amp;type=NQ\"");
          String central =
              client.get("/reviews?year=2023&province=" + enc("Trung ương")).body().string();
          assertThat(central.split("<tr class=\"due\">")).hasSize(5);
        });
  }

  @Test
  void reviewsCsvHasOneRowPerDueDirective() {
    run(
        (app, client) -> {
          Response r = client.get("/reviews.csv?year=2023");
          assertThat(r.headers().get("Content-Type").get(0)).startsWith("text/csv");
          List<String> lines = r.body().string().lines().toList();
          assertThat(lines).hasSize(5);
          assertThat(lines.get(0)).startsWith("\uFEFFnumber,issued,province,years,kind");
          assertThat(lines.get(1)).startsWith("25-NQ/TW,2008-07-25,,15,tổng kết");
          assertThat(lines.get(3)).contains("https://binhphuoc.dcs.vn/tin/dan-van-kheo-2023");
        });
  }

  @Test
  void reviewsIcsIsAValidCalendarWithOneEventPerDueDirective() {
    run(
        (app, client) -> {
          Response r = client.get("/reviews.ics?year=2023");
          assertThat(r.headers().get("Content-Type").get(0)).startsWith("text/calendar");
          assertThat(r.headers().get("Content-Disposition").get(0)).contains(".ics");
          String ics = r.body().string();
          assertThat(ics)
              .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
              .endsWith("END:VCALENDAR\r\n");
          assertThat(ics.split("BEGIN:VEVENT")).hasSize(5);
          assertThat(ics).contains("DTSTART;VALUE=DATE:20230603").contains("25-NQ/TW");
          for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75);
          }
        });
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        Arguments.of("/api/directives", "number"),
        Arguments.of("/api/directives?number=hello", "hello"),
        Arguments.of("/api/directives?number=25-NQ/TW&x=1", "unknown parameter"),
        Arguments.of("/api/reviews?year=abc", "year"),
        Arguments.of("/api/reviews?year=3000", "year"),
        Arguments.of("/reviews.ics?year=-5", "year"),
        Arguments.of("/reviews.csv?page=1", "page"),
        Arguments.of("/api/suggest?q=25&limit=1000", "limit"));
  }

  @ParameterizedTest
  @MethodSource("badRequests")
  void badParametersAreA400NamingThem(String path, String named) {
    run(
        (app, client) -> {
          Response r = client.get(path);
          assertThat(r.code()).isEqualTo(400);
          assertThat(r.body().string()).contains(named);
        });
  }
}
