package vn.dva.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dva.analysis.AnalyzedTokens.terms;

import java.text.Normalizer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Input → terms, for every normalization the analyzer promises. */
class VietnameseAnalyzerTest {

  private static final VietnameseAnalyzer ANALYZER = VietnameseAnalyzer.forIndexing();

  static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  static Stream<Arguments> foldingKeepsTheOriginal() {
    return Stream.of(
        Arguments.of("Dân vận khéo", "dan|dân van|vận kheo|khéo"),
        Arguments.of("DÂN VẬN KHÉO", "dan|dân van|vận kheo|khéo"),
        Arguments.of(nfd("Dân vận khéo"), "dan|dân van|vận kheo|khéo"),
        Arguments.of("dan van kheo", "dan van kheo"),
        Arguments.of("Đảng ủy", "dang|đảng uy|ủy"),
        Arguments.of(nfd("ĐẢNG ỦY"), "dang|đảng uy|ủy"),
        Arguments.of("\u00D0ảng b\u00F0", "dang|đảng bd|bđ"),
        Arguments.of("người được không", "nguoi|người duoc|được khong|không"),
        Arguments.of("Mặt trận Tổ quốc", "mat|mặt tran|trận to|tổ quoc|quốc"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource
  void foldingKeepsTheOriginal(String input, String expected) {
    assertThat(terms(ANALYZER, input)).isEqualTo(expected);
  }

  static Stream<Arguments> oldAndNewTonePlacementAreOneTerm() {
    return Stream.of(
        Arguments.of("hoà", "hòa"),
        Arguments.of("HOÀ", "hòa"),
        Arguments.of("Hoà", "hòa"),
        Arguments.of(nfd("hoà"), "hòa"),
        Arguments.of("hòa", "hòa"),
        Arguments.of("thuỷ", "thủy"),
        Arguments.of("THUỶ", "thủy"),
        Arguments.of(nfd("Thuỷ"), "thủy"),
        Arguments.of("uý", "úy"),
        Arguments.of("Uỷ", "ủy"),
        Arguments.of("khoẻ", "khỏe"),
        Arguments.of("KHOẺ", "khỏe"),
        Arguments.of("toạ", "tọa"),
        Arguments.of("loé", "lóe"),
        Arguments.of("luỹ", "lũy"),
        Arguments.of("tuỳ", "tùy"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource
  void oldAndNewTonePlacementAreOneTerm(String input, String canonical) {
    String folded = Normalizer.normalize(canonical, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    assertThat(terms(ANALYZER, input)).isEqualTo(folded + "|" + canonical);
  }

  static Stream<Arguments> tonePlacementLeavesFixedPositionsAlone() {
    return Stream.of(
        Arguments.of("hoàng", "hoang|hoàng"),
        Arguments.of("HOÀNG", "hoang|hoàng"),
        Arguments.of("thuyền", "thuyen|thuyền"),
        Arguments.of("ngoài", "ngoai|ngoài"),
        Arguments.of("quý", "quy|quý"),
        Arguments.of("Quỹ", "quy|quỹ"),
        Arguments.of("khuya", "khuya"),
        Arguments.of("mùa", "mua|mùa"),
        Arguments.of("thuế", "thue|thuế"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource
  void tonePlacementLeavesFixedPositionsAlone(String input, String expected) {
    assertThat(terms(ANALYZER, input)).isEqualTo(expected);
  }

  static Stream<Arguments> iAndYSpellingsAreOneTermWhereBothAreAllowed() {
    return Stream.of(
        Arguments.of("kĩ thuật", "ky|kỹ thuat|thuật"),
        Arguments.of("kỹ thuật", "ky|kỹ thuat|thuật"),
        Arguments.of("KĨ THUẬT", "ky|kỹ thuat|thuật"),
        Arguments.of(nfd("Kĩ"), "ky|kỹ"),
        Arguments.of("lí luận", "ly|lý luan|luận"),
        Arguments.of("Mĩ", "my|mỹ"),
        Arguments.of("bác sĩ", "bac|bác sy|sỹ"),
        Arguments.of("qui định", "quy dinh|định"),
        Arguments.of("hi sinh", "hy sinh"),
        Arguments.of("công ti", "cong|công ty"),
        Arguments.of("ki thuat", "ky thuat"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource
  void iAndYSpellingsAreOneTermWhereBothAreAllowed(String input, String expected) {
    assertThat(terms(ANALYZER, input)).isEqualTo(expected);
  }

  static Stream<Arguments> iAndYSpellingsStayApartElsewhere() {
    return Stream.of(
        Arguments.of("thi", "thi"),
        Arguments.of("chi", "chi"),
        Arguments.of("đi", "di|đi"),
        Arguments.of("vi phạm", "vi pham|phạm"),
        Arguments.of("y tế", "y te|tế"),
        Arguments.of("kim", "kim"),
        Arguments.of("tỉnh", "tinh|tỉnh"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource
  void iAndYSpellingsStayApartElsewhere(String input, String expected) {
    assertThat(terms(ANALYZER, input)).isEqualTo(expected);
  }

  static Stream<Arguments> directiveNumbersAreOneCanonicalTerm() {
    return Stream.of(
        Arguments.of("18-CT/TU", "18-ct/tu"),
        Arguments.of("18-ct/tu", "18-ct/tu"),
        Arguments.of("18 - CT/TU", "18-ct/tu"),
        Arguments.of("18-CT / TU", "18-ct/tu"),
        Arguments.of("217- QĐ/TW", "217-qđ/tw"),
        Arguments.of("217-QD/TW", "217-qđ/tw"),
        Arguments.of("217-qd/tw", "217-qđ/tw"),
        Arguments.of(nfd("217-QĐ/TW"), "217-qđ/tw"),
        Arguments.of("217-Q\u00D0/TW", "217-qđ/tw"),
        Arguments.of("217/QĐ-TW", "217-qđ/tw"),
        Arguments.of("25-NQ/TƯ", "25-nq/tw"),
        Arguments.of("Quyết định 217, 218-QĐ/TW", "quyet|quyết dinh|định 217-qđ/tw 218-qđ/tw"),
        Arguments.of(
            "Chỉ thị số 18-CT/TU, ngày 04/11/2022",
            "chi|chỉ thi|thị so|số 18-ct/tu ngay|ngày 04 11 2022"),
        Arguments.of("số31-QĐ/TW", "so|số 31-qđ/tw"),
        Arguments.of("Đề án 05-ĐA/TU", "de|đề an|án 05-đa/tu"),
        Arguments.of("05-DA/TU", "05-đa/tu"),
        Arguments.of("Quy định 08-QĐi/TW", "quy dinh|định 08-qđi/tw"),
        Arguments.of("15-KH/BDVTU", "15-kh/bdvtu"),
        Arguments.of("Nghị định 15/2020/NĐ-CP", "nghi|nghị dinh|định 15/2020/nđ-cp"),
        Arguments.of("1234/QĐ-UBND", "1234/qđ-ubnd"),
        Arguments.of(
            "Nghị quyết 15, 16 và 17-NQ/TU",
            "nghi|nghị quyet|quyết 15-nq/tu 16-nq/tu va|và 17-nq/tu"),
        Arguments.of("năm 2022, 18-CT/TU", "nam|năm 2022 18-ct/tu"),
        Arguments.of(
            "Chỉ thị 05 của Bộ Chính trị",
            "05-ct/tw|chi|chỉ thi|thị 05 cua|của bo|bộ chinh|chính tri|trị"),
        Arguments.of("Nghị quyết 202/2025/QH15", "nghi|nghị quyet|quyết 202/2025/qh15"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource
  void directiveNumbersAreOneCanonicalTerm(String input, String expected) {
    assertThat(terms(ANALYZER, input)).isEqualTo(expected);
  }

  static Stream<Arguments> directiveNumbersDoNotLeakTheirParts() {
    return Stream.of(
        Arguments.of("Chỉ thị 18-CT/TW và 16-CT/TU", "18-ct/tu"),
        Arguments.of("Chỉ thị 18-CT/TW và 16-CT/TU", "18"),
        Arguments.of("Chỉ thị 18-CT/TW và 16-CT/TU", "tu"),
        Arguments.of("Nghị quyết 25-NQ/TW", "nq"),
        Arguments.of("ngày 19/01/2023", "19/01/2023"));
  }

  @ParameterizedTest(name = "{0} has no term {1}")
  @MethodSource
  void directiveNumbersDoNotLeakTheirParts(String input, String absent) {
    assertThat(AnalyzedTokens.tokens(ANALYZER, input))
        .extracting(AnalyzedTokens.Token::term)
        .doesNotContain(absent);
  }

  static Stream<Arguments> queriesCarryAbbreviationsBothWays() {
    return Stream.of(
        Arguments.of("MTTQ", "mặt|mttq trận tổ quốc"),
        Arguments.of("mttq", "mặt|mttq trận tổ quốc"),
        Arguments.of("Mặt trận Tổ quốc", "mttq|mặt trận tổ quốc"),
        Arguments.of(nfd("MẶT TRẬN TỔ QUỐC"), "mttq|mặt trận tổ quốc"),
        Arguments.of("mat tran to quoc", "mttq|mat tran to quoc"),
        Arguments.of("UBND", "ủy|ubnd ban nhân dân"),
        Arguments.of("Uỷ ban nhân dân", "ubnd|ủy ban nhân dân"),
        Arguments.of("HĐND", "hội|hđnd đồng nhân dân"),
        Arguments.of("HDND", "hội|hdnd đồng nhân dân"),
        Arguments.of("KT-XH", "kinh|kt tế xã hội xh"),
        Arguments.of("DTTS", "dân|dtts tộc thiểu số"));
  }

  /** Terms before folding, so the graph is readable; folding is covered above. */
  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource
  void queriesCarryAbbreviationsBothWays(String input, String expected) {
    String line = terms(VietnameseAnalyzer.forQuery(), input);
    String accented =
        java.util.Arrays.stream(line.split(" "))
            .map(
                position ->
                    java.util.Arrays.stream(position.split("\\|"))
                        .filter(t -> !isFoldedTwin(t, position))
                        .reduce((a, b) -> a + "|" + b)
                        .orElse(""))
            .reduce((a, b) -> a + " " + b)
            .orElse("");
    assertThat(accented).isEqualTo(expected);
  }

  /** True when {@code term} is the folded copy of another term stacked at the same position. */
  private static boolean isFoldedTwin(String term, String position) {
    for (String other : position.split("\\|")) {
      if (!other.equals(term)
          && Normalizer.normalize(other, Normalizer.Form.NFD)
              .replaceAll("\\p{M}", "")
              .replace('đ', 'd')
              .equals(term)) return true;
    }
    return false;
  }

  @org.junit.jupiter.api.Test
  void abbreviationAlternativesAreNotFoldedSoTheQueryGraphStaysSmall() {
    assertThat(AnalyzedTokens.tokens(VietnameseAnalyzer.forQuery(), "MTTQ"))
        .extracting(AnalyzedTokens.Token::term)
        .containsExactly("mặt", "mttq", "trận", "tổ", "quốc");
  }

  static Stream<Arguments> offsetCases() {
    String nfc = "Đảng ủy xã Hòa Bình";
    return Stream.of(
        Arguments.of(nfc, "Đảng ủy xã Hòa Bình"),
        Arguments.of(nfd(nfc), "Đảng ủy xã Hòa Bình"),
        Arguments.of("Ban \u00D0ảng ủy", "Ban Đảng ủy"),
        Arguments.of(nfd("Ban \u00D0ảng ủy"), "Ban Đảng ủy"));
  }

  /** Offsets point into the text as given, whether it was already NFC (the fast path) or not. */
  @ParameterizedTest
  @MethodSource("offsetCases")
  void offsetsPointIntoTheTextAsGiven(String input, String words) throws Exception {
    java.util.List<String> spans = new java.util.ArrayList<>();
    try (org.apache.lucene.analysis.TokenStream ts = ANALYZER.tokenStream("text", input)) {
      var offset =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
      var increment =
          ts.addAttribute(
              org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (increment.getPositionIncrement() == 0) continue;
        String span = input.substring(offset.startOffset(), offset.endOffset());
        spans.add(Normalizer.normalize(span, Normalizer.Form.NFC).replace('\u00D0', 'Đ'));
      }
      ts.end();
    }
    assertThat(String.join(" ", spans)).isEqualTo(words);
  }
}
