package vn.dva.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A small web server on 127.0.0.1 for crawler tests: pages registered by path (and query), every
 * request recorded with its arrival time and headers, 404 for the rest.
 */
final class TestWebServer implements AutoCloseable {

  /** A request as the server saw it: decoded path plus raw query, arrival time, headers. */
  record Hit(String target, long nanos, Map<String, List<String>> headers) {
    String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) return e.getValue().get(0);
      }
      return null;
    }
  }

  /** Answers one request. */
  interface Handler {
    void handle(HttpExchange exchange, int timesSeen) throws IOException;
  }

  private final HttpServer server;
  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
  private final List<Hit> hits = new CopyOnWriteArrayList<>();

  TestWebServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", this::dispatch);
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** The absolute URL of {@code path} on this server. */
  String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  TestWebServer handle(String target, Handler handler) {
    handlers.put(target, handler);
    return this;
  }

  TestWebServer page(String target, String contentType, byte[] body) {
    return handle(target, (ex, n) -> send(ex, 200, contentType, body));
  }

  TestWebServer html(String target, String html) {
    return page(target, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  List<Hit> hits() {
    return List.copyOf(hits);
  }

  /**
   * How many requests asked for {@code target} (decoded path, plus {@code ?query} when present).
   */
  long count(String target) {
    return hits.stream().filter(h -> h.target().equals(target)).count();
  }

  static void send(HttpExchange ex, int status, String contentType, byte[] body)
      throws IOException {
    if (contentType != null) ex.getResponseHeaders().add("Content-Type", contentType);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private void dispatch(HttpExchange ex) throws IOException {
    String query = ex.getRequestURI().getRawQuery();
    String target = ex.getRequestURI().getPath() + (query == null ? "" : "?" + query);
    long seen = count(target);
    hits.add(new Hit(target, System.nanoTime(), Map.copyOf(ex.getRequestHeaders())));
    Handler h = handlers.get(target);
    try {
      if (h == null)
        send(
            ex,
            404,
            "text/html; charset=utf-8",
            "<html><body>Không tìm thấy</body></html>".getBytes(StandardCharsets.UTF_8));
      else h.handle(ex, (int) seen + 1);
    } catch (IOException clientWentAway) {
      // the crawler may close early (size cap); nothing to do
    } finally {
      ex.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
