package vn.dva.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseDatesTest {

  static Stream<Arguments> datesAsPortalsPrintThem() {
    return Stream.of(
        Arguments.of("Thứ năm - 19/01/2023 10:20", "2023-01-19"),
        Arguments.of("Cập nhật lúc 17:24, Thứ Ba, 14/01/2020 (GMT+7)", "2020-01-14"),
        Arguments.of("Chủ Nhật, 24/9/2023", "2023-09-24"),
        Arguments.of("ngày 15 tháng 3 năm 2018", "2018-03-15"),
        Arguments.of("Hà Nội, Ngày 5 tháng 12 năm 2016", "2016-12-05"),
        Arguments.of("2023-01-19", "2023-01-19"),
        Arguments.of("2020-01-14T08:00:00+07:00", "2020-01-14"),
        Arguments.of("2023-01-19+0710:20:00", "2023-01-19"),
        Arguments.of("2021-06-30T20:15:00Z", "2021-07-01"),
        Arguments.of("2021-06-30T20:15:00+0000", "2021-07-01"),
        Arguments.of("2019-03-02 09:15", "2019-03-02"),
        Arguments.of("Thu, 19 Jan 2023 10:20:00 +0700", "2023-01-19"),
        Arguments.of("Đăng ngày: 03.10.2017", "2017-10-03"),
        Arguments.of("Ngày đăng 7-8-2015 | Lượt xem 120", "2015-08-07"),
        Arguments.of("Thứ Sáu, 31/02/2023 hoặc 01/03/2023", "2023-03-01"),
        Arguments.of("Thứ hai,\u00A012/5/2014", "2014-05-12"),
        Arguments.of("NGÀY 1 THÁNG 10 NĂM 2025", "2025-10-01"),
        Arguments.of("Thứ Sáu, 07 Tháng 8 2015 09:15", "2015-08-07"),
        Arguments.of("Cập nhật ( Thứ hai, 01 Tháng 1 2024 08:00 )", "2024-01-01"),
        Arguments.of("Đăng lúc: 11:00 16/02/2023", "2023-02-16"),
        Arguments.of("15 tháng 3, 2018", "2018-03-15"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource
  void datesAsPortalsPrintThem(String text, String expected) {
    assertThat(VietnameseDates.parse(text)).isEqualTo(LocalDate.parse(expected));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "   ",
        "Chiều 14-1, Ban Dân vận Tỉnh ủy",
        "17:24 (GMT+7)",
        "Số 18-CT/TU",
        "32/13/2020",
        "Tổng lượt truy cập 1,552,382",
        "ngày 15 tháng 3",
        "01/01/1900"
      })
  void textWithoutAFullDateGivesNull(String text) {
    assertThat(VietnameseDates.parse(text)).isNull();
  }

  @Test
  void decomposedTextReadsLikeComposed() {
    String nfd = Normalizer.normalize("ngày 19 tháng 1 năm 2023", Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(Normalizer.normalize(nfd, Normalizer.Form.NFC));
    assertThat(VietnameseDates.parse(nfd)).isEqualTo(LocalDate.of(2023, 1, 19));
  }
}
