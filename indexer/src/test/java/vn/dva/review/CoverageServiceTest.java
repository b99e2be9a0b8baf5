package vn.dva.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.dva.SharedData;
import vn.dva.extract.DocumentExtractor;

/** Coverage of a central document across the 63 and the 34 provinces. */
class CoverageServiceTest {

  private static final String NQ25 =
      "Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng"
          + " cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới";

  private static DirectiveRegistry written() {
    return DirectiveRegistry.of(
        List.of(
            Articles.of(
                "ha-giang-2023",
                LocalDate.of(2023, 5, 30),
                "Hà Giang",
                "Tỉnh ủy tổ chức hội nghị tổng kết 10 năm thực hiện " + NQ25 + "."),
            Articles.of(
                "ha-giang-2014",
                LocalDate.of(2014, 3, 20),
                "Hà Giang",
                "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU ngày 10/3/2014 thực hiện "
                    + NQ25
                    + "."),
            Articles.of(
                "lai-chau-2020",
                LocalDate.of(2020, 4, 2),
                "Lai Châu",
                "Kế hoạch số 40-KH/TU ngày 01/4/2020 thực hiện Kết luận số 43-KL/TW ngày 07/01/2019"
                    + " của Ban Bí thư về tiếp tục thực hiện "
                    + NQ25
                    + "."),
            Articles.of(
                "hue-2025",
                LocalDate.of(2025, 9, 1),
                "Huế",
                "Quán triệt " + NQ25 + ", Thành ủy giao nhiệm vụ cho các cấp.")));
  }

  private static Map<String, Coverage.Row> byProvince(List<Coverage.Row> rows) {
    return rows.stream().collect(Collectors.toMap(Coverage.Row::province, Function.identity()));
  }

  @Test
  void eachProvinceGetsItsArticlesLocalPlansReviewsAndMissingMilestones() {
    Coverage c = new CoverageService(written(), 2026).of("25-nq/tw@2013");
    assertThat(c.identity()).isEqualTo("25-NQ/TW@2013");
    assertThat(c.issuedBy()).isEqualTo("Ban Chấp hành Trung ương Đảng");
    assertThat(c.milestones())
        .extracting(Coverage.Milestone::years, Coverage.Milestone::year)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(5, 2018),
            org.assertj.core.groups.Tuple.tuple(10, 2023));
    assertThat(c.before2025()).hasSize(63);
    assertThat(c.now()).hasSize(34);

    Map<String, Coverage.Row> old = byProvince(c.before2025());
    Coverage.Row haGiang = old.get("Hà Giang");
    assertThat(haGiang.articles()).hasSize(2);
    assertThat(haGiang.implementing())
        .extracting(Coverage.LocalDocument::number, Coverage.LocalDocument::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("12-KH/TU", "thực hiện"));
    assertThat(haGiang.reviews())
        .extracting(Coverage.ReviewHeld::kind, Coverage.ReviewHeld::years)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("tổng kết", 10));
    assertThat(haGiang.missing()).extracting(Coverage.Milestone::years).containsExactly(5);

    // a plan implementing Kết luận 43-KL/TW, which continues the resolution, implements it too
    assertThat(old.get("Lai Châu").implementing())
        .extracting(Coverage.LocalDocument::number, Coverage.LocalDocument::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("40-KH/TU", "thực hiện 43-KL/TW"));
    // "Huế" (today's name) counts for Thừa Thiên Huế before the merger
    assertThat(old.get("Thừa Thiên Huế").articles()).hasSize(1);
    assertThat(old.get("Bến Tre").seen()).isFalse();
    assertThat(old.get("Bến Tre").missing()).hasSize(2);

    // after the merger Hà Giang is part of Tuyên Quang
    Map<String, Coverage.Row> now = byProvince(c.now());
    assertThat(now.get("Tuyên Quang").implementing()).hasSize(1);
    assertThat(now.get("Tuyên Quang").reviews()).hasSize(1);
    assertThat(now.get("Huế").articles()).hasSize(1);
  }

  @Test
  void csvSaysNotSeenInsteadOfLeavingCellsBlank() {
    Coverage c = new CoverageService(written(), 2026).of("25-NQ/TW@2013");
    String[] lines = CoverageExport.csv(c, "34").split("\r\n");
    assertThat(lines).hasSize(35);
    assertThat(lines[0])
        .isEqualTo(
            "\uFEFFprovince,articles,implementing_documents,reviews_held,"
                + "milestones_without_evidence,article_titles");
    String tuyenQuang =
        Stream.of(lines).filter(l -> l.startsWith("Tuyên Quang,")).findFirst().orElseThrow();
    assertThat(tuyenQuang)
        .startsWith(
            "Tuyên Quang,2,12-KH/TU ngày 10/03/2014 (thực hiện),\"tổng kết 10 năm, 30/05/2023\","
                + "sơ kết 5 năm (2018),");
    String benTre =
        Stream.of(lines).filter(l -> l.startsWith("Vĩnh Long,")).findFirst().orElseThrow();
    assertThat(benTre)
        .isEqualTo(
            "Vĩnh Long,chưa thấy,chưa thấy,chưa thấy,sơ kết 5 năm (2018) | tổng kết 10 năm (2023),");
    assertThat(CoverageExport.csv(c, "63").split("\r\n")).hasSize(64);
  }

  @Test
  void refusesProvincialDocumentsUnknownIdentitiesAndBadSpellings() {
    CoverageService s = new CoverageService(written(), 2026);
    assertThatThrownBy(() -> s.of("12-KH/TU@2014"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no directive 12-KH/TU@2014");
    assertThatThrownBy(() -> s.of("25-NQ/TW@2008")).hasMessageContaining("no directive");
    assertThatThrownBy(() -> s.of("25-NQ/TW")).hasMessageContaining("e.g. 25-NQ/TW@2013");
    assertThatThrownBy(() -> s.of("hello@2013")).hasMessageContaining("not a directive number");
    assertThatThrownBy(() -> s.of(null)).hasMessageContaining("identity is required");
  }

  @Test
  void aProvincialDocumentHasNoCoverageTable() {
    DirectiveRegistry r =
        DirectiveRegistry.of(
            List.of(
                Articles.of(
                    "ls",
                    LocalDate.of(2023, 1, 2),
                    "Lạng Sơn",
                    "Chỉ thị số 18-CT/TU ngày 04/11/2022 của BTV Tỉnh ủy về công tác dân vận.")));
    assertThatThrownBy(() -> new CoverageService(r, 2026).of("18-CT/TU@2022"))
        .hasMessageContaining("no directive");
  }

  private static DirectiveRegistry readAll(Path root) throws Exception {
    DocumentExtractor extractor = new DocumentExtractor();
    List<CitingArticle> articles = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        articles.add(CitingArticle.of(extractor.extract(f)));
      }
    }
    return DirectiveRegistry.of(articles);
  }

  @Test
  void resolution25Of2013OnTheBundledCorpus() throws Exception {
    Coverage c =
        new CoverageService(readAll(Path.of("..", "corpus", "pages")), 2026).of("25-NQ/TW@2013");
    Map<String, Coverage.Row> old = byProvince(c.before2025());
    List<String> seen =
        c.before2025().stream().filter(Coverage.Row::seen).map(Coverage.Row::province).toList();
    assertThat(seen)
        .containsExactlyInAnyOrder(
            "Hà Giang",
            "Lai Châu",
            "Lạng Sơn",
            "Thái Bình",
            "Thanh Hóa",
            "Quảng Trị",
            "Kon Tum",
            "Bình Phước",
            "Long An",
            "Bến Tre",
            "Trà Vinh");
    assertThat(old.get("Long An").reviews())
        .extracting(
            Coverage.ReviewHeld::kind, Coverage.ReviewHeld::years, Coverage.ReviewHeld::date)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("sơ kết", 5, LocalDate.of(2018, 6, 1)));
    assertThat(old.get("Long An").missing())
        .extracting(Coverage.Milestone::years)
        .containsExactly(10);
    for (String p : List.of("Hà Giang", "Lạng Sơn", "Bình Phước")) {
      assertThat(old.get(p).reviews())
          .as(p)
          .extracting(Coverage.ReviewHeld::years)
          .containsExactly(10);
    }
    assertThat(old.get("Bình Phước").articles()).as("the review article cites it").isNotEmpty();
    Map<String, Coverage.Row> now = byProvince(c.now());
    assertThat(now.get("Vĩnh Long").articles()).hasSize(2); // Bến Tre and Trà Vinh
    assertThat(now.get("Đồng Nai").reviews()).hasSize(1); // Bình Phước
    assertThat(now.get("Hà Nội").seen()).isFalse();
  }

  @Test
  void resolution25Of2013OnTheSeeds() throws Exception {
    Path seeds = SharedData.requireRoot().resolve("seeds");
    Coverage c = new CoverageService(readAll(seeds), 2026).of("25-NQ/TW@2013");
    List<Coverage.Row> seen = c.before2025().stream().filter(Coverage.Row::seen).toList();
    assertThat(seen).extracting(Coverage.Row::province).containsExactly("Bình Phước");
    Coverage.Row bp = seen.get(0);
    assertThat(bp.articles()).hasSize(1);
    assertThat(bp.reviews())
        .extracting(
            Coverage.ReviewHeld::kind, Coverage.ReviewHeld::years, Coverage.ReviewHeld::date)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("tổng kết", 10, LocalDate.of(2023, 1, 19)));
    assertThat(bp.missing()).extracting(Coverage.Milestone::years).containsExactly(5);
    assertThat(byProvince(c.now()).get("Đồng Nai").reviews()).hasSize(1);
  }
}
