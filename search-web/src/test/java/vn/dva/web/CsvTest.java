package vn.dva.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvTest {

  static Stream<Arguments> cells() {
    return Stream.of(
        Arguments.of("Bình Phước", "Bình Phước"),
        Arguments.of("a,b", "\"a,b\""),
        Arguments.of("nói \"dân vận khéo\"", "\"nói \"\"dân vận khéo\"\"\""),
        Arguments.of("dòng 1\ndòng 2", "\"dòng 1\ndòng 2\""),
        Arguments.of("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
        Arguments.of("+84 123", "'+84 123"),
        Arguments.of("-5", "-5"),
        Arguments.of(null, ""));
  }

  @ParameterizedTest
  @MethodSource("cells")
  void cellsAreQuotedOnlyWhenNeededAndFormulasDefused(String cell, String written) {
    String csv = new Csv("h").row(cell).toString();
    assertThat(csv).isEqualTo("\uFEFFh\r\n" + written + "\r\n");
  }
}
