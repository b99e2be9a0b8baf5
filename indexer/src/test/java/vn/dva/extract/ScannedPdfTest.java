package vn.dva.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scanned PDFs: a directive's first page rendered to an image at 300 dpi (as a scanner gives it),
 * wrapped in a PDF without any text layer, is read with Tesseract and its Vietnamese model. Skips
 * with a message when tesseract or its Vietnamese data is not installed (Debian: tesseract-ocr,
 * tesseract-ocr-vie; .ci/run installs them).
 */
class ScannedPdfTest {

  private static final int DPI = 300;

  /** The first page, as we wrote it in the layout of a Party resolution. */
  private static final String[] PAGE = {
    "BAN CHẤP HÀNH TRUNG ƯƠNG|ĐẢNG CỘNG SẢN VIỆT NAM",
    "*|Hà Nội, ngày 03 tháng 6 năm 2013",
    "Số 25-NQ/TW|",
    "",
    "NGHỊ QUYẾT",
    "Hội nghị lần thứ bảy Ban Chấp hành Trung ương khóa XI",
    "về tăng cường và đổi mới sự lãnh đạo của Đảng",
    "đối với công tác dân vận trong tình hình mới",
    "",
    "Công tác dân vận là nhiệm vụ của cả hệ thống chính trị. Các cấp ủy",
    "tổ chức học tập, quán triệt và xây dựng chương trình hành động",
    "để thực hiện nghị quyết này ở địa phương, đơn vị mình.",
  };

  @BeforeAll
  static void needsTesseract() {
    Assumptions.assumeTrue(
        new PdfOcr().available(),
        "tesseract with Vietnamese data is not installed (apt-get install tesseract-ocr"
            + " tesseract-ocr-vie): skipping the scanned-PDF test");
    Assumptions.assumeTrue(
        vietnameseFont() != null, "no font that draws Vietnamese letters: skipping");
  }

  private static String vietnameseFont() {
    String sample = "Đảng Cộng sản Việt Nam ữ ệ ỗ ợ";
    for (String name :
        List.of("DejaVu Serif", "Liberation Serif", "Noto Serif", "DejaVu Sans", "Serif")) {
      Font f = new Font(name, Font.PLAIN, 12);
      boolean installed =
          Arrays.asList(
                      GraphicsEnvironment.getLocalGraphicsEnvironment()
                          .getAvailableFontFamilyNames())
                  .contains(name)
              || name.equals("Serif");
      if (installed && f.canDisplayUpTo(sample) == -1) return name;
    }
    return null;
  }

  /** The page drawn in black on white at {@link #DPI}, A4, 13 pt text. */
  private static BufferedImage scan() {
    int width = (int) Math.round(8.27 * DPI);
    int height = (int) Math.round(11.69 * DPI);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    Font font = new Font(vietnameseFont(), Font.PLAIN, 13 * DPI / 72);
    g.setFont(font);
    int left = DPI; // one-inch margins
    int y = DPI;
    int line = (int) (font.getSize() * 1.6);
    for (String row : PAGE) {
      String[] cells = row.split("\\|", -1);
      g.drawString(cells[0], left, y);
      if (cells.length > 1 && !cells[1].isEmpty()) g.drawString(cells[1], width / 2 + DPI / 4, y);
      y += line;
    }
    g.dispose();
    return image;
  }

  /** A PDF holding only the image of the page, the way a scanner writes one. */
  static byte[] scannedPdf(BufferedImage image) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDImageXObject picture = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void readsNumberDateAndSubjectOfAScannedFirstPage() throws Exception {
    byte[] pdf = scannedPdf(scan());
    assertThat(PdfOcr.hasScannedPages(pdf)).isTrue();
    long start = System.nanoTime();
    ExtractedDocument d =
        new DocumentExtractor()
            .extract(pdf, "application/pdf", URI.create("file:///scan/25-nq-tw.pdf"), null);
    System.out.printf(
        "ScannedPdfTest: OCR of one A4 page at %d dpi took %d ms%n",
        DPI, (System.nanoTime() - start) / 1_000_000);
    assertThat(d.ocr()).isTrue();
    String text = d.text().replaceAll("\\s+", " ");
    assertThat(DirectiveExtractor.numbersIn(text))
        .extracting(DirectiveExtractor.NumberMatch::number)
        .contains("25-NQ/TW");
    assertThat(Pattern.compile("ngày 0?3 tháng 0?6 năm 2013").matcher(text).find())
        .as("date in: " + text)
        .isTrue();
    assertThat(text)
        .contains(
            "về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới");
  }

  @Test
  void aPdfWithATextLayerIsNotReadByOcr() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText("Nghi quyet so 25-NQ/TW ve cong tac dan van trong tinh hinh moi");
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      pdf = out.toByteArray();
    }
    assertThat(PdfOcr.hasScannedPages(pdf)).isFalse();
    ExtractedDocument d =
        new DocumentExtractor().extract(pdf, "application/pdf", URI.create("file:///t.pdf"), null);
    assertThat(d.ocr()).isFalse();
    assertThat(d.text()).contains("25-NQ/TW");
  }

  @Test
  void aPageOverItsTimeLimitIsLeftUnreadAndTheRestKept() throws Exception {
    byte[] pdf = scannedPdf(scan());
    PdfOcr.Result r =
        new PdfOcr(
                new PdfOcr.Limits(Duration.ofMillis(1), Duration.ofMinutes(1), 100, 10),
                "tesseract")
            .read(pdf, "slow.pdf");
    assertThat(r.complete()).isFalse();
    assertThat(r.usedOcr()).isFalse();
  }

  @Test
  void withoutTesseractAScanIsIndexedWithoutTextAndThatIsSaidOnce() throws Exception {
    PdfOcr missing = new PdfOcr(PdfOcr.Limits.DEFAULTS, "/nonexistent/dva-tesseract");
    assertThat(missing.available()).isFalse();
    DocumentExtractor extractor = new DocumentExtractor(TikaExtractor.Limits.DEFAULTS, missing);
    ExtractedDocument scanned =
        extractor.extract(
            scannedPdf(scan()), "application/pdf", URI.create("file:///scan/a.pdf"), null);
    assertThat(scanned.ocr()).isFalse();
    assertThat(scanned.text()).isBlank();
    assertThat(missing.warnMissingOnce()).as("already said during the extraction").isFalse();
  }
}
