package vn.dva.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GluedWordsTest {

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("củaĐảng", "của|Đảng"),
        Arguments.of("Tỉnh ủyLạng Sơn", "Tỉnh|ủy|Lạng|Sơn"),
        Arguments.of("lãnh đạo củaUBND tỉnh", "lãnh|đạo|của|UBND|tỉnh"),
        Arguments.of("Quyết định 15/QĐ-TTg", "Quyết|định|15/QĐ-TTg"),
        Arguments.of("Chương trình 05-CTr/TU", "Chương|trình|05-CTr/TU"),
        Arguments.of("QĐ TTg CTr QĐi ThS", "QĐ|TTg|CTr|QĐi|ThS"),
        Arguments.of("iPhone eKYC HĐND", "iPhone|eKYC|HĐND"),
        Arguments.of("số31-QĐ/TW", "số|31-QĐ/TW"),
        Arguments.of("Đảng", "Đảng"));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void splitsGluedWordsButNotAbbreviationsOrNumbers(String text, String expected) {
    java.util.List<String> words = new java.util.ArrayList<>();
    for (AnalyzedTokens.Token t : AnalyzedTokens.tokens(new TokenizerOnly(), text))
      words.add(t.term());
    assertThat(String.join("|", words)).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("texts")
  void theScannerAndIcuAgree(String text, String expected) {
    assertThat(terms(new TokenizerOnly(true), text)).isEqualTo(terms(new TokenizerOnly(), text));
  }

  private static String terms(org.apache.lucene.analysis.Analyzer a, String text) {
    java.util.List<String> words = new java.util.ArrayList<>();
    for (AnalyzedTokens.Token t : AnalyzedTokens.tokens(a, text))
      words.add(t.term() + "@" + t.start() + "-" + t.end());
    return String.join("|", words);
  }

  /** The tokenizer alone, scanner or ICU. */
  private static final class TokenizerOnly extends org.apache.lucene.analysis.Analyzer {
    private final boolean icu;

    TokenizerOnly() {
      this(false);
    }

    TokenizerOnly(boolean icu) {
      this.icu = icu;
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
      return new TokenStreamComponents(new VietnameseTokenizer(true, icu));
    }
  }
}
