package vn.dva.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dva.SharedData;

/**
 * Pages we wrote in the shapes real portals show (site name in {@code <title>}, headline in an
 * element of its own, a lead before the body, captions, related lists, province menus, "today" in
 * the header, list pages, empty, navigation-only and truncated pages); and the real pages of {@code
 * ../shared/real-pages} against their labels, skipped when that folder is absent.
 */
class PageShapesTest {

  private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

  private static ExtractedDocument extract(String name) throws Exception {
    try (InputStream in = PageShapesTest.class.getResourceAsStream("shapes/" + name)) {
      assertThat(in).as(name).isNotNull();
      return EXTRACTOR.extract(
          in.readAllBytes(), "text/html", URI.create("https://example.vn/" + name), null);
    }
  }

  static Stream<Arguments> readsEachShape() {
    return Stream.of(
        Arguments.of(
            "portal-site-title.html",
            "article",
            "Huyện ủy Ea Tân sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW",
            LocalDate.of(2019, 5, 14),
            "Đắk Lắk",
            "Sáng ngày 2/7, Huyện ủy Ea Tân tổ chức hội nghị",
            "và nhiều nội dung quan trọng khác./.",
            List.of(
                "Trang thông tin",
                "Bình Dương",
                "31/12/9999",
                "Tin, ảnh",
                "TIN ĐÃ ĐƯA",
                "18-NQ/TW",
                "Giấy phép",
                "Xem chi tiết")),
        Arguments.of(
            "newspaper-lead-caption-related.html",
            "article",
            "Giá lúa tăng, nông dân Bạc Liêu phấn khởi",
            LocalDate.of(2024, 11, 5),
            "Bạc Liêu",
            "Vụ thu đông năm nay, giá lúa tại ruộng tăng",
            "tái đầu tư vụ đông xuân.",
            List.of(
                "Ảnh: M.C.",
                "TIN MỚI",
                "Tham khảo thêm",
                "88/2024/NĐ-CP",
                "Theo Báo",
                "Minh Châu",
                "Chia sẻ",
                "lúa gạo",
                "Lãnh đạo tỉnh thăm",
                "Thương lái cân",
                "Sóc Trăng",
                "lúa thơm")),
        Arguments.of(
            "short-article-related-list.html",
            "article",
            "Ra mắt tổ hòa giải ở ấp Phú Hòa của xã An Khánh",
            null,
            null,
            "Sáng 15/3, Ban Dân vận Huyện ủy phối hợp",
            "giữ gìn đoàn kết trong khu dân cư.",
            List.of("Hội nghị giao ban", "Trang chủ")),
        Arguments.of(
            "category-list.html",
            "list",
            "Tin tức sự kiện",
            null,
            null,
            "",
            "",
            List.of("412/KH-MTTQ")),
        Arguments.of(
            "empty-notice.html",
            "empty",
            "V/v định hướng nội dung tuyên truyền tháng 01/2019",
            null,
            null,
            "",
            "",
            List.of("lần xem", "Xem chi tiết")),
        Arguments.of(
            "truncated.html",
            "article",
            "Hội nghị tổng kết công tác dân vận năm 2023 của tỉnh",
            null,
            "Sóc Trăng",
            "Ngày 12/12/2023, Ban Dân vận Tỉnh ủy Sóc Trăng",
            "trong tình hình m",
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void readsEachShape(
      String file,
      String kind,
      String title,
      LocalDate published,
      String province,
      String first,
      String last,
      List<String> absent)
      throws Exception {
    ExtractedDocument d = extract(file);
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(d.kind()).as("kind").isEqualTo(kind);
    soft.assertThat(d.title()).as("title").isEqualTo(title);
    soft.assertThat(d.published()).as("published").isEqualTo(published);
    soft.assertThat(d.province()).as("province").isEqualTo(province);
    soft.assertThat(d.text()).as("first").startsWith(first);
    soft.assertThat(d.text()).as("last").endsWith(last);
    for (String a : absent) soft.assertThat(d.text()).as("absent").doesNotContain(a);
    soft.assertAll();
  }

  @Test
  void listPagesCiteNothingAndTheirTeasersAreNotText() throws Exception {
    ExtractedDocument d = extract("category-list.html");
    assertThat(d.citations()).isEmpty();
    assertThat(d.text()).isEmpty();
  }

  @Test
  void leadNumbersWrittenOddlyAreRead() throws Exception {
    assertThat(extract("newspaper-lead-caption-related.html").citations())
        .extracting(DirectiveCitation::number)
        .containsExactly("45/QĐ-TTg", "112/2024/NĐ-CP");
  }

  @Test
  void aNavigationOnlyPageIsEmptyAndNeverTitledTrangChu() throws Exception {
    ExtractedDocument d = extract("navigation-only.html");
    assertThat(d.kind()).isEqualTo("empty");
    assertThat(d.text()).isEmpty();
    assertThat(d.title()).isNotEqualTo("Trang chủ");
  }

  @Test
  void aPageOfUnclosedTagsNestedThousandsDeepIsRead() throws Exception {
    StringBuilder html = new StringBuilder("<html><head><title>Tin</title></head><body>");
    for (int i = 0; i < 2000; i++) {
      html.append("<div class=\"title\"><a href=\"/").append(i).append("\">Tin số ").append(i);
      html.append(" về công tác dân vận ở cơ sở</a> Nội dung tin ").append(i).append(". ");
    }
    ExtractedDocument d =
        EXTRACTOR.extract(
            html.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "text/html",
            URI.create("https://example.vn/long.html"),
            null);
    assertThat(d.text()).contains("Nội dung tin 1999.");
    assertThat(d.title()).isNotBlank();
  }

  /**
   * The real pages against their labels, as {@code dva extract-eval} scores them, held to the
   * issue's targets (the README has the figures measured), so a change that loses ground on real
   * pages fails here.
   */
  @Test
  void realPagesKeepTheirMeasuredScores() throws Exception {
    var dir = SharedData.requireRoot().resolve("real-pages");
    PageEvaluation.Result r =
        PageEvaluation.evaluate(
            dir.resolve("pages"), PageEvaluation.readGold(dir.resolve("gold.json")), EXTRACTOR);
    assertThat(r.pages()).hasSize(34);
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(r.title().value()).as("headline").isGreaterThanOrEqualTo(0.95);
    soft.assertThat(r.date().value()).as("date").isGreaterThanOrEqualTo(0.95);
    soft.assertThat(r.start().value()).as("start").isGreaterThanOrEqualTo(0.90);
    soft.assertThat(r.end().value()).as("end").isGreaterThanOrEqualTo(0.90);
    soft.assertThat(r.lists().value()).as("list pages").isEqualTo(1.0);
    soft.assertThat(r.kind().value()).as("kind").isEqualTo(1.0);
    soft.assertThat(r.numbersPrecision()).as("numbers P").isGreaterThanOrEqualTo(0.99);
    soft.assertThat(r.numbersRecall()).as("numbers R").isGreaterThanOrEqualTo(0.97);
    soft.assertThat(r.province().value()).as("province").isGreaterThanOrEqualTo(0.95);
    soft.assertAll();
  }
}
