package vn.dva.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A UTF-8 page with a few bytes that are not UTF-8 stays UTF-8, its bad bytes replaced; pages that
 * really are in a legacy encoding are still read as such.
 */
class StrayBytesTest {

  private static final String ARTICLE =
      "Mặt trận Tổ quốc tỉnh phối hợp với Ban Dân vận Tỉnh ủy tổng kết phong trào thi đua dân vận"
          + " khéo, biểu dương những mô hình hay ở cơ sở. ";

  /** Bytes a windows-1252 editor leaves in a UTF-8 file: no-break space, é, right quote, bullet. */
  private static final byte[] STRAY = {(byte) 0xA0, (byte) 0xE9, (byte) 0x92, (byte) 0x95};

  /** A page of {@code paragraphs} paragraphs with {@code stray} bad bytes spread over it. */
  static byte[] page(String declared, int paragraphs, int stray) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("<html><head>"
                + (declared == null ? "" : "<meta charset=\"" + declared + "\">")
                + "<title>Mặt trận Tổ quốc</title></head><body>")
            .getBytes(StandardCharsets.UTF_8));
    int every = Math.max(1, paragraphs * 8 / Math.max(1, stray));
    int left = stray;
    for (int p = 0; p < paragraphs; p++) {
      String[] words = ARTICLE.split(" ");
      out.writeBytes("<p>".getBytes(StandardCharsets.UTF_8));
      for (int w = 0; w < words.length; w++) {
        out.writeBytes((words[w] + " ").getBytes(StandardCharsets.UTF_8));
        if (left > 0 && (p * words.length + w) % every == every - 1) {
          out.write(STRAY[left % STRAY.length]);
          left--;
        }
      }
      out.writeBytes("</p>\n".getBytes(StandardCharsets.UTF_8));
    }
    while (left-- > 0) out.write(STRAY[left % STRAY.length]);
    out.writeBytes("</body></html>".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static Stream<Arguments> strayBytes() {
    return Stream.of(
        Arguments.of("one byte, declared UTF-8", "utf-8", null, 1),
        Arguments.of("one byte, undeclared", null, null, 1),
        Arguments.of("one byte, header says latin-1", null, "text/html; charset=ISO-8859-1", 1),
        Arguments.of("ten bytes, declared UTF-8", "utf-8", null, 10),
        Arguments.of("ten bytes, undeclared", null, null, 10),
        Arguments.of("ten bytes, declared windows-1258", "windows-1258", null, 10),
        Arguments.of("many bytes, declared UTF-8", "utf-8", null, 150),
        Arguments.of("many bytes, undeclared", null, null, 150));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("strayBytes")
  void aUtf8PageWithStrayBytesStaysUtf8(
      String what, String declared, String contentType, int stray) {
    byte[] bytes = page(declared, 20, stray);

    String text = TextDecoder.decode(bytes, contentType);

    assertThat(text).contains("<title>Mặt trận Tổ quốc</title>");
    assertThat(text.replace("\uFFFD", "").split("Mặt trận Tổ quốc", -1).length - 1)
        .as("every paragraph keeps its words")
        .isGreaterThanOrEqualTo(20);
    assertThat(text.chars().filter(c -> c == '\uFFFD').count()).isEqualTo(stray);
  }

  @Test
  void thePhraseStillFindsAPageWithOneStrayByte() throws Exception {
    byte[] bytes = page("utf-8", 3, 1);

    ExtractedDocument doc =
        new DocumentExtractor()
            .extract(bytes, "text/html", URI.create("https://a.vn/mat-tran.html"), null);

    assertThat(doc.title()).isEqualTo("Mặt trận Tổ quốc");
    assertThat(doc.text()).contains("Mặt trận Tổ quốc tỉnh phối hợp");
  }

  /** Full pages in the legacy encodings, as old provincial sites served them. */
  static Stream<Arguments> legacyPages() {
    byte[] cp1258 = windows1258(LegacyVietnameseEncodingsTest.PARAGRAPH);
    return Stream.of(
        Arguments.of(
            "TCVN3, declared latin-1",
            legacyPage("iso-8859-1", latin1(LegacyVietnameseEncodingsTest.TCVN3_PARAGRAPH)),
            null),
        Arguments.of(
            "TCVN3, declared UTF-8 by a careless server",
            legacyPage(null, latin1(LegacyVietnameseEncodingsTest.TCVN3_PARAGRAPH)),
            "text/html; charset=utf-8"),
        Arguments.of(
            "VNI, undeclared",
            legacyPage(null, latin1(LegacyVietnameseEncodingsTest.VNI_PARAGRAPH)),
            null),
        Arguments.of("windows-1258, declared", legacyPage("windows-1258", cp1258), null),
        Arguments.of(
            "windows-1258, declared UTF-8",
            legacyPage("utf-8", cp1258),
            "text/html; charset=utf-8"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("legacyPages")
  void legacyPagesAreStillReadAsLegacy(String what, byte[] page, String contentType) {
    String text = TextDecoder.decode(page, contentType);

    assertThat(text).contains(LegacyVietnameseEncodingsTest.PARAGRAPH).doesNotContain("\uFFFD");
  }

  static Stream<Arguments> evidence() {
    return Stream.of(
        Arguments.of("ASCII", "abc".getBytes(StandardCharsets.US_ASCII), 0, 0),
        Arguments.of("UTF-8", "Mặt trận".getBytes(StandardCharsets.UTF_8), 2, 0),
        Arguments.of("a lone no-break space", new byte[] {'a', (byte) 0xA0, 'b'}, 0, 1),
        Arguments.of("a cut sequence", new byte[] {'a', (byte) 0xE1, (byte) 0xBA}, 0, 2),
        Arguments.of("an overlong form", new byte[] {(byte) 0xC0, (byte) 0xAF}, 0, 2),
        Arguments.of("a surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, 3),
        Arguments.of("a four-byte emoji", "😀".getBytes(StandardCharsets.UTF_8), 1, 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("evidence")
  void countsWellFormedSequencesAndStrayBytes(String what, byte[] bytes, int valid, int invalid) {
    assertThat(Utf8Evidence.of(bytes)).isEqualTo(new Utf8Evidence(valid, invalid));
  }

  /**
   * {@code text} as windows-1258 writes Vietnamese: letters with circumflex, breve or horn
   * precomposed, tone marks as combining characters after them.
   */
  static byte[] windows1258(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      String nfd = Normalizer.normalize(text.substring(i, i + 1), Normalizer.Form.NFD);
      StringBuilder base = new StringBuilder();
      StringBuilder tones = new StringBuilder();
      for (char c : nfd.toCharArray()) {
        boolean tone =
            c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
        (tone ? tones : base).append(c);
      }
      out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
    }
    return out.toString().getBytes(Charset.forName("windows-1258"));
  }

  private static byte[] latin1(String shown) {
    return shown.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] legacyPage(String declared, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("<html><head>"
                + (declared == null ? "" : "<meta charset=\"" + declared + "\">")
                + "</head><body><p>")
            .getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; i < 5; i++) {
      out.writeBytes(body);
      out.write(' ');
    }
    out.writeBytes("</p></body></html>".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }
}
