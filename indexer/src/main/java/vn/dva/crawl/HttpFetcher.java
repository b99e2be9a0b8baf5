package vn.dva.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fetches one URL with {@link HttpClient} over HTTP/1.1, never following redirects itself (the
 * crawler decides), asking for gzip/deflate, sending conditional headers on re-crawl, and reading
 * at most {@code maxBytes} of the body so that a huge response is cut, not held in memory whole.
 * Thread-safe; one instance serves the whole crawl.
 */
public final class HttpFetcher implements AutoCloseable {

  private static final int CHUNK = 64 * 1024;

  private final HttpClient client;
  private final CrawlConfig config;
  private final ScheduledExecutorService watchdog =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "dva-crawl-watchdog");
            t.setDaemon(true);
            return t;
          });

  /** Creates a fetcher using the timeouts, size cap and User-Agent of {@code config}. */
  public HttpFetcher(CrawlConfig config) {
    this.config = config;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(config.connectTimeout())
            .build();
  }

  /**
   * GETs {@code url}.
   *
   * @param url an http(s) URL, not null
   * @param validators ETag / Last-Modified of an earlier capture to send as If-None-Match /
   *     If-Modified-Since, or null
   * @return the exchange; statuses of every kind are returned, not thrown
   * @throws IOException on connect or header timeout, refused connection, or a broken response
   * @throws InterruptedException when the crawl is being stopped
   */
  public Fetched fetch(URI url, Validators validators) throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(url)
            .GET()
            .timeout(config.readTimeout())
            .header("User-Agent", config.userAgent())
            .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .header("Accept-Language", "vi,en;q=0.5")
            .header("Accept-Encoding", "gzip, deflate");
    if (validators != null) {
      if (validators.etag() != null) b.header("If-None-Match", validators.etag());
      if (validators.lastModified() != null)
        b.header("If-Modified-Since", validators.lastModified());
    }
    HttpRequest request = b.build();
    Instant date = Instant.now();
    HttpResponse<InputStream> response =
        client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    List<Fetched.Header> headers = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : response.headers().map().entrySet()) {
      if (e.getKey().startsWith(":")) continue;
      for (String v : e.getValue()) headers.add(new Fetched.Header(e.getKey(), v));
    }
    BodyRead read = readCapped(response.body());
    return new Fetched(
        url,
        date,
        requestBlock(request, url),
        response.statusCode(),
        List.copyOf(headers),
        read.bytes,
        read.truncation);
  }

  private record BodyRead(byte[] bytes, Fetched.Truncation truncation) {}

  private BodyRead readCapped(InputStream in) throws IOException {
    AtomicBoolean timedOut = new AtomicBoolean();
    ScheduledFuture<?> deadline =
        watchdog.schedule(
            () -> {
              timedOut.set(true);
              closeQuietly(in);
            },
            config.readTimeout().toMillis(),
            TimeUnit.MILLISECONDS);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[CHUNK];
    Fetched.Truncation truncation = null;
    try {
      while (true) {
        long room = config.maxBytes() - out.size();
        if (room <= 0) {
          if (in.read() >= 0) truncation = Fetched.Truncation.LENGTH;
          break;
        }
        int n = in.read(buf, 0, (int) Math.min(buf.length, room));
        if (n < 0) break;
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      truncation = timedOut.get() ? Fetched.Truncation.TIME : Fetched.Truncation.DISCONNECT;
      if (out.size() == 0 && !timedOut.get()) throw e;
    } finally {
      deadline.cancel(false);
      closeQuietly(in);
    }
    return new BodyRead(out.toByteArray(), truncation);
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // closing an aborted body can fail; nothing more to release
    }
  }

  /** The request as it would appear on the wire; HttpClient adds Host and Connection itself. */
  private static byte[] requestBlock(HttpRequest request, URI url) {
    StringBuilder s = new StringBuilder();
    String target = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
    s.append("GET ").append(target).append(" HTTP/1.1\r\n");
    s.append("Host: ").append(url.getRawAuthority()).append("\r\n");
    request
        .headers()
        .map()
        .forEach(
            (name, values) ->
                values.forEach(v -> s.append(name).append(": ").append(v).append("\r\n")));
    s.append("\r\n");
    return s.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
    client.close();
  }

  /** Validators of an earlier capture for a conditional GET; either may be null. */
  public record Validators(String etag, String lastModified) {}
}
