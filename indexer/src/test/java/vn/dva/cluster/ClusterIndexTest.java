package vn.dva.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dva.extract.DocumentExtractor;
import vn.dva.extract.ExtractedDocument;

/** The template, the documents sent and the bulk protocol, without a cluster. */
class ClusterIndexTest {

  private static List<ExtractedDocument> corpus() throws Exception {
    DocumentExtractor extractor = new DocumentExtractor();
    List<ExtractedDocument> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("../corpus/pages"))) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList())
        out.add(extractor.extract(f));
    }
    return out;
  }

  @Test
  void everyFieldOfEveryBundledDocumentIsInTheStrictTemplate() throws Exception {
    ObjectNode template = ClusterSchema.template(2, 1);
    JsonNode properties = template.path("mappings").path("properties");
    assertThat(template.path("mappings").path("dynamic").asText()).isEqualTo("strict");
    List<String> seen = new ArrayList<>();
    for (ExtractedDocument doc : corpus()) {
      Iterator<String> names = ClusterIndexer.source(doc, List.of("https://x.vn/b")).fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        assertThat(properties.has(name)).as(name + " mapped").isTrue();
        if (!seen.contains(name)) seen.add(name);
      }
    }
    assertThat(seen)
        .contains("title", "text", "text_pairs", "year", "month", "province", "province_now")
        .contains("directive", "directive_id", "type", "reviewed", "citations_json", "kind");
    assertThat(properties.path("text").path("analyzer").asText()).isEqualTo("dva_index");
    assertThat(properties.path("text_pairs").path("analyzer").asText()).isEqualTo("dva_pairs");
    assertThat(template.path("settings").path("index").path("number_of_shards").asInt())
        .isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "localhost:9200", "ftp://h:1", "http://", "not a url"})
  void aBadUrlIsRefusedNamingTheOption(String url) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ClusterConnection.open(url));
    assertThat(e).hasMessageContaining("--opensearch");
  }

  @Test
  void aClusterThatDoesNotAnswerIsNamedInTheError() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    try (ClusterConnection nowhere = ClusterConnection.open("http://127.0.0.1:" + port)) {
      ClusterException e = assertThrows(ClusterException.class, nowhere::check);
      assertThat(e)
          .hasMessageContaining("http://127.0.0.1:" + port)
          .hasMessageContaining("not reachable");
    }
  }

  @Test
  void aPushedBackBulkIsSentAgainAndOnlyRejectedItemsAreRetried() throws Exception {
    List<String> bodies = new ArrayList<>();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String answer;
          int status = 200;
          if (exchange.getRequestURI().getPath().endsWith("_search")) {
            // the story linker looking the written pages up after the refresh: none found
            byte[] none = "{\"hits\":{\"hits\":[]}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, none.length);
            exchange.getResponseBody().write(none);
            exchange.close();
            return;
          }
          synchronized (bodies) {
            bodies.add(body);
            int n = bodies.size();
            if (exchange.getRequestURI().getPath().endsWith("_refresh")) answer = "{}";
            else if (n == 1) {
              status = 429;
              answer = "{\"error\":{\"type\":\"rejected\",\"reason\":\"queue full\"}}";
            } else if (n == 2)
              answer =
                  "{\"errors\":true,\"items\":[{\"index\":{\"status\":201}},"
                      + "{\"index\":{\"status\":429,\"error\":{\"type\":\"x\",\"reason\":\"busy\"}}},"
                      + "{\"index\":{\"status\":400,\"error\":{\"type\":\"mapper_parsing_exception\",\"reason\":\"bad\"}}}]}";
            else answer = "{\"errors\":false,\"items\":[{\"index\":{\"status\":201}}]}";
          }
          byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    StringWriter log = new StringWriter();
    List<ExtractedDocument> docs = corpus().subList(0, 3);
    try (ClusterConnection cluster =
            ClusterConnection.open("http://127.0.0.1:" + server.getAddress().getPort());
        ClusterIndexer indexer =
            new ClusterIndexer(cluster, "dva", 3, new PrintWriter(log, true))) {
      for (ExtractedDocument d : docs) indexer.add(d, List.of());
      assertThat(indexer.failed()).isEqualTo(1);
      indexer.commit();
    } finally {
      server.stop(0);
    }
    assertThat(bodies).hasSize(4);
    assertThat(bodies.get(0)).isEqualTo(bodies.get(1)).contains(docs.get(2).id());
    assertThat(bodies.get(2).lines().count()).isEqualTo(2);
    assertThat(bodies.get(2)).contains("\"_id\":\"" + docs.get(1).id() + "\"");
    assertThat(log.toString()).contains(docs.get(2).id()).contains("mapper_parsing_exception");
  }

  @Test
  void anIndexMadeByAnOlderDvaIsRefusedNamingItsMissingFields() throws Exception {
    // the existing index's mapping: the template without the story fields
    ObjectNode old = ClusterSchema.template(1, 0);
    ObjectNode properties = (ObjectNode) old.path("mappings").path("properties");
    properties.remove(List.of("story", "story_versions"));
    String mapping = "{\"dva\":{\"mappings\":" + old.path("mappings") + "}}";
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          byte[] bytes =
              exchange.getRequestMethod().equals("HEAD")
                  ? new byte[0]
                  : mapping.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, bytes.length == 0 ? -1 : bytes.length);
          if (bytes.length > 0) exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    try (ClusterConnection cluster =
        ClusterConnection.open("http://127.0.0.1:" + server.getAddress().getPort())) {
      ClusterException e =
          assertThrows(
              ClusterException.class, () -> ClusterSchema.ensureIndex(cluster, "dva", 1, 0));
      assertThat(e)
          .hasMessageContaining("older dva")
          .hasMessageContaining("story")
          .hasMessageContaining("story_versions")
          .hasMessageContaining("--opensearch-index");
    } finally {
      server.stop(0);
    }
  }
}
