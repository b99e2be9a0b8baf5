package vn.dva.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentExtractorTest {

  private static final URI PAGE = URI.create("https://bdvtu.example.vn/tin-tuc/bai-viet.html");

  private final DocumentExtractor extractor = new DocumentExtractor();

  @Test
  void plainTextTakesItsFirstMeaningfulLineAsTitle(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ghi-chep.txt");
    Files.writeString(
        file,
        "\n  \nSkip to main content\n\nQuảng Nam sơ kết 5 năm thực hiện Kết luận số 114-KL/TW\nThứ năm - 19/01/2023 10:20\n\n"
            + "Ngày 14/7/2015, Ban Bí thư ban hành Kết luận số 114-KL/TW về nâng cao chất lượng, hiệu quả công tác dân vận.\n");

    ExtractedDocument doc = extractor.extract(file);

    assertThat(doc.title()).isEqualTo("Quảng Nam sơ kết 5 năm thực hiện Kết luận số 114-KL/TW");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2023, 1, 19));
    assertThat(doc.province()).isEqualTo("Quảng Nam");
    assertThat(doc.format()).isEqualTo("txt");
    assertThat(doc.source()).isEqualTo("file");
    assertThat(doc.id()).isEqualTo(file.toAbsolutePath().toUri().toString()).isEqualTo(doc.url());
    assertThat(doc.text()).endsWith("hiệu quả công tác dân vận.");
    assertThat(doc.citations()).extracting(DirectiveCitation::number).contains("114-KL/TW");
  }

  @Test
  void hintsWinOverWhatTheTextSays() throws Exception {
    byte[] html =
        page(
            "Hội nghị giao ban công tác dân vận tại Nghệ An",
            "<p>Nội dung hội nghị ở Nghệ An.</p>".repeat(10));

    ExtractedDocument doc =
        extractor.extract(
            html, "text/html", PAGE, new ExtractionHints("Thanh Hoá", "bdv.thanhhoa.dcs.vn"));

    assertThat(doc.province()).isEqualTo("Thanh Hóa");
    assertThat(doc.source()).isEqualTo("bdv.thanhhoa.dcs.vn");
  }

  @Test
  void sourceIsTheHostWithoutHints() throws Exception {
    ExtractedDocument doc =
        extractor.extract(page("Tiêu đề bài viết dân vận", "<p>Nội dung.</p>"), null, PAGE, null);

    assertThat(doc.source()).isEqualTo("bdvtu.example.vn");
    assertThat(doc.format()).isEqualTo("html");
    assertThat(doc.id()).isEqualTo(PAGE.toString());
  }

  @Test
  void decomposedBytesComeOutComposed() throws Exception {
    String nfd = Normalizer.normalize("Hòa Bình tổng kết Dân vận khéo", Normalizer.Form.NFD);

    ExtractedDocument doc =
        extractor.extract(page(nfd, "<p>" + nfd + " ở cơ sở, thuỷ lợi.</p>"), null, PAGE, null);

    assertThat(doc.title()).isEqualTo("Hòa Bình tổng kết Dân vận khéo");
    assertThat(doc.text()).contains("Hòa Bình tổng kết Dân vận khéo ở cơ sở");
    assertThat(doc.province()).isEqualTo("Hòa Bình");
  }

  @Test
  void utf8PageServedWithAWrongCharsetHeaderStillReadsAsVietnamese() throws Exception {
    byte[] html =
        page("Đắk Nông triển khai Quy chế dân chủ ở cơ sở", "<p>Người dân được bàn, được làm.</p>");

    ExtractedDocument doc = extractor.extract(html, "text/html; charset=iso-8859-1", PAGE, null);

    assertThat(doc.title()).isEqualTo("Đắk Nông triển khai Quy chế dân chủ ở cơ sở");
    assertThat(doc.text()).contains("Người dân được bàn, được làm.");
  }

  @Test
  void malformedHtmlGivesASaneDocument() throws Exception {
    byte[] html =
        ("<html><head><title>Bài viết lỗi thẻ - Ban Dân vận</title><body><div><p>Đoạn một chưa đóng"
                + "<table><tr><td>Ô bảng <b>in đậm <i>nghiêng</b> hết</i><p>Đoạn hai </div></span></td>"
                + "<p>Đoạn ba về công tác dân vận ở Cao Bằng.")
            .getBytes(StandardCharsets.UTF_8);

    ExtractedDocument doc = extractor.extract(html, null, PAGE, null);

    assertThat(doc.title()).isEqualTo("Bài viết lỗi thẻ");
    assertThat(doc.text())
        .contains("Đoạn một chưa đóng", "Đoạn ba về công tác dân vận ở Cao Bằng.");
    assertThat(doc.province()).isEqualTo("Cao Bằng");
  }

  @Test
  void deeplyNestedHugePageGivesASaneDocument() throws Exception {
    StringBuilder html =
        new StringBuilder("<html><head><title>Trang lồng sâu - Ban Dân vận</title></head><body>");
    html.append("<div><span>".repeat(20_000));
    html.append("<p>Văn bản sâu nhất về Dân vận khéo.</p>");
    html.append("</span></div>".repeat(20_000));
    html.append("</body></html>");

    ExtractedDocument doc =
        extractor.extract(html.toString().getBytes(StandardCharsets.UTF_8), null, PAGE, null);

    assertThat(doc.title()).isEqualTo("Trang lồng sâu");
    assertThat(doc.text()).contains("Văn bản sâu nhất về Dân vận khéo.");
  }

  @Test
  void randomTagSoupAlwaysGivesADocumentWithATitle() throws Exception {
    String[] pieces = {
      "<div>",
      "</div>",
      "<p>",
      "</p>",
      "<table><tr><td>",
      "</td></tr></table>",
      "<h1 class='title'>",
      "</h1>",
      "<a href='/x'>",
      "</a>",
      "<ul><li>",
      "<br>",
      "<script>var x = '<p>';</script>",
      "<!-- Tin khác -->",
      "<div id='news-bodyhtml'>",
      "<span class='date'>",
      "Thứ năm - 19/01/2023 10:20",
      "Đang truy cập 12",
      "Nghị quyết số 25-NQ/TW ngày 03/6/2013",
      "Dân vận khéo ở Hà Giang",
      "&nbsp;",
      "&#x1F600;",
      "<",
      ">",
      "\"",
      "Gửi cho bạn bè",
      "<meta property='article:published_time' content='2023-13-45'>",
      "\u0301",
      "Ð"
    };
    Random random = new Random(20260522);
    for (int i = 0; i < 100; i++) {
      StringBuilder html = new StringBuilder();
      for (int j = random.nextInt(60); j >= 0; j--)
        html.append(pieces[random.nextInt(pieces.length)]);

      ExtractedDocument doc =
          extractor.extract(
              html.toString().getBytes(StandardCharsets.UTF_8), "text/html", PAGE, null);

      assertThat(doc.title()).as(html.toString()).isNotBlank();
      assertThat(doc.text()).as(html.toString()).doesNotContain("<script", "Tin khác -->");
      assertThat(doc.text()).isEqualTo(Normalizer.normalize(doc.text(), Normalizer.Form.NFC));
    }
  }

  static Stream<Arguments> badInputsAreClearErrors() {
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    return Stream.of(
        Arguments.of("empty", new byte[0], "https://x.vn/rong.html", "empty file"),
        Arguments.of("binary garbage", garbage, "https://x.vn/rac.html", "binary"),
        Arguments.of("binary as text", garbage, "https://x.vn/rac.txt", "binary"),
        Arguments.of(
            "unknown type",
            "abc".getBytes(StandardCharsets.UTF_8),
            "https://x.vn/bang.xls",
            "unsupported format"),
        Arguments.of("garbage pdf", garbage, "https://x.vn/rac.pdf", "cannot parse"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void badInputsAreClearErrors(String label, byte[] bytes, String uri, String reason) {
    assertThatThrownBy(() -> extractor.extract(bytes, null, URI.create(uri), ExtractionHints.NONE))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining(uri)
        .hasMessageContaining(reason);
  }

  @Test
  void htmlOverTheMarkupLimitIsCutAndItsFirstPartKept() throws Exception {
    DocumentExtractor small =
        new DocumentExtractor(
            new TikaExtractor.Limits(1 << 20, 100_000, Duration.ofSeconds(5), 100, 100, 2_000));
    String paragraphs =
        IntStream.range(0, 200)
            .mapToObj(i -> "<p>Đoạn thứ " + i + " về công tác dân vận ở cơ sở.</p>\n")
            .collect(Collectors.joining());

    ExtractedDocument doc =
        small.extract(page("Bài rất dài về công tác dân vận", paragraphs), null, PAGE, null);

    assertThat(doc.title()).isEqualTo("Bài rất dài về công tác dân vận");
    assertThat(doc.text()).contains("Đoạn thứ 0 về").doesNotContain("Đoạn thứ 199");
  }

  @Test
  void textOverTheCharacterLimitIsCutAtALineEnd(@TempDir Path dir) throws Exception {
    DocumentExtractor small =
        new DocumentExtractor(
            new TikaExtractor.Limits(1 << 20, 500, Duration.ofSeconds(5), 100, 100, 1 << 20));
    Path file = dir.resolve("dai.txt");
    Files.writeString(
        file,
        IntStream.range(0, 100)
            .mapToObj(i -> "Dòng thứ " + i + " của văn bản.")
            .collect(Collectors.joining("\n")));

    ExtractedDocument doc = small.extract(file);

    assertThat(doc.text().length()).isLessThanOrEqualTo(500);
    assertThat(doc.text()).startsWith("Dòng thứ 0 ").endsWith("của văn bản.");
  }

  @Test
  void aFileOverTheMarkupLimitIsReadOnlyUpToIt(@TempDir Path dir) throws Exception {
    DocumentExtractor small =
        new DocumentExtractor(
            new TikaExtractor.Limits(1 << 20, 100_000, Duration.ofSeconds(5), 100, 100, 4_000));
    Path file = dir.resolve("dai.html");
    Files.write(
        file,
        page(
            "Bài rất dài về công tác dân vận",
            "<p>Mở đầu.</p>" + "<p>Nội dung.</p>".repeat(5_000) + "<p>Kết thúc.</p>"));

    ExtractedDocument doc = small.extract(file);

    assertThat(doc.text()).startsWith("Mở đầu.").doesNotContain("Kết thúc.");
  }

  @Test
  void htmlStillParsingAfterTheTimeoutIsAClearError() {
    DocumentExtractor hasty =
        new DocumentExtractor(
            new TikaExtractor.Limits(50 << 20, 5_000_000, Duration.ofNanos(1), 100, 100, 8 << 20));
    byte[] big = page("Tiêu đề khá dài của bài", "<p>Đoạn văn về dân vận.</p>".repeat(100_000));

    assertThatThrownBy(() -> hasty.extract(big, null, PAGE, null))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining(PAGE.toString())
        .hasMessageContaining("timeout");
  }

  @Test
  void missingFileNamesTheFile(@TempDir Path dir) {
    Path missing = dir.resolve("khong-co.html");

    assertThatThrownBy(() -> extractor.extract(missing))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("khong-co.html");
  }

  @Test
  void supportsTheDocumentExtensionsOnly() {
    assertThat(Stream.of("a.html", "b.HTM", "c.txt", "d.pdf", "e.doc", "f.docx").map(Path::of))
        .allMatch(DocumentExtractor::supports);
    assertThat(Stream.of("a.xls", "b", "c.warc.gz", "d.jpg").map(Path::of))
        .noneMatch(DocumentExtractor::supports);
  }

  private static byte[] page(String title, String body) {
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
            + title
            + " - Ban Dân vận Tỉnh ủy</title></head>"
            + "<body><div id=\"news-bodyhtml\">"
            + body
            + "</div></body></html>")
        .getBytes(StandardCharsets.UTF_8);
  }
}
