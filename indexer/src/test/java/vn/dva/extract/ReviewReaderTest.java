package vn.dva.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Review announcements: "sơ kết / tổng kết N năm thực hiện <directive>". */
class ReviewReaderTest {

  static Stream<Arguments> announcements() {
    return Stream.of(
        arguments(
            "tập trung sơ kết 05 năm thực hiện Hướng dẫn số 02-HD/TU ngày 22/3/2018 của Tỉnh ủy",
            List.of("sơ kết 5 02-HD/TU@2018@Bình Phước")),
        arguments(
            "Tổng kết 10 năm thực hiện Chỉ thị số 23-CT/TW ngày 05/01/2013 của Ban Bí thư",
            List.of("tổng kết 10 23-CT/TW@2013")),
        arguments(
            "Tổng kết 15 năm về thực hiện Nghị quyết số 25-NQ/TW ngày 25/7/2008 của BCHTW Khóa X",
            List.of("tổng kết 15 25-NQ/TW@2008")),
        arguments(
            "Tổng kết 10 năm thực hiện Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị",
            List.of("tổng kết 10 217-QĐ/TW@2013", "tổng kết 10 218-QĐ/TW@2013")),
        arguments(
            "Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05 của Bộ Chính trị",
            List.of("sơ kết 5 05-CT/TW@?")),
        arguments(
            "Hội nghị tổng kết 20 năm triển khai thực hiện Nghị quyết 24-NQ/TW ngày 12/3/2003",
            List.of("tổng kết 20 24-NQ/TW@2003")),
        arguments(
            "sơ kết 3 năm việc thực hiện Kết luận số 01-KL/TW ngày 18/5/2021",
            List.of("sơ kết 3 01-KL/TW@2021")),
        arguments(
            "Sơ kết 05 năm thực hiện Chỉ thị 18-CT/TW ngày 10/01/2018 của Bộ Chính trị về tiếp tục thực "
                + "hiện Nghị quyết số 25-NQ/TW ngày 12/3/2003",
            List.of("sơ kết 5 18-CT/TW@2018")),
        arguments(
            "Hội nghị tổng kết công tác dân vận năm 2022 theo Chỉ thị số 18-CT/TU", List.of()),
        arguments("sơ kết, tổng kết các chỉ thị, nghị quyết; Chỉ thị số 19-CT/TW", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("announcements")
  void readsWhatIsReviewedAndAfterHowManyYears(String text, List<String> expected) {
    List<String> read =
        DirectiveExtractor.extract(text, "Bình Phước").reviews().stream()
            .map(r -> r.kind() + " " + r.years() + " " + r.identity())
            .toList();
    assertThat(read).containsExactlyElementsOf(expected);
  }

  @Test
  void keepsTheWordsOfTheAnnouncement() {
    ReviewAnnouncement r =
        DirectiveExtractor.extract(
                "Năm 2023 sẽ tổng kết 10 năm thực hiện Chỉ thị số 23-CT/TW ngày 05/01/2013; tiếp",
                null)
            .reviews()
            .get(0);
    assertThat(r.excerpt())
        .isEqualTo("Tổng kết 10 năm thực hiện Chỉ thị số 23-CT/TW ngày 05/01/2013");
  }
}
