package vn.dva.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Random input never breaks the token stream contract. */
class VietnameseAnalyzerRobustnessTest {

  /**
   * Pieces that stress each step: NFD marks, look-alikes, directive fragments, surrogates,
   * controls.
   */
  static final String[] PIECES = {
    "a",
    "ă",
    "â",
    "đ",
    "Đ",
    "\u00D0",
    "\u00F0",
    "ơ",
    "ư",
    "ỷ",
    "Ỵ",
    "o",
    "e",
    "u",
    "y",
    "i",
    "q",
    "hoà",
    "THUỶ",
    "kĩ",
    "quý",
    "\u0300",
    "\u0301",
    "\u0309",
    "\u0303",
    "\u0323",
    "\u00AD",
    "18",
    "217",
    "2020",
    "-",
    "/",
    " - ",
    ",",
    ", ",
    "và",
    "CT",
    "QĐ",
    "QD",
    "TW",
    "TU",
    "NĐ",
    "CP",
    "số",
    " ",
    "  ",
    "\n",
    "\t",
    ".",
    "\"",
    "(",
    "😀",
    "\uD800",
    "\uDC00",
    "\u0000",
    "½",
    "Ａ",
    "MTTQ",
    "KT-XH",
    "UBND",
    "https://x.vn/a?b=1",
    "a@b.vn",
    "x".repeat(300)
  };

  static Stream<Arguments> analyzers() {
    return Stream.of(
        Arguments.of("new VietnameseAnalyzer()", new VietnameseAnalyzer()),
        Arguments.of("forIndexing()", VietnameseAnalyzer.forIndexing()),
        Arguments.of("forQuery()", VietnameseAnalyzer.forQuery()),
        Arguments.of("SyllableShingleAnalyzer", new SyllableShingleAnalyzer()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("analyzers")
  void randomInputKeepsOffsetsAndPositionsSane(String name, Analyzer analyzer) {
    Random random = new Random(20261122L);
    int tokensSeen = 0;
    for (int round = 0; round < 1500; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(40);
      for (int p = 0; p < pieces; p++) text.append(PIECES[random.nextInt(PIECES.length)]);
      String input =
          random.nextBoolean() ? text.toString() : Normalizer.normalize(text, Normalizer.Form.NFD);

      List<AnalyzedTokens.Token> tokens = AnalyzedTokens.tokens(analyzer, input);
      int lastStart = 0;
      for (int i = 0; i < tokens.size(); i++) {
        AnalyzedTokens.Token t = tokens.get(i);
        String where = "token " + i + " " + t + " of " + input;
        assertThat(t.start()).as(where).isGreaterThanOrEqualTo(lastStart);
        assertThat(t.end()).as(where).isBetween(t.start(), input.length());
        assertThat(t.term()).as(where).isNotEmpty();
        assertThat(t.positionIncrement()).as(where).isBetween(i == 0 ? 1 : 0, 1);
        assertThat(t.positionLength()).as(where).isPositive();
        lastStart = t.start();
      }
      tokensSeen += tokens.size();
    }
    assertThat(tokensSeen).as("the random input produced tokens at all").isGreaterThan(3_000);
  }

  @Test
  void theSameAnalyzerGivesTheSameTermsWhenReused() {
    VietnameseAnalyzer analyzer = new VietnameseAnalyzer();
    String text = "Chỉ thị 18 - CT/TU về công tác dân vận, Hoà Bình";
    String first = AnalyzedTokens.terms(analyzer, text);
    AnalyzedTokens.terms(analyzer, "một văn bản khác 217, 218-QĐ/TW");
    assertThat(AnalyzedTokens.terms(analyzer, text)).isEqualTo(first);
  }
}
