package vn.dva.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** White space inside a rendered line collapses to single spaces, as the regex it replaced did. */
class MainTextTest {

  private static final String SPACES_REGEX = "[\\s\\u00A0\\u200B\\u200C\\u200D\\uFEFF]+";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Dân vận khéo|Dân vận khéo",
        "Dân  vận\tkhéo|Dân vận khéo",
        "' Dân\u00A0vận\u200B '|' Dân vận '",
        "'\uFEFFkhéo'|' khéo'",
        "'a \u200C\u200D b'|'a b'"
      })
  void collapsesEveryKindOfSpace(String raw, String expected) {
    assertThat(MainText.collapseSpaces(raw)).isEqualTo(expected);
  }

  @Test
  void collapsesLikeTheRegexOnRandomText() {
    char[] alphabet = {
      'a', 'ệ', ' ', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u200B', '\u200C', '\u200D',
      '\uFEFF', '\u2003', '\u3000', '.'
    };
    Random random = new Random(20261122L);
    for (int run = 0; run < 20_000; run++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(20); i > 0; i--)
        s.append(alphabet[random.nextInt(alphabet.length)]);
      String raw = s.toString();
      assertThat(MainText.collapseSpaces(raw)).as(raw).isEqualTo(raw.replaceAll(SPACES_REGEX, " "));
    }
  }
}
