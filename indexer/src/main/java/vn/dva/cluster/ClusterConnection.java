package vn.dva.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import vn.dva.search.Json;

/**
 * One OpenSearch cluster, reached through the opensearch-java client. Requests go through the
 * client's generic API with bodies written by dva's own JSON mapper: the typed query DSL has no
 * variant for the plugin's {@code dva} query, and the documents are already dva's JSON. Every error
 * names the URL. Thread-safe.
 */
public final class ClusterConnection implements AutoCloseable {

  /** Name of the plugin every node must have ({@code plugin-descriptor.properties}). */
  public static final String PLUGIN = "analysis-dva";

  /** Its class: a node given the plugin by class (as in tests) lists it under this name. */
  static final String PLUGIN_CLASS = "vn.dva.opensearch.DvaPlugin";

  private final URI url;
  private final ApacheHttpClient5Transport transport;
  private final OpenSearchGenericClient client;

  private ClusterConnection(URI url, ApacheHttpClient5Transport transport) {
    this.url = url;
    this.transport = transport;
    this.client = new OpenSearchClient(transport).generic();
  }

  /**
   * A connection to the cluster at {@code url} ({@code http://localhost:9200}); nothing is sent yet
   * (see {@link #check()}).
   *
   * @throws IllegalArgumentException when {@code url} is not an http(s) URL with a host
   */
  public static ClusterConnection open(String url) {
    URI uri;
    try {
      uri = URI.create(url == null ? "" : url.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--opensearch: not a URL: '" + url + "'", e);
    }
    String scheme = uri.getScheme();
    if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
      throw new IllegalArgumentException(
          "--opensearch: expected http(s)://host[:port], got '" + url + "'");
    }
    int port = uri.getPort() < 0 ? ("https".equals(scheme) ? 443 : 80) : uri.getPort();
    ApacheHttpClient5TransportBuilder builder =
        ApacheHttpClient5TransportBuilder.builder(new HttpHost(scheme, uri.getHost(), port));
    if (uri.getPath() != null && !uri.getPath().isBlank() && !uri.getPath().equals("/"))
      builder.setPathPrefix(uri.getPath());
    return new ClusterConnection(uri, builder.build());
  }

  /** The URL the connection was opened with, for messages. */
  public URI url() {
    return url;
  }

  /**
   * Checks that the cluster answers, is not red, and that every node has the dva plugin.
   *
   * @throws ClusterException naming the URL and what is wrong
   */
  public void check() throws ClusterException {
    JsonNode health = call("GET", "/_cluster/health", null);
    String status = health.path("status").asText();
    if ("red".equals(status)) {
      throw new ClusterException(
          "OpenSearch at " + url + " is red: some primary shards are not allocated");
    }
    JsonNode nodes = call("GET", "/_nodes/plugins", null).path("nodes");
    for (Map.Entry<String, JsonNode> node : nodes.properties()) {
      boolean found = false;
      for (JsonNode plugin : node.getValue().path("plugins"))
        found |=
            PLUGIN.equals(plugin.path("name").asText())
                || PLUGIN_CLASS.equals(plugin.path("classname").asText());
      if (!found) {
        throw new ClusterException(
            "OpenSearch at "
                + url
                + ": node "
                + node.getValue().path("name").asText(node.getKey())
                + " lacks the "
                + PLUGIN
                + " plugin (bin/opensearch-plugin install file:///…/"
                + PLUGIN
                + "-….zip)");
      }
    }
  }

  /**
   * Sends one request with a JSON body (or none) and returns the JSON answer.
   *
   * @throws ClusterException when the cluster cannot be reached or answers with an error status;
   *     the message names the URL, the request and OpenSearch's reason
   */
  public JsonNode call(String method, String path, String json) throws ClusterException {
    return send(method, path, json == null ? null : json.getBytes(StandardCharsets.UTF_8), null);
  }

  /** Sends a {@code _bulk} body (newline-delimited JSON) to {@code path}. */
  JsonNode bulk(String path, byte[] ndjson) throws ClusterException {
    return send("POST", path, ndjson, "application/x-ndjson");
  }

  /** The HTTP status of a request whose error is not an exception (429 for back-pressure). */
  record Answer(int status, JsonNode body) {}

  Answer tryCall(String method, String path, byte[] body, String contentType)
      throws ClusterException {
    Requests.JsonBodyBuilder request = Requests.builder().method(method).endpoint(path);
    if (body != null) {
      request.body(Body.from(body, contentType == null ? "application/json" : contentType));
    }
    try (Response response = client.execute(request.build())) {
      String text = response.getBody().map(Body::bodyAsString).orElse("");
      JsonNode json = text.isBlank() ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(text);
      return new Answer(response.getStatus(), json);
    } catch (IOException e) {
      throw new ClusterException(
          "OpenSearch at "
              + url
              + " is not reachable ("
              + method
              + " "
              + path
              + "): "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage()),
          e);
    }
  }

  private JsonNode send(String method, String path, byte[] body, String contentType)
      throws ClusterException {
    Answer answer = tryCall(method, path, body, contentType);
    if (answer.status() >= 300) {
      throw new ClusterException(
          "OpenSearch at "
              + url
              + " refused "
              + method
              + " "
              + path
              + " ("
              + answer.status()
              + "): "
              + reason(answer.body()));
    }
    return answer.body();
  }

  /** OpenSearch's own explanation of an error answer, its innermost reason first. */
  static String reason(JsonNode body) {
    JsonNode error = body.path("error");
    if (error.isTextual()) return error.asText();
    JsonNode root = error.path("root_cause").path(0);
    String reason = root.path("reason").asText(error.path("reason").asText(""));
    String type = root.path("type").asText(error.path("type").asText(""));
    if (reason.isEmpty() && type.isEmpty()) return body.toString();
    return type.isEmpty() ? reason : type + ": " + reason;
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }
}
