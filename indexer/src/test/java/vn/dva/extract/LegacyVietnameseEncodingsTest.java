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
import vn.dva.extract.LegacyVietnameseEncodings.Encoding;

/** TCVN3 and VNI text, as a latin-1 reader shows it, back to Unicode. */
class LegacyVietnameseEncodingsTest {

  static final String PARAGRAPH =
      "Thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, Ban Chấp hành Đảng bộ"
          + " tỉnh đã ban hành các nghị quyết, chỉ thị về công tác dân vận.";

  static final String TCVN3_PARAGRAPH =
      "Thùc hiÖn NghÞ quyÕt §¹i héi ®¹i biÓu toµn quèc lÇn thø XIII cña §¶ng, Ban ChÊp hµnh §¶ng bé"
          + " tØnh ®· ban hµnh c¸c nghÞ quyÕt, chØ thÞ vÒ c«ng t¸c d©n vËn.";

  static final String VNI_PARAGRAPH =
      "Thöïc hieän Nghò quyeát Ñaïi hoäi ñaïi bieåu toaøn quoác laàn thöù XIII cuûa Ñaûng, Ban Chaáp"
          + " haønh Ñaûng boä tænh ñaõ ban haønh caùc nghò quyeát, chæ thò veà coâng taùc daân vaän.";

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  static Stream<Arguments> tcvn3() {
    return Stream.of(
        Arguments.of("Ban D©n vËn TØnh ñy", "Ban Dân vận Tỉnh ủy"),
        Arguments.of("ng\u00ADêi d©n ®\u00ADîc", "người dân được"),
        Arguments.of("§¶ng bé tØnh", "Đảng bộ tỉnh"),
        Arguments.of("MÆt trËn Tæ quèc", "Mặt trận Tổ quốc"),
        Arguments.of("ChØ thÞ sè 18-CT/TU", "Chỉ thị số 18-CT/TU"),
        Arguments.of("kh¼ng ®Þnh, b»ng, sÏ, ®Ñp", "khẳng định, bằng, sẽ, đẹp"),
        Arguments.of("d©n vËn khÐo, thùc hiÖn", "dân vận khéo, thực hiện"),
        Arguments.of("Uû ban nh©n d©n", "Uỷ ban nhân dân"),
        Arguments.of(TCVN3_PARAGRAPH, PARAGRAPH));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource
  void tcvn3(String shown, String unicode) {
    assertThat(LegacyVietnameseEncodings.detect(shown)).isEqualTo(Encoding.TCVN3);
    assertThat(nfc(LegacyVietnameseEncodings.toUnicode(shown, Encoding.TCVN3))).isEqualTo(unicode);
    assertThat(nfc(LegacyVietnameseEncodings.repair(shown))).isEqualTo(unicode);
  }

  static Stream<Arguments> vni() {
    return Stream.of(
        Arguments.of("Ñaûng boä tænh", "Đảng bộ tỉnh"),
        Arguments.of("Ban Daân vaän Tænh uûy", "Ban Dân vận Tỉnh ủy"),
        Arguments.of("ngöôøi daân ñöôïc", "người dân được"),
        Arguments.of("Maët traän Toå quoác", "Mặt trận Tổ quốc"),
        Arguments.of("Chæ thò soá 18-CT/TU", "Chỉ thị số 18-CT/TU"),
        Arguments.of("VIEÄT NAM, ÑAÛNG", "VIỆT NAM, ĐẢNG"),
        Arguments.of("khaúng ñònh, baèng, seõ, ñeïp", "khẳng định, bằng, sẽ, đẹp"),
        Arguments.of("daân vaän kheùo, Thöïc hieän", "dân vận khéo, Thực hiện"),
        Arguments.of("tuyø, kyõ, hyø", "tuỳ, kỹ, hỳ"),
        Arguments.of(VNI_PARAGRAPH, PARAGRAPH));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource
  void vni(String shown, String unicode) {
    assertThat(LegacyVietnameseEncodings.detect(shown)).isEqualTo(Encoding.VNI);
    assertThat(nfc(LegacyVietnameseEncodings.toUnicode(shown, Encoding.VNI))).isEqualTo(unicode);
    assertThat(nfc(LegacyVietnameseEncodings.repair(shown))).isEqualTo(unicode);
  }

  static Stream<String> ordinaryText() {
    return Stream.of(
        "Hello world, nothing to see",
        "Café au lait, où est-il? Très bien, à demain",
        "«Bonjour», dit-il — 1.234,5 €",
        "Dân vận khéo",
        "cong tac dan van nam 2023",
        "");
  }

  @ParameterizedTest(name = "\"{0}\" is left alone")
  @MethodSource
  void ordinaryText(String text) {
    assertThat(LegacyVietnameseEncodings.repair(text)).isEqualTo(text);
  }

  @Test
  void windows1252PunctuationSurvivesTheRepair() {
    String decodedAsCp1252 = "ChØ thÞ sè 18-CT/TU \u2026 \u201Cd©n vËn\u201D";
    assertThat(nfc(LegacyVietnameseEncodings.repair(decodedAsCp1252)))
        .isEqualTo("Chỉ thị số 18-CT/TU \u2026 \u201Cdân vận\u201D");
  }

  @Test
  void windows1258TonesInTextDeclaredLatin1AreRecognised() {
    byte[] bytes = {
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
    String shown = new String(bytes, StandardCharsets.ISO_8859_1);
    assertThat(LegacyVietnameseEncodings.detect(shown)).isEqualTo(Encoding.WINDOWS_1258);
    assertThat(nfc(LegacyVietnameseEncodings.toUnicode(shown, Encoding.WINDOWS_1258)))
        .isEqualTo("Việt Nam và thú");
  }

  @Test
  void nullIsRejectedByDetectAndKeptByRepair() {
    assertThatThrownBy(() -> LegacyVietnameseEncodings.detect(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text");
    assertThatThrownBy(() -> LegacyVietnameseEncodings.toUnicode("x", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("encoding");
    assertThat(LegacyVietnameseEncodings.repair(null)).isNull();
  }
}
