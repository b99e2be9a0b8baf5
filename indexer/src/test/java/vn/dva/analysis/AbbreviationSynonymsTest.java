package vn.dva.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AbbreviationSynonymsTest {

  private static InputStream list(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theShippedListLoadsAndHasEveryGroupTheIssueNames() {
    assertThat(AbbreviationSynonyms.defaults().fst).isNotNull();
    for (String abbreviation :
        new String[] {
          "MTTQ", "UBND", "HĐND", "BTV", "BCH", "BCHTW", "DTTS", "TTHC", "KT-XH", "CT-XH", "ANTT",
          "QP-AN", "BDV"
        }) {
      String terms = AnalyzedTokens.terms(VietnameseAnalyzer.forQuery(), abbreviation);
      assertThat(terms.split("[ |]").length).as(abbreviation + " → " + terms).isGreaterThan(3);
    }
  }

  @Test
  void commentsAndBlankLinesAreSkipped() {
    assertThat(AbbreviationSynonyms.load(list("# nothing\n\n   \n"), "empty").fst).isNull();
  }

  @Test
  void aLineWithoutEqualsSignIsRejectedWithItsNumber() {
    assertThatThrownBy(
            () ->
                AbbreviationSynonyms.load(
                    list("MTTQ = Mặt trận Tổ quốc\nUBND Ủy ban nhân dân\n"), "test.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.txt line 2")
        .hasMessageContaining("UBND Ủy ban nhân dân");
  }

  @Test
  void anEmptyMemberIsRejected() {
    assertThatThrownBy(
            () -> AbbreviationSynonyms.load(list("MTTQ = Mặt trận Tổ quốc | ,\n"), "test.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1");
  }
}
