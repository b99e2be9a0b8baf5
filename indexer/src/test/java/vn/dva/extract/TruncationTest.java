package vn.dva.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TruncationTest {

  static Stream<Arguments> markup() {
    return Stream.of(
        Arguments.of("within the limit", "<p>ngắn</p>", 100, "<p>ngắn</p>"),
        Arguments.of("before the last tag", "<p>một</p><p>hai</p>", 14, "<p>một</p>"),
        Arguments.of("at a line end", "dòng một\ndòng hai dài", 16, "dòng một"),
        Arguments.of("never inside a UTF-8 sequence", "aạạạạạ", 5, "aạ"),
        Arguments.of("never inside a UTF-8 sequence", "aạạạạạ", 6, "aạ"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("markup")
  void markupIsCutBeforeATagOrLineAndNeverInsideACharacter(
      String what, String text, int limit, String kept) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int cut = Truncation.markupCut(bytes, limit);
    assertThat(new String(bytes, 0, cut, StandardCharsets.UTF_8)).isEqualTo(kept);
  }

  static Stream<Arguments> text() {
    return Stream.of(
        Arguments.of("within the limit", "một\nhai", 100, "một\nhai"),
        Arguments.of(
            "at the last line end near the limit", "dòng một dài\nhai ba", 13, "dòng một dài"),
        Arguments.of("at the limit when no line end is near", "abcdefghij", 4, "abcd"),
        Arguments.of("before a surrogate pair", "ab😀c", 3, "ab"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("text")
  void textIsCutAtALineEndWhenOneIsNear(String what, String text, int max, String kept) {
    assertThat(Truncation.text(text, max)).isEqualTo(kept);
  }
}
