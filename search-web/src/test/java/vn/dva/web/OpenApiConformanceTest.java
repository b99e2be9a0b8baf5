package vn.dva.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.javalin.Javalin;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dva.search.Json;
import vn.dva.search.SearchService;

/**
 * The OpenAPI document against the server's real answers. For every documented operation: a valid
 * request, then requests that break each documented rule (a required parameter left out, a number
 * past its minimum or maximum, a text past its maxLength, a list past its maxItems, a parameter
 * given twice, an unknown one, a URL past the server's limit). Each answer must have a documented
 * status and media type, and its JSON must validate (JSON Schema 2020-12) against the documented
 * schema. Rules are read from the document, so a limit written there and not enforced, or the other
 * way round, fails here.
 */
class OpenApiConformanceTest {

  /** A valid request for each documented path: the parameters the other cases vary. */
  private static final Map<String, Map<String, String>> VALID =
      Map.ofEntries(
          Map.entry("/api/search", Map.of("q", "dân vận")),
          Map.entry("/search.csv", Map.of("q", "dân vận")),
          Map.entry("/search.jsonl", Map.of("q", "dân vận")),
          Map.entry("/feed.atom", Map.of("q", "dân vận")),
          Map.entry("/api/suggest", Map.of("q", "25")),
          Map.entry("/api/directives", Map.of("number", "25-NQ/TW")),
          Map.entry("/api/reviews", Map.of("year", "2023")),
          Map.entry("/reviews.csv", Map.of("year", "2023")),
          Map.entry("/reviews.ics", Map.of("year", "2023")),
          Map.entry("/api/batch", Map.of("numbers", "25-NQ/TW\n18-CT/TU")),
          Map.entry("/api/directives/coverage", Map.of("identity", "25-NQ/TW@2013")),
          Map.entry("/directive/coverage.csv", Map.of("identity", "25-NQ/TW@2013")));

  @TempDir static Path dir;
  static SearchService search;
  static Javalin app;
  static JsonNode doc;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  @BeforeAll
  static void start() throws Exception {
    search = SearchService.open(TestIndex.build(dir));
    app = WebApp.create(search).start("127.0.0.1", 0);
    try (InputStream in = WebApp.class.getResourceAsStream("/openapi.json")) {
      doc = Json.MAPPER.readTree(in);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    search.close();
  }

  /** One request and what the document says of it. */
  record Case(String path, String label, List<String[]> params, int expected) {
    @Override
    public String toString() {
      return path + ": " + label;
    }
  }

  static Stream<Case> cases() throws Exception {
    if (doc == null) {
      try (InputStream in = WebApp.class.getResourceAsStream("/openapi.json")) {
        doc = Json.MAPPER.readTree(in);
      }
    }
    List<Case> out = new ArrayList<>();
    for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
      String path = paths.next();
      Map<String, String> valid = VALID.get(path);
      if (valid == null) throw new AssertionError("no valid request written for " + path);
      List<String[]> base = pairs(valid);
      out.add(new Case(path, "valid request", base, 200));
      out.add(new Case(path, "unknown parameter", with(base, "khong_co", "1"), 400));
      for (JsonNode p : doc.get("paths").get(path).get("get").get("parameters")) {
        String name = p.get("name").asText();
        JsonNode schema = p.get("schema");
        boolean array = "array".equals(schema.path("type").asText());
        JsonNode item = array ? schema.get("items") : schema;
        if (p.path("required").asBoolean()) {
          out.add(new Case(path, name + " left out", without(base, name), 400));
        }
        if (!array) {
          String value = valid.getOrDefault(name, sample(item));
          out.add(
              new Case(
                  path,
                  name + " given twice",
                  with(with(without(base, name), name, value), name, value),
                  400));
        }
        if (item.has("minimum")) {
          out.add(
              new Case(
                  path,
                  name + " below its minimum",
                  replaced(base, name, Long.toString(item.get("minimum").asLong() - 1)),
                  400));
        }
        if (item.has("maximum")) {
          out.add(
              new Case(
                  path,
                  name + " above its maximum",
                  replaced(base, name, Long.toString(item.get("maximum").asLong() + 1)),
                  400));
        }
        if (item.has("maxLength")) {
          String tooLong = "a".repeat(item.get("maxLength").asInt() + 1);
          List<String[]> params = replaced(base, name, tooLong);
          out.add(
              new Case(
                  path,
                  name + " over its maxLength",
                  params,
                  query(params).length() > ServerErrors.MAX_REQUEST_HEADER_BYTES ? 414 : 400));
        }
        if (array && schema.has("maxItems")) {
          List<String[]> params = without(base, name);
          for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
            params = with(params, name, sample(item));
          }
          out.add(new Case(path, name + " over its maxItems", params, 400));
        }
      }
      out.add(
          new Case(path, "URL over the server's limit", with(base, "q", "a".repeat(40_000)), 414));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyAnswerIsTheDocumentedOne(Case c) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:" + app.port() + c.path() + "?" + query(c.params())))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(c.expected());
    JsonNode responses = doc.at(pointer("paths", c.path(), "get", "responses"));
    JsonNode response = responses.get(Integer.toString(r.statusCode()));
    assertThat(response).as("status %s is documented", r.statusCode()).isNotNull();
    if (response.has("$ref")) response = doc.at(response.get("$ref").asText().substring(1));
    String contentType = r.headers().firstValue("Content-Type").orElse("");
    String mediaType = contentType.split(";")[0].strip();
    assertThat(response.get("content").has(mediaType))
        .as("%s documented for %s %s", mediaType, c.path(), r.statusCode())
        .isTrue();
    if (mediaType.equals("application/json")) {
      JsonNode schemaPointer = response.get("content").get(mediaType).get("schema");
      Set<ValidationMessage> problems = validate(schemaPointer, Json.MAPPER.readTree(r.body()));
      assertThat(problems).as(r.body()).isEmpty();
    }
  }

  @Test
  void theDocumentDeclaresItsServersAndEveryErrorStatus() {
    assertThat(doc.get("openapi").asText()).startsWith("3.1");
    assertThat(doc.get("servers")).isNotEmpty();
    for (JsonNode path : doc.get("paths")) {
      Set<String> statuses = new TreeSet<>();
      path.get("get").get("responses").fieldNames().forEachRemaining(statuses::add);
      assertThat(statuses).contains("200", "400", "414", "431", "500");
    }
  }

  @Test
  void theValidatorRefusesAnswersOfTheWrongShape() throws Exception {
    JsonNode error = Json.MAPPER.readTree("{\"$ref\": \"#/components/schemas/Error\"}");
    JsonNode search = Json.MAPPER.readTree("{\"$ref\": \"#/components/schemas/SearchResponse\"}");

    assertThat(validate(error, Json.MAPPER.readTree("{\"error\": \"Thiếu tham số\"}"))).isEmpty();
    assertThat(validate(error, Json.MAPPER.readTree("{\"message\": \"x\"}"))).isNotEmpty();
    assertThat(validate(search, Json.MAPPER.readTree("{\"total\": -1, \"hits\": []}")))
        .isNotEmpty();
  }

  /** {@code schema} (inline or a {@code $ref} into the document) applied to {@code value}. */
  private static Set<ValidationMessage> validate(JsonNode schema, JsonNode value) {
    // the whole document is the root, so that #/components/… references resolve in it
    ObjectNode root = doc.deepCopy();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    if (schema.has("$ref")) {
      root.put("$ref", schema.get("$ref").asText());
    } else {
      root.setAll((ObjectNode) schema);
    }
    JsonSchema compiled = SCHEMAS.getSchema(root);
    return compiled.validate(value);
  }

  private static String sample(JsonNode schema) {
    String type = schema.path("type").asText();
    if (type.equals("integer")) {
      return schema.has("minimum") ? schema.get("minimum").asText() : "1";
    }
    if (schema.has("enum")) return schema.get("enum").get(0).asText();
    return "x";
  }

  private static String pointer(String... parts) {
    return Stream.of(parts)
        .map(p -> "/" + p.replace("~", "~0").replace("/", "~1"))
        .collect(Collectors.joining());
  }

  private static String query(List<String[]> params) {
    return params.stream()
        .map(
            p ->
                URLEncoder.encode(p[0], StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(p[1], StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static List<String[]> pairs(Map<String, String> m) {
    List<String[]> out = new ArrayList<>();
    new LinkedHashMap<>(m).forEach((k, v) -> out.add(new String[] {k, v}));
    return out;
  }

  private static List<String[]> with(List<String[]> params, String name, String value) {
    List<String[]> out = new ArrayList<>(params);
    out.add(new String[] {name, value});
    return out;
  }

  private static List<String[]> without(List<String[]> params, String name) {
    return params.stream().filter(p -> !p[0].equals(name)).collect(Collectors.toList());
  }

  private static List<String[]> replaced(List<String[]> params, String name, String value) {
    return with(without(params, name), name, value);
  }
}
