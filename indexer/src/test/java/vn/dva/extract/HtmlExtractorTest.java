package vn.dva.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlExtractorTest {

  static Stream<Arguments> siteNamesAreStrippedFromPageTitles() {
    return Stream.of(
        Arguments.of(
            "Lạng Sơn tăng cường công tác dân vận - Ban Dân vận Tỉnh ủy",
            "Lạng Sơn tăng cường công tác dân vận"),
        Arguments.of("Hội nghị giao ban quý III | Báo Quảng Nam", "Hội nghị giao ban quý III"),
        Arguments.of(
            "Công tác dân vận - mặt trận - đoàn thể", "Công tác dân vận - mặt trận - đoàn thể"),
        Arguments.of("Nhiệm kỳ 2020 - 2025", "Nhiệm kỳ 2020 - 2025"),
        Arguments.of(
            "Bình Phước: đẩy mạnh công tác dân vận", "Bình Phước: đẩy mạnh công tác dân vận"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void siteNamesAreStrippedFromPageTitles(String pageTitle, String expected) {
    assertThat(HtmlExtractor.withoutSiteName(pageTitle)).isEqualTo(expected);
  }

  @Test
  void datesInTheBodyNeverBecomeThePublicationDate() {
    String html =
        "<html><head><title>Tổng kết Nghị quyết 25 - Ban Dân vận</title></head><body>"
            + "<h1 class='title'>Tổng kết Nghị quyết 25</h1><span class='h5'></span>"
            + "<div id='news-bodyhtml'><p>Chỉ thị số 18-CT/TU, ngày 04/11/2022 của BTV Tỉnh ủy.</p>"
            + "<p>"
            + "Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI). "
                .repeat(5)
            + "</p></div></body></html>";

    ExtractedParts parts = HtmlExtractor.extract(Jsoup.parse(html, "https://bdv.example.vn/"));

    assertThat(parts.published()).isNull();
    assertThat(parts.title()).isEqualTo("Tổng kết Nghị quyết 25");
    assertThat(parts.text()).startsWith("Chỉ thị số 18-CT/TU, ngày 04/11/2022");
  }

  @Test
  void todaysDateInThePortalHeaderIsNotThePublicationDate() {
    String html =
        "<html><body><header class='site-header'><div class='header-date'>Chủ Nhật, 22/11/2026</div></header>"
            + "<article><h1 class='article-title'>Gặp mặt người có uy tín năm 2016</h1>"
            + "<div class='detail-content'><p>"
            + "Ban Dân vận Tỉnh ủy gặp mặt người có uy tín trong đồng bào dân tộc thiểu số. "
                .repeat(4)
            + "</p></div></article></body></html>";

    ExtractedParts parts = HtmlExtractor.extract(Jsoup.parse(html, "https://bao.example.vn/"));

    assertThat(parts.published()).isNull();
  }

  @Test
  void metaDateWinsOverTheVisibleOne() {
    String html =
        "<html><head><meta property='article:published_time' content='2023-01-19+0710:20:00'></head><body>"
            + "<h1 class='title'>Bình Phước đẩy mạnh công tác dân vận</h1><span>Thứ sáu - 20/01/2023 08:00</span>"
            + "<div id='news-bodyhtml'><p>"
            + "Năm 2022, cấp ủy các cấp trong tỉnh đã lãnh đạo, chỉ đạo công tác dân vận. "
                .repeat(4)
            + "</p></div></body></html>";

    assertThat(HtmlExtractor.extract(Jsoup.parse(html)).published())
        .isEqualTo(LocalDate.of(2023, 1, 19));
  }

  @Test
  void theDensestBlockIsTheTextWhenNoKnownContainerExists() {
    String html =
        "<html><body><table><tr><td class='menu'><a href='/'>Trang chủ</a> | <a href='/gt'>Giới thiệu</a></td></tr>"
            + "<tr><td>Số người truy cập: 1234567</td><td>"
            + "<p>Đoạn thứ nhất của bài viết về công tác dân vận ở cơ sở.</p>"
            + "<p>Đoạn thứ hai nói về phong trào thi đua Dân vận khéo ở thôn bản.</p>"
            + "</td><td><a href='/a'>Tin khác số một rất dài về dân vận</a><br><a href='/b'>Tin khác số hai rất dài</a></td></tr>"
            + "</table></body></html>";

    ExtractedParts parts = HtmlExtractor.extract(Jsoup.parse(html));

    assertThat(parts.text())
        .isEqualTo(
            "Đoạn thứ nhất của bài viết về công tác dân vận ở cơ sở.\n"
                + "Đoạn thứ hai nói về phong trào thi đua Dân vận khéo ở thôn bản.");
  }
}
