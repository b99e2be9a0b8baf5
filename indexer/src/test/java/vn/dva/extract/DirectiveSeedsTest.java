package vn.dva.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dva.SharedData;

/**
 * The extractor over the real articles in ../shared/seeds, checked against what we read there
 * ourselves. Skips when ../shared is absent (it is kept beside the project for CI only).
 */
class DirectiveSeedsTest {

  private static Map<String, DirectiveCitation> cited(String seed, String province)
      throws IOException {
    Path file = SharedData.requireRoot().resolve("seeds").resolve(seed);
    String text = TextDecoder.nfc(Files.readString(file));
    return DirectiveExtractor.extract(text, province).citations().stream()
        .collect(Collectors.toMap(DirectiveCitation::identity, Function.identity()));
  }

  private static DirectiveExtraction extraction(String seed, String province) throws IOException {
    Path file = SharedData.requireRoot().resolve("seeds").resolve(seed);
    return DirectiveExtractor.extract(TextDecoder.nfc(Files.readString(file)), province);
  }

  @Test
  void langSonArticleCitesItsProvincialDirectiveAndProjectWithTheirDates() throws IOException {
    Map<String, DirectiveCitation> cited = cited("000_c1e02f5cd5141991.txt", "Lạng Sơn");
    assertThat(cited.keySet())
        .containsExactlyInAnyOrder("18-CT/TU@2022@Lạng Sơn", "05-ĐA/TU@2022@Lạng Sơn");
    assertThat(cited.get("18-CT/TU@2022@Lạng Sơn").issued()).isEqualTo(LocalDate.of(2022, 11, 4));
    assertThat(cited.get("05-ĐA/TU@2022@Lạng Sơn").issued()).isEqualTo(LocalDate.of(2022, 8, 11));
  }

  @Test
  void binhPhuocArticleHoldsThreeDifferentResolutionsNumbered25() throws IOException {
    Map<String, DirectiveCitation> cited = cited("001_f35f6407d285cb22.txt", "Bình Phước");
    assertThat(cited.keySet())
        .contains("25-NQ/TW@2003", "25-NQ/TW@2008", "25-NQ/TW@2013")
        .doesNotContain("25-NQ/TW@?");
    assertThat(cited.get("25-NQ/TW@2003").issued()).isEqualTo(LocalDate.of(2003, 3, 12));
    assertThat(cited.get("25-NQ/TW@2008").issued()).isEqualTo(LocalDate.of(2008, 7, 25));
    // the article writes both 03/6/2013 and (a typo) 13/6/2013 for the resolution on dân vận
    assertThat(cited.get("25-NQ/TW@2013").dates())
        .containsExactly(LocalDate.of(2013, 6, 3), LocalDate.of(2013, 6, 13));
    assertThat(cited.get("25-NQ/TW@2013").term()).isEqualTo("XI");
  }

  @Test
  void binhPhuocArticleCitesEveryDirectiveWithItsOwnDate() throws IOException {
    Map<String, DirectiveCitation> cited = cited("001_f35f6407d285cb22.txt", "Bình Phước");
    Map<String, LocalDate> expected =
        Map.ofEntries(
            Map.entry("16-CT/TU@2022@Bình Phước", LocalDate.of(2022, 6, 25)),
            Map.entry("43-KL/TW@2019", LocalDate.of(2019, 1, 7)),
            Map.entry("65-KL/TW@2019", LocalDate.of(2019, 10, 30)),
            Map.entry("24-NQ/TW@2003", LocalDate.of(2003, 3, 12)),
            Map.entry("263-BC/TU@2022@Bình Phước", LocalDate.of(2022, 12, 20)),
            Map.entry("02-HD/TU@2018@Bình Phước", LocalDate.of(2018, 3, 22)),
            Map.entry("23-CT/TW@2013", LocalDate.of(2013, 1, 5)),
            Map.entry("55-KL/TW@2013", LocalDate.of(2013, 1, 18)),
            Map.entry("20-NQ/TW@2008", LocalDate.of(2008, 1, 28)),
            Map.entry("19-CT/TW@2018", LocalDate.of(2018, 1, 10)),
            Map.entry("18-CT/TW@2018", LocalDate.of(2018, 1, 10)),
            Map.entry("1217-QĐ/TU@2018@Bình Phước", LocalDate.of(2018, 11, 28)),
            Map.entry("217-QĐ/TW@2013", LocalDate.of(2013, 12, 12)),
            Map.entry("218-QĐ/TW@2013", LocalDate.of(2013, 12, 12)));
    expected.forEach(
        (identity, date) ->
            assertThat(cited.get(identity))
                .as(identity)
                .isNotNull()
                .extracting(DirectiveCitation::issued)
                .isEqualTo(date));
    // 11-NQ/TW comes without a date; the date before 17-TTr/TU belongs to a Kết luận
    assertThat(cited)
        .containsKeys("11-NQ/TW@?", "17-TTr/TU@?@Bình Phước")
        .hasSize(expected.size() + 5);
    assertThat(cited.get("24-NQ/TW@2003").mentions()).isEqualTo(2);
  }

  @Test
  void binhPhuocArticlePlansTwelveReviewsIn2023() throws IOException {
    List<String> reviews =
        extraction("001_f35f6407d285cb22.txt", "Bình Phước").reviews().stream()
            .map(r -> r.kind() + " " + r.years() + " " + r.identity())
            .toList();
    assertThat(reviews)
        .containsExactly(
            "sơ kết 5 02-HD/TU@2018@Bình Phước",
            "tổng kết 10 23-CT/TW@2013",
            "tổng kết 10 55-KL/TW@2013",
            "tổng kết 15 20-NQ/TW@2008",
            "sơ kết 5 19-CT/TW@2018",
            "tổng kết 20 24-NQ/TW@2003",
            "sơ kết 5 18-CT/TW@2018",
            "tổng kết 10 25-NQ/TW@2013",
            "tổng kết 15 25-NQ/TW@2008",
            "sơ kết 5 1217-QĐ/TU@2018@Bình Phước",
            "tổng kết 10 217-QĐ/TW@2013",
            "tổng kết 10 218-QĐ/TW@2013");
  }

  @Test
  void binhPhuocArticleStatesWhichDirectivesContinueWhich() throws IOException {
    List<String> relations =
        extraction("001_f35f6407d285cb22.txt", "Bình Phước").relations().stream()
            .map(r -> r.from() + " " + r.kind() + " " + r.to())
            .toList();
    assertThat(relations)
        .contains(
            "43-KL/TW@2019 tiếp tục thực hiện 25-NQ/TW@2013",
            "65-KL/TW@2019 tiếp tục thực hiện 24-NQ/TW@2003",
            "18-CT/TW@2018 tiếp tục thực hiện 25-NQ/TW@2003");
  }

  @Test
  void undatedArticlesLeaveTheYearUnknown() throws IOException {
    Map<String, DirectiveCitation> anGiang = cited("002_9b38a1116833cd1b.txt", "An Giang");
    assertThat(anGiang.keySet())
        .containsExactlyInAnyOrder(
            "03-CT/TW@?",
            "217-QĐ/TW@?",
            "218-QĐ/TW@?",
            "36-CT/TW@?",
            "68-KH/TU@?@An Giang",
            "62-KL/TW@?");
    assertThat(anGiang.get("217-QĐ/TW@?").mentions()).isEqualTo(2);
    assertThat(anGiang.get("62-KL/TW@?").term()).isEqualTo("X");
    assertThat(cited("003_4bb92dd221db43ce.txt", "Đắk Lắk").keySet()).containsExactly("05-CT/TW@?");
    assertThat(cited("004_1f5edfe883b5dae0.txt", "Quảng Ninh").keySet())
        .containsExactly("1926-CV/TU@?@Quảng Ninh");
  }
}
