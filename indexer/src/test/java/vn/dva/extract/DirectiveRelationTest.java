package vn.dva.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Relations between directives read from the words that join two mentions. */
class DirectiveRelationTest {

  static Stream<Arguments> sentences() {
    return Stream.of(
        arguments(
            "Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Chấp hành Trung ương về tiếp tục thực hiện "
                + "Nghị quyết số 25-NQ/TW ngày 03/6/2013",
            List.of("43-KL/TW@2019 tiếp tục thực hiện 25-NQ/TW@2013")),
        arguments(
            "Kết luận số 55-KL/TW ngày 18/01/2013 của Ban Bí thư về tiếp tục đẩy mạnh thực hiện Nghị quyết "
                + "số 11-NQ/TW của Bộ Chính trị khóa X",
            List.of("55-KL/TW@2013 tiếp tục thực hiện 11-NQ/TW@?")),
        arguments(
            "Kế hoạch số 68-KH/TU ngày 2/3/2015 thực hiện Chỉ thị số 36-CT/TW ngày 30/5/2014",
            List.of("68-KH/TU@2015 thực hiện 36-CT/TW@2014")),
        arguments(
            "Quy định số 124-QĐ/TW ngày 03/12/2024 thay thế Quy định số 47-QĐ/TW ngày 01/11/2011",
            List.of("124-QĐ/TW@2024 thay thế 47-QĐ/TW@2011")),
        arguments(
            "Quyết định 290-QĐ/TW ngày 25/02/2010 được thay thế bằng Quyết định 23-QĐ/TW ngày 30/7/2021",
            List.of("23-QĐ/TW@2021 thay thế 290-QĐ/TW@2010")),
        arguments(
            "Kế hoạch số 10-KH/TU ngày 5/4/2023 về tổng kết 10 năm thực hiện Quyết định 217, 218-QĐ/TW",
            List.of(
                "10-KH/TU@2023 tổng kết 10 năm thực hiện 217-QĐ/TW@?",
                "10-KH/TU@2023 tổng kết 10 năm thực hiện 218-QĐ/TW@?")),
        arguments(
            "Chỉ thị số 16-CT/TU ngày 25/6/2022 về cải cách TTHC; UBND tỉnh thực hiện Nghị quyết số 25-NQ/TW",
            List.of()),
        arguments("Chỉ thị số 18-CT/TU và Nghị quyết số 25-NQ/TW", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sentences")
  void readsRelationsFromTheJoiningWords(String text, List<String> expected) {
    List<String> read =
        DirectiveExtractor.extract(text, null).relations().stream()
            .map(r -> r.from() + " " + r.kind() + " " + r.to())
            .toList();
    assertThat(read).containsExactlyElementsOf(expected);
  }
}
