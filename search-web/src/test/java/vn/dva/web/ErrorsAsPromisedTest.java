package vn.dva.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

/**
 * Every API and download path answers errors in JSON with the documented status, the HTML pages in
 * HTML; Jetty's own 414 and 431 included. Messages are dva's, Vietnamese first, and name the
 * parameter.
 */
class ErrorsAsPromisedTest {

  @TempDir static Path dir;
  static SearchService search;
  static Javalin app;
  static String base;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    search = SearchService.open(TestIndex.build(dir));
    app = WebApp.create(search).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    search.close();
  }

  /** An answer read off the socket. */
  record Answer(int status, String contentType, String body) {}

  /**
   * Sends {@code GET path} as written, over a plain socket: Java's HTTP client refuses to send the
   * malformed escapes these tests need.
   */
  static Answer get(String path, String accept) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout(20_000);
      String request =
          "GET "
              + path
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
              + (accept == null ? "" : "Accept: " + accept + "\r\n")
              + "\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int headerEnd = raw.indexOf("\r\n\r\n");
      String head = raw.substring(0, headerEnd);
      String body = raw.substring(headerEnd + 4);
      int status = Integer.parseInt(head.substring(9, 12));
      String contentType = "";
      boolean chunked = false;
      for (String line : head.split("\r\n")) {
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("content-type:")) contentType = line.substring(13).strip();
        if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
      }
      return new Answer(status, contentType, chunked ? dechunked(body) : body);
    }
  }

  private static String dechunked(String body) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < body.length()) {
      int lineEnd = body.indexOf("\r\n", i);
      int size = Integer.parseInt(body.substring(i, lineEnd).strip(), 16);
      if (size == 0) break;
      // sizes count bytes; the bodies here are read back as bytes to cut them right
      byte[] rest = body.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
      String chunk = new String(rest, 0, size, StandardCharsets.UTF_8);
      out.append(chunk);
      i = lineEnd + 2 + chunk.length() + 2;
    }
    return out.toString();
  }

  static Stream<Arguments> apiErrors() {
    String longQuery = "a".repeat(9_000);
    return Stream.of(
        Arguments.of("/search.csv?page=0", 400, "page"),
        Arguments.of("/reviews.csv?year=abc", 400, "year"),
        Arguments.of("/reviews.ics?year=abc", 400, "year"),
        Arguments.of("/reviews.csv", 400, "year"),
        Arguments.of("/api/reviews?year=", 400, "year"),
        Arguments.of("/api/reviews?year=1900", 400, "1945"),
        Arguments.of("/api/suggest?q=", 400, "\"q\""),
        Arguments.of("/api/search?page=1&page=2", 400, "\"page\""),
        Arguments.of("/api/search?q=a&q=b", 400, "\"q\""),
        Arguments.of("/api/search?q=%zz", 400, "\"q\""),
        Arguments.of("/api/search?q=%C3%28", 400, "\"q\""),
        Arguments.of("/api/search?q=abc%", 400, "\"q\""),
        Arguments.of("/api/search?q=" + longQuery, 400, "1000"),
        Arguments.of("/api/search?year=3000", 400, "2100"),
        Arguments.of("/api/search?page=200&size=100", 400, "10000"),
        Arguments.of("/api/search?from=2023-02-01&to=2023-01-01", 400, "Khoảng ngày"),
        Arguments.of("/api/directives?number=hello", 400, "hello"),
        Arguments.of("/api/nothing-here", 404, "/api/nothing-here"),
        Arguments.of("/api/search?q=" + "a".repeat(40_000), 414, "URL"),
        // Jetty stops before the path: the answer is JSON whatever the path
        Arguments.of("/?q=" + "a".repeat(40_000), 414, "URL"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apiErrors")
  void apiAndDownloadErrorsAreJsonWithTheDocumentedStatus(String path, int status, String named)
      throws Exception {
    Answer r = get(path, null);

    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.contentType()).as(r.body()).startsWith("application/json");
    JsonNode body = Json.MAPPER.readTree(r.body());
    assertThat(body.size()).isEqualTo(1);
    String message = body.get("error").asText();
    assertThat(message).contains(named).doesNotContain("Exception").doesNotContain("Encountered");
    assertThat(Character.isUpperCase(message.charAt(0))).as("a sentence: %s", message).isTrue();
  }

  @Test
  void aRequestHeaderOverTheLimitIsA431InJson() throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/api/search?q=a"))
                .header("X-Filler", "x".repeat(40_000))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    assertThat(r.statusCode()).isEqualTo(431);
    assertThat(Json.MAPPER.readTree(r.body()).get("error").asText()).contains("quá lớn");
  }

  static Stream<Arguments> pageErrors() {
    return Stream.of(
        Arguments.of("/?page=0", 400, "page"),
        Arguments.of("/?q=%zz", 400, "q"),
        Arguments.of("/reviews?year=abc", 400, "year"),
        Arguments.of("/khong-co", 404, "/khong-co"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pageErrors")
  void pageErrorsAreHtml(String path, int status, String named) throws Exception {
    Answer r = get(path, "text/html,application/xhtml+xml");

    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("text/html");
    assertThat(r.body()).contains("<h1").contains(named).doesNotContain("Jetty");
  }

  @Test
  void aBodyOverTheLimitIsA413() throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/batch"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("numbers=" + "1".repeat(3_000_000)))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(r.body()).contains("quá lớn");
  }
}
