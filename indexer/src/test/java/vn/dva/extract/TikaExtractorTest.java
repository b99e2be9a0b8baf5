package vn.dva.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.Optional;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** PDF and DOCX files made here, with Vietnamese text, read back through Tika. */
class TikaExtractorTest {

  private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

  private static final String[] PARAGRAPHS = {
    "Ban Dân vận Tỉnh ủy Hà Giang tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW",
    "Ngày 03/6/2013, Ban Chấp hành Trung ương Đảng (khóa XI) ban hành Nghị quyết số 25-NQ/TW về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận.",
    "Phong trào thi đua “Dân vận khéo” được đồng bào các dân tộc thiểu số hưởng ứng."
  };

  private final DocumentExtractor extractor = new DocumentExtractor();

  @Test
  void docxKeepsVietnameseTextTitleAndCreationDate() throws Exception {
    byte[] docx = docx("Tổng kết 10 năm Nghị quyết 25", "2023-06-02T03:00:00Z");

    ExtractedDocument doc =
        extractor.extract(
            docx, null, URI.create("file:///tmp/tong-ket.docx"), ExtractionHints.NONE);

    assertThat(doc.format()).isEqualTo("docx");
    assertThat(doc.title()).isEqualTo("Tổng kết 10 năm Nghị quyết 25");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2023, 6, 2));
    assertThat(doc.text())
        .startsWith(PARAGRAPHS[0])
        .endsWith(PARAGRAPHS[2])
        .contains(PARAGRAPHS[1]);
    assertThat(doc.province()).isEqualTo("Hà Giang");
    assertThat(doc.citations()).extracting(DirectiveCitation::number).contains("25-NQ/TW");
  }

  @Test
  void pdfKeepsVietnameseTextAndFallsBackToFirstLineForTitle() throws Exception {
    Assumptions.assumeTrue(
        Files.isRegularFile(FONT), "DejaVu Sans is absent: cannot draw Vietnamese in a PDF");
    byte[] pdf = pdf(null);

    ExtractedDocument doc =
        extractor.extract(
            pdf,
            "application/pdf",
            URI.create("https://example.vn/van-ban/bc.pdf"),
            ExtractionHints.NONE);

    assertThat(doc.format()).isEqualTo("pdf");
    assertThat(doc.title()).isEqualTo(PARAGRAPHS[0]);
    assertThat(doc.text()).contains("Dân vận khéo", "đồng bào các dân tộc thiểu số", "khóa XI");
    assertThat(doc.source()).isEqualTo("example.vn");
  }

  @Test
  void pdfTitleAndDateComeFromItsMetadata() throws Exception {
    Assumptions.assumeTrue(
        Files.isRegularFile(FONT), "DejaVu Sans is absent: cannot draw Vietnamese in a PDF");
    Calendar created = Calendar.getInstance(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
    created.clear();
    created.set(2024, Calendar.MARCH, 15, 9, 30);

    ExtractedParts parts = new TikaExtractor().extract(pdf(created), "bao-cao.pdf");

    assertThat(parts.title()).isEqualTo("Báo cáo sơ kết Quy chế dân chủ ở cơ sở");
    assertThat(parts.published()).isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(parts.truncated()).isFalse();
  }

  @Test
  void textOverTheCharacterLimitIsCutAndMarkedTruncated() throws Exception {
    TikaExtractor small =
        new TikaExtractor(new TikaExtractor.Limits(1 << 20, 100, Duration.ofSeconds(60), 100, 100));

    ExtractedParts parts = small.extract(docx("Dài", null), "dai.docx");

    assertThat(parts.truncated()).isTrue();
    assertThat(parts.text().length()).isLessThanOrEqualTo(100);
    assertThat(parts.text()).startsWith("Ban Dân vận Tỉnh ủy Hà Giang");
  }

  @Test
  void inputOverTheSizeLimitIsRefusedBeforeParsing() throws Exception {
    DocumentExtractor tiny =
        new DocumentExtractor(
            new TikaExtractor.Limits(1000, 1000, Duration.ofSeconds(5), 100, 100));
    byte[] docx = docx("Lớn", null);

    assertThatThrownBy(() -> tiny.extract(docx, null, URI.create("file:///tmp/lon.docx"), null))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("lon.docx")
        .hasMessageContaining("over the limit");
  }

  @Test
  void aParseStillRunningAtTheTimeoutIsAbandonedWithAClearError() throws Exception {
    TikaExtractor impatient =
        new TikaExtractor(new TikaExtractor.Limits(1 << 20, 1000, Duration.ofNanos(1), 100, 100));
    byte[] docx = docx("Chậm", null);

    assertThatThrownBy(() -> impatient.extract(docx, "cham.docx"))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("cham.docx")
        .hasMessageContaining("parse timeout");
  }

  @Test
  void corruptDocxIsAClearError() throws Exception {
    byte[] docx = docx("Hỏng", null);
    byte[] broken = java.util.Arrays.copyOf(docx, docx.length / 2);

    assertThatThrownBy(
            () -> extractor.extract(broken, null, URI.create("file:///tmp/hong.docx"), null))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("hong.docx");
  }

  @Test
  void zipBombDisguisedAsDocxIsRejectedWithAClearError() throws Exception {
    byte[] bomb = zipBomb();

    assertThatThrownBy(() -> new TikaExtractor().extract(bomb, "bom.docx"))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("bom.docx")
        .hasMessageMatching("(?is).*bom\\.docx.*zip bomb.*");
  }

  private static byte[] docx(String title, String created) throws Exception {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String p : PARAGRAPHS) doc.createParagraph().createRun().setText(p);
      for (int i = 0; i < 20; i++)
        doc.createParagraph()
            .createRun()
            .setText(
                "Phong trào thi đua “Dân vận khéo” được đồng bào các dân tộc thiểu số hưởng ứng.");
      doc.getProperties().getCoreProperties().setTitle(title);
      if (created != null) doc.getProperties().getCoreProperties().setCreated(created);
      else doc.getProperties().getCoreProperties().setCreated(Optional.empty());
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] pdf(Calendar created) throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDType0Font font = PDType0Font.load(doc, FONT.toFile());
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(font, 9);
        cs.setLeading(14);
        cs.newLineAtOffset(40, 740);
        for (String p : PARAGRAPHS) {
          for (String line : wrap(p, 90)) {
            cs.showText(line);
            cs.newLine();
          }
          cs.newLine();
        }
        cs.endText();
      }
      if (created != null) {
        doc.getDocumentInformation().setTitle("Báo cáo sơ kết Quy chế dân chủ ở cơ sở");
        doc.getDocumentInformation().setCreationDate(created);
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static java.util.List<String> wrap(String text, int width) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() + word.length() + 1 > width && line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) line.append(' ');
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  /**
   * A real DOCX whose document part is replaced by one that inflates a few kilobytes into 32 MiB of
   * repeated paragraphs.
   */
  private static byte[] zipBomb() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx("Bom", null)));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("word/document.xml")) {
          zip.write(
              "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                  .getBytes(StandardCharsets.UTF_8));
          byte[] paragraph =
              "<w:p><w:r><w:t>Dân vận khéo Dân vận khéo Dân vận khéo</w:t></w:r></w:p>"
                  .getBytes(StandardCharsets.UTF_8);
          for (long written = 0; written < (32L << 20); written += paragraph.length)
            zip.write(paragraph);
          zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
