package vn.dva.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bytes as servers send them → NFC text. */
class TextDecoderTest {

  /** "Việt Nam và thú" in windows-1258: base letters plus combining tone marks 0xF2, 0xCC, 0xEC. */
  private static final byte[] CP1258 = {
    'V',
    'i',
    (byte) 0xEA,
    (byte) 0xF2,
    't',
    ' ',
    'N',
    'a',
    'm',
    ' ',
    'v',
    'a',
    (byte) 0xCC,
    ' ',
    't',
    'h',
    'u',
    (byte) 0xEC
  };

  /** "người dân Đảng" in TCVN3: ư is 0xAD (the soft hyphen), ờ 0xEA, â 0xA9, Đ 0xA7, ả 0xB6. */
  private static final byte[] TCVN3 = {
    'n',
    'g',
    (byte) 0xAD,
    (byte) 0xEA,
    'i',
    ' ',
    'd',
    (byte) 0xA9,
    'n',
    ' ',
    (byte) 0xA7,
    (byte) 0xB6,
    'n',
    'g'
  };

  /** "Đảng bộ tỉnh" in VNI: Ñ = Đ, aû = ả, oä = ộ, æ = ỉ. */
  private static final byte[] VNI = {
    (byte) 0xD1,
    'a',
    (byte) 0xFB,
    'n',
    'g',
    ' ',
    'b',
    'o',
    (byte) 0xE4,
    ' ',
    't',
    (byte) 0xE6,
    'n',
    'h'
  };

  private static byte[] latin1(String shown) {
    return shown.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] html(String charset, byte[] body) {
    byte[] head =
        ("<html><head><meta charset=\"" + charset + "\"></head><body>")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  static Stream<Arguments> decodes() {
    String nfd = Normalizer.normalize("Dân vận khéo", Normalizer.Form.NFD);
    return Stream.of(
        Arguments.of(
            "windows-1258 in the header",
            CP1258,
            "text/html; charset=windows-1258",
            "Việt Nam và thú"),
        Arguments.of("windows-1258 undeclared", CP1258, null, "Việt Nam và thú"),
        Arguments.of(
            "windows-1258 declared latin-1",
            CP1258,
            "text/html; charset=ISO-8859-1",
            "Việt Nam và thú"),
        Arguments.of(
            "TCVN3 declared latin-1", TCVN3, "text/html; charset=iso-8859-1", "người dân Đảng"),
        Arguments.of(
            "TCVN3 declared windows-1252",
            TCVN3,
            "text/html; charset=windows-1252",
            "người dân Đảng"),
        Arguments.of("TCVN3 undeclared", TCVN3, null, "người dân Đảng"),
        Arguments.of(
            "TCVN3 contradicting a UTF-8 header",
            TCVN3,
            "text/html; charset=utf-8",
            "người dân Đảng"),
        Arguments.of("VNI undeclared", VNI, null, "Đảng bộ tỉnh"),
        Arguments.of("VNI declared latin-1", VNI, "text/plain; charset=iso-8859-1", "Đảng bộ tỉnh"),
        Arguments.of(
            "UTF-8 in NFD",
            nfd.getBytes(StandardCharsets.UTF_8),
            "text/html; charset=UTF-8",
            "Dân vận khéo"),
        Arguments.of(
            "UTF-8 undeclared", "Mặt trận".getBytes(StandardCharsets.UTF_8), null, "Mặt trận"),
        Arguments.of(
            "TCVN3 paragraph, latin-1",
            latin1(LegacyVietnameseEncodingsTest.TCVN3_PARAGRAPH),
            "text/html; charset=ISO-8859-1",
            LegacyVietnameseEncodingsTest.PARAGRAPH),
        Arguments.of(
            "VNI paragraph, undeclared",
            latin1(LegacyVietnameseEncodingsTest.VNI_PARAGRAPH),
            null,
            LegacyVietnameseEncodingsTest.PARAGRAPH),
        Arguments.of(
            "latin-1 French",
            "Café où".getBytes(StandardCharsets.ISO_8859_1),
            "text/html; charset=iso-8859-1",
            "Café où"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void decodes(String what, byte[] bytes, String contentType, String expected) {
    assertThat(TextDecoder.decode(bytes, contentType)).isEqualTo(expected);
  }

  @Test
  void aMetaCharsetIsReadWhenTheHeaderHasNone() {
    assertThat(TextDecoder.decode(html("windows-1258", CP1258), "text/html"))
        .endsWith("<body>Việt Nam và thú");
    assertThat(TextDecoder.decode(html("iso-8859-1", TCVN3), null))
        .endsWith("<body>người dân Đảng");
  }

  @Test
  void theSoftHyphenOfTcvn3BecomesUAndIsNotDropped() {
    assertThat(TextDecoder.decode(TCVN3, null)).doesNotContain("\u00AD").contains("ư");
  }

  @Test
  void repairLegacyFixesTextAnotherReaderDecodedAsLatin1() {
    String shown = new String(TCVN3, StandardCharsets.ISO_8859_1);
    assertThat(TextDecoder.repairLegacy(shown)).isEqualTo("người dân Đảng");
    assertThat(TextDecoder.repairLegacy("Dân vận")).isEqualTo("Dân vận");
    assertThat(TextDecoder.repairLegacy(null)).isNull();
  }

  @Test
  void nullBytesAreRejected() {
    assertThatThrownBy(() -> TextDecoder.decode(null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bytes");
  }
}
