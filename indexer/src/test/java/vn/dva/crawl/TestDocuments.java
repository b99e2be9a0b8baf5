package vn.dva.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Attachments and legacy-encoded pages made inside the tests. */
final class TestDocuments {

  private TestDocuments() {}

  /** A one-paragraph DOCX. */
  static byte[] docx(String text) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText(text);
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** A one-page PDF with an ASCII line (the standard 14 fonts have no Vietnamese letters). */
  static byte[] pdf(String asciiText) throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText(asciiText);
        cs.endText();
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  /**
   * Encodes Vietnamese text as windows-1258 does: letters it lacks precomposed are written as the
   * base letter (with its hat, breve or horn) followed by a combining tone mark.
   */
  static byte[] windows1258(String text) {
    Charset cs = Charset.forName("windows-1258");
    CharsetEncoder enc = cs.newEncoder();
    StringBuilder s = new StringBuilder();
    for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
      if (enc.canEncode(c)) {
        s.append(c);
        continue;
      }
      String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      StringBuilder base = new StringBuilder();
      StringBuilder tone = new StringBuilder();
      for (char d : nfd.toCharArray()) {
        if (d == '\u0300' || d == '\u0301' || d == '\u0303' || d == '\u0309' || d == '\u0323')
          tone.append(d);
        else base.append(d);
      }
      s.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
    }
    return s.toString().getBytes(cs);
  }
}
