package vn.dva.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlCommandTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int dva(String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void crawlsASiteAndPrintsAJsonSummary() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        ex -> {
          byte[] body = "<html><body>Dân vận khéo</body></html>".getBytes(StandardCharsets.UTF_8);
          boolean home = ex.getRequestURI().getPath().equals("/");
          ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          ex.sendResponseHeaders(home ? 200 : 404, body.length);
          ex.getResponseBody().write(body);
          ex.close();
        });
    server.start();
    try {
      Path sites = dir.resolve("sites.tsv");
      Files.writeString(
          sites,
          "# tỉnh\tđịa chỉ\nCao Bằng\thttp://127.0.0.1:" + server.getAddress().getPort() + "/\n");
      int code =
          dva(
              "crawl",
              "--sites",
              sites.toString(),
              "--out",
              dir.resolve("out").toString(),
              "--delay",
              "0.01");
      assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8))
          .contains("\"finished\":true")
          .contains("\"pages\":3");
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("Xong:");
      assertThat(Files.list(dir.resolve("out/archive")))
          .anyMatch(p -> p.toString().endsWith(".warc.gz"));
    } finally {
      server.stop(0);
    }
  }

  @Test
  void rejectsASitesRowWithoutATabWithExitCode2() throws Exception {
    Path sites = dir.resolve("sites.tsv");
    Files.writeString(sites, "Cao Bằng http://example.invalid/\n");
    int code = dva("crawl", "--sites", sites.toString(), "--out", dir.resolve("out").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("sites.tsv:1")
        .contains("Cao Bằng http://example.invalid/");
  }
}
