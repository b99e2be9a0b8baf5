package vn.dva.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.netpreserve.jwarc.WarcRevisit;

/** Reading documents and captures back from WARC files written by {@link WarcArchive}. */
class WarcDocumentsTest {

  @TempDir Path dir;

  static Fetched fetched(
      String url, int status, String contentType, byte[] body, Fetched.Header... extra) {
    List<Fetched.Header> headers = new ArrayList<>();
    if (contentType != null) headers.add(new Fetched.Header("Content-Type", contentType));
    headers.addAll(List.of(extra));
    return new Fetched(
        URI.create(url),
        Instant.parse("2025-07-01T03:00:00Z"),
        ("GET / HTTP/1.1\r\nHost: dvtu.vn\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
        status,
        headers,
        body,
        null);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private List<ArchivedDocument> readAll() throws IOException {
    List<ArchivedDocument> docs = new ArrayList<>();
    WarcDocuments.read(dir, docs::add);
    return docs;
  }

  static Stream<Arguments> responses() {
    return Stream.of(
        Arguments.of("http://dvtu.vn/a.html", 200, "text/html; charset=utf-8", true),
        Arguments.of("http://dvtu.vn/a.txt", 200, "text/plain", true),
        Arguments.of("http://dvtu.vn/qd.pdf", 200, "application/pdf", true),
        Arguments.of("http://dvtu.vn/kh.doc", 200, "application/msword", true),
        Arguments.of("http://dvtu.vn/kh.docx", 200, "application/octet-stream", true),
        Arguments.of("http://dvtu.vn/robots.txt", 200, "text/plain", false),
        Arguments.of("http://dvtu.vn/sitemap.xml", 200, "application/xml", false),
        Arguments.of("http://dvtu.vn/logo.png", 200, "image/png", false),
        Arguments.of("http://dvtu.vn/missing.html", 404, "text/html", false),
        Arguments.of("http://dvtu.vn/busy.html", 503, "text/html", false));
  }

  @ParameterizedTest
  @MethodSource("responses")
  void yieldsOnlySuccessfulDocuments(String url, int status, String type, boolean yielded)
      throws IOException {
    try (WarcArchive archive = new WarcArchive(dir, 1 << 20, "test")) {
      archive.writeResponse(fetched(url, status, type, utf8("nội dung " + url)), "Lào Cai");
    }
    assertThat(readAll()).hasSize(yielded ? 1 : 0);
  }

  @Test
  void decodesGzipAndKeepsUrlDateProvince() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
      z.write(utf8("<html><body>Dân vận khéo</body></html>"));
    }
    try (WarcArchive archive = new WarcArchive(dir, 1 << 20, "test")) {
      archive.writeResponse(
          fetched(
              "http://dvtu.vn/a.html",
              200,
              "text/html; charset=utf-8",
              gz.toByteArray(),
              new Fetched.Header("Content-Encoding", "gzip")),
          "Lào Cai");
    }
    ArchivedDocument d = readAll().get(0);
    assertThat(new String(d.body(), StandardCharsets.UTF_8))
        .isEqualTo("<html><body>Dân vận khéo</body></html>");
    assertThat(d.url()).isEqualTo(URI.create("http://dvtu.vn/a.html"));
    assertThat(d.captured()).isEqualTo(Instant.parse("2025-07-01T03:00:00Z"));
    assertThat(d.province()).isEqualTo("Lào Cai");
    assertThat(d.truncated()).isFalse();
    assertThat(CaptureIndex.open(dir).find("http://dvtu.vn/a.html#top").orElseThrow().body())
        .isEqualTo(d.body());
  }

  @Test
  void oneDocumentForIdenticalPayloadsWithTheOtherUrlsAsAlternates() throws IOException {
    byte[] same = utf8("<html><body>Cùng nội dung</body></html>");
    try (WarcArchive archive = new WarcArchive(dir, 1 << 20, "test")) {
      archive.writeResponse(fetched("http://dvtu.vn/a.html", 200, "text/html", same), "Huế");
      archive.writeResponse(fetched("http://dvtu.vn/b.html", 200, "text/html", same), "Huế");
      archive.writeRevisit(
          fetched("http://dvtu.vn/c.html", 200, "text/html", same),
          "Huế",
          WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1,
          URI.create("http://dvtu.vn/a.html"),
          Instant.parse("2025-07-01T03:00:00Z"),
          null,
          WarcArchive.sha1(same).prefixedBase32());
    }
    List<ArchivedDocument> docs = readAll();
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).url()).isEqualTo(URI.create("http://dvtu.vn/a.html"));
    assertThat(docs.get(0).alternateUrls())
        .containsExactly(URI.create("http://dvtu.vn/b.html"), URI.create("http://dvtu.vn/c.html"));
    CaptureIndex.Capture viaRevisit =
        CaptureIndex.open(dir).find("http://dvtu.vn/c.html").orElseThrow();
    assertThat(viaRevisit.body()).isEqualTo(same);
  }

  @Test
  void keepsTheRecordsBeforeATornEndAndReportsTheDamage() throws IOException {
    Path file;
    try (WarcArchive archive = new WarcArchive(dir, 1 << 20, "test")) {
      archive.writeResponse(
          fetched("http://dvtu.vn/a.html", 200, "text/html", utf8("<p>một</p>")), "Huế");
      archive.writeResponse(
          fetched("http://dvtu.vn/b.html", 200, "text/html", utf8("<p>hai</p>".repeat(500))),
          "Huế");
      file = archive.currentFile();
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.truncate(ch.size() - 700);
    }
    List<ArchivedDocument> docs = new ArrayList<>();
    WarcDocuments.ReadSummary summary = WarcDocuments.read(dir, docs::add);
    assertThat(docs)
        .extracting(ArchivedDocument::url)
        .contains(URI.create("http://dvtu.vn/a.html"));
    assertThat(docs)
        .extracting(ArchivedDocument::url)
        .doesNotContain(URI.create("http://dvtu.vn/b.html"));
    assertThat(summary.problems()).isNotEmpty();
  }
}
