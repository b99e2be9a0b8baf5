package vn.dva.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.javalin.testtools.TestCase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.search.Json;
import vn.dva.search.SearchService;

class ProvinceAndBatchPagesTest {

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

  @Test
  void provinceGridShowsThe34ProvincesWithTheOldOnesMergedIntoEach() {
    run(
        (app, client) -> {
          String html = client.get("/province").body().string();
          assertThat(html.split("class=\"tiles\"")[1].split("</ul>")[0].split("<li>")).hasSize(35);
          assertThat(html)
              .contains("Tuyên Quang")
              .contains("gồm Hà Giang")
              .contains("nay thuộc Tuyên Quang");
        });
  }

  @Test
  void currentProvincePageCountsArticlesOfTheOldProvincesMergedIntoIt() {
    run(
        (app, client) -> {
          String html = client.get("/province?name=" + enc("Tuyên Quang")).body().string();
          assertThat(html)
              .contains("<strong>2</strong> bài")
              .contains("Hà Giang")
              .contains("23-CT/TW")
              .contains("<svg class=\"timeline\"")
              .contains("href=\"/?province_now=Tuy%C3%AAn+Quang\"");
        });
  }

  @Test
  void oldProvincePageNamesTheProvinceItWasMergedInto() {
    run(
        (app, client) -> {
          String html = client.get("/province?name=" + enc("ha giang")).body().string();
          assertThat(html)
              .contains("<h1>Hà Giang</h1>")
              .contains("sáp nhập vào <a href=\"/province?name=Tuy%C3%AAn+Quang\">Tuyên Quang</a>")
              .contains("<strong>1</strong> bài");
        });
  }

  @Test
  void unknownProvinceIsA400() {
    run(
        (app, client) -> {
          Response r = client.get("/province?name=" + enc("Atlantis"));
          assertThat(r.code()).isEqualTo(400);
          assertThat(r.body().string()).contains("Atlantis");
          assertThat(client.get("/province?nom=x").code()).isEqualTo(400);
        });
  }

  @Test
  void batchApiCountsArticlesAndFirstAndLastMention() {
    run(
        (app, client) -> {
          JsonNode rows =
              Json.MAPPER
                  .readTree(
                      client
                          .get(
                              "/api/batch?numbers="
                                  + enc("25-nq/tw\n18-CT/TU, khong phai so\n999-NQ/TW"))
                          .body()
                          .string())
                  .get("rows");
          assertThat(rows).hasSize(4);
          assertThat(rows.get(0).get("number").asText()).isEqualTo("25-NQ/TW");
          assertThat(rows.get(0).get("articles").asInt()).isEqualTo(4);
          assertThat(rows.get(0).get("first").asText()).isEqualTo("2019-09-01");
          assertThat(rows.get(0).get("last").asText()).isEqualTo("2024-06-15");
          assertThat(rows.get(0).get("years").toString()).isEqualTo("[2008,2013]");
          assertThat(rows.get(1).get("articles").asInt()).isEqualTo(1);
          assertThat(rows.get(2).get("number").isNull()).isTrue();
          assertThat(rows.get(3).get("articles").asInt()).isZero();
        });
  }

  @Test
  void batchFormAcceptsAnUploadedCsvAndOffersACsvDownload() {
    run(
        (app, client) -> {
          String boundary = "dvaBoundary42";
          String body =
              "--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"numbers\"\r\n\r\n217-QĐ/TW\r\n"
                  + "--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"so.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                  + "\uFEFFso_van_ban\r\n25-NQ/TW\r\n\"18-CT/TU\"\r\n--"
                  + boundary
                  + "--\r\n";
          HttpResponse<String> r =
              HttpClient.newHttpClient()
                  .send(
                      HttpRequest.newBuilder(URI.create(client.getOrigin() + "/batch"))
                          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                          .build(),
                      HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
          assertThat(r.statusCode()).isEqualTo(200);
          assertThat(r.body())
              .contains("id=\"batch-results\"")
              .contains(">217-QĐ/TW</a>")
              .contains(">25-NQ/TW</a>")
              .contains(">18-CT/TU</a>")
              .contains("không nhận ra số văn bản")
              .contains("02/03/2023");

          HttpResponse<String> csv =
              HttpClient.newHttpClient()
                  .send(
                      HttpRequest.newBuilder(URI.create(client.getOrigin() + "/batch"))
                          .header("Content-Type", "application/x-www-form-urlencoded")
                          .POST(
                              HttpRequest.BodyPublishers.ofString(
                                  "format=csv&numbers=" + enc("25-NQ/TW\n18-CT/TU")))
                          .build(),
                      HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
          assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
          List<String> lines = csv.body().lines().toList();
          assertThat(lines).hasSize(3);
          assertThat(lines.get(1))
              .isEqualTo("25-NQ/TW,25-NQ/TW,4,7,2019-09-01,2024-06-15,2008 2013");
        });
  }

  @Test
  void batchWithoutNumbersOrWithTooManyIsA400() {
    run(
        (app, client) -> {
          assertThat(client.get("/api/batch?numbers=").code()).isEqualTo(400);
          StringBuilder many = new StringBuilder();
          for (int i = 0; i < 600; i++) many.append(i).append("-NQ/TW\n");
          HttpResponse<String> r =
              HttpClient.newHttpClient()
                  .send(
                      HttpRequest.newBuilder(URI.create(client.getOrigin() + "/batch"))
                          .header("Content-Type", "application/x-www-form-urlencoded")
                          .POST(
                              HttpRequest.BodyPublishers.ofString(
                                  "numbers=" + enc(many.toString())))
                          .build(),
                      HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
          assertThat(r.statusCode()).isEqualTo(400);
          assertThat(r.body()).contains("600");
        });
  }
}
