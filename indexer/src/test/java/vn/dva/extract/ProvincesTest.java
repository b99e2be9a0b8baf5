package vn.dva.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Province recognition in text: whole words only, the longest spelling first, the title before the
 * body; and the same answers as a regex alternation of every spelling (how it was first written) on
 * the bundled corpus and on random text.
 */
class ProvincesTest {

  /** The reference: every spelling, longest first, as whole words. */
  private static final Pattern ALTERNATION =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:"
              + String.join("|", Provinces.spellings().stream().map(Pattern::quote).toList())
              + ")(?![\\p{L}\\p{N}])");

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("Hội nghị tại Thừa Thiên Huế và Huế", List.of("Thừa Thiên Huế", "Huế")),
        Arguments.of(
            "Tỉnh Bà Rịa – Vũng Tàu, TP.HCM", List.of("Bà Rịa - Vũng Tàu", "TP. Hồ Chí Minh")),
        Arguments.of("Hà Nội1 và xHuế không phải tên tỉnh", List.of()),
        Arguments.of("Thanh Hoá, Thanh Hóa, Khánh Hoà", List.of("Thanh Hóa", "Khánh Hòa")),
        Arguments.of("hà nội viết thường không tính", List.of()),
        Arguments.of("(Lạng Sơn) — Cao Bằng.", List.of("Lạng Sơn", "Cao Bằng")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void findsWholeNamesLongestFirst(String text, List<String> expected) {
    assertThat(Provinces.findAll(text)).containsExactlyElementsOf(expected);
    assertThat(Provinces.findAll(text)).isEqualTo(findAllByRegex(text));
  }

  static Stream<Arguments> articles() {
    String filler = " Nội dung hội nghị được triển khai đến cán bộ, đảng viên.".repeat(12);
    return Stream.of(
        Arguments.of("title first", "Dân vận ở Sơn La", "Hà Nội và Hà Nội.", null, "Sơn La"),
        Arguments.of("body named twice", "Hội nghị", "Lào Cai. Hà Nội. Lào Cai.", null, "Lào Cai"),
        Arguments.of(
            "a list of provinces counts for none",
            "Hỗ trợ cai nghiện",
            "Thí điểm ở 10 tỉnh gồm: Sơn La, Thái Nguyên, Hòa Bình, Nghệ An và Cần Thơ." + filler,
            null,
            null),
        Arguments.of(
            "a person's name is no province",
            "Đại hội đoàn trường",
            "Thư ký: đồng chí Nguyễn Khánh Hoà, Lê Thị Thanh Hóa phát biểu." + filler,
            null,
            null),
        Arguments.of(
            "a lone early mention counts",
            "Kết quả năm 2015",
            "Năm 2015, hệ thống dân vận tỉnh An Giang đã tham mưu." + filler,
            null,
            "An Giang"),
        Arguments.of(
            "a lone mention in parentheses or late does not",
            "Trả lời chất vấn",
            "Đại biểu Thạch Bình (Đoàn đại biểu Quốc hội tỉnh Trà Vinh) hỏi."
                + filler
                + " Cổ phiếu niêm yết ở Sở Giao dịch TP.HCM.",
            null,
            null),
        Arguments.of(
            "an urban district places the story in its city",
            "Đại hội chi bộ",
            "Chi bộ đạt danh hiệu vững mạnh tiêu biểu của quận Thanh Xuân.",
            null,
            "Hà Nội"),
        Arguments.of(
            "the site's province wins a tie",
            "Tặng quà",
            "Đoàn từ thiện tỉnh Bình Dương đến thăm bà con tỉnh Đắk Nông." + filler,
            "Đắk Nông",
            "Đắk Nông"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void readsTheProvinceAnArticleIsAbout(
      String label, String title, String body, String site, String expected) {
    assertThat(Provinces.ofArticle(title, body, site)).isEqualTo(expected);
  }

  @Test
  void tellsALocalStoryThatNamesNoProvince() {
    assertThat(Provinces.tellsOfOwnLocality("UBND tỉnh ban hành; toàn tỉnh có 50 mô hình."))
        .isTrue();
    assertThat(Provinces.tellsOfOwnLocality("Hội nông dân huyện hỗ trợ; vốn của huyện.")).isTrue();
    assertThat(Provinces.tellsOfOwnLocality("Ở 10 tỉnh, thành phố; Ủy ban nhân dân cấp tỉnh."))
        .isFalse();
    assertThat(Provinces.tellsOfOwnLocality("Tỉnh ủy Bình Phước và tỉnh Đắk Nông.")).isFalse();
    assertThat(Provinces.tellsOfOwnLocality(null)).isFalse();
  }

  @Test
  void readsGluedSpellingsOfTwoWordNames() {
    assertThat(Provinces.findAll("Ủy Ban Mặt Trận Tổ Quốc Tỉnh ĐắkNông"))
        .containsExactly("Đắk Nông");
    assertThat(Provinces.canonical("ĐắkNông")).contains("Đắk Nông");
  }

  @Test
  void prefersTheTitleThenTheMostNamedProvinceOfTheBody() {
    assertThat(Provinces.detect("Dân vận ở Sơn La", "Hà Nội, Hà Nội, Hà Nội")).isEqualTo("Sơn La");
    assertThat(Provinces.detect("Dân vận khéo", "Hà Nội, Lào Cai, Lào Cai")).isEqualTo("Lào Cai");
    assertThat(Provinces.detect("Dân vận khéo", "Hà Nội, Lào Cai")).isEqualTo("Hà Nội");
    assertThat(Provinces.detect("Dân vận khéo", "không nêu tỉnh nào")).isNull();
  }

  @Test
  void agreesWithTheRegexOnTheBundledCorpus() throws Exception {
    List<Path> pages;
    try (Stream<Path> files = Files.walk(Path.of("..", "corpus", "pages"))) {
      pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertThat(pages).isNotEmpty();
    DocumentExtractor extractor = new DocumentExtractor();
    for (Path page : pages) {
      String text = extractor.extract(page).text();
      assertThat(Provinces.findAll(text)).as(page.toString()).isEqualTo(findAllByRegex(text));
      assertThat(Provinces.detect("", text)).as(page.toString()).isEqualTo(detectByRegex(text));
    }
  }

  @Test
  void agreesWithTheRegexOnRandomText() {
    List<String> pieces = new ArrayList<>(Provinces.spellings());
    pieces.addAll(List.of(" ", ", ", "x", "1", "á", "-", "tỉnh ", "\n", "Hà", "Huế", "Nam"));
    Random random = new Random(20261122L);
    for (int run = 0; run < 5_000; run++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--)
        s.append(pieces.get(random.nextInt(pieces.size())));
      String text = s.toString();
      assertThat(Provinces.findAll(text)).as(text).isEqualTo(findAllByRegex(text));
      assertThat(Provinces.detect("", text)).as(text).isEqualTo(detectByRegex(text));
    }
  }

  private static List<String> findAllByRegex(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = ALTERNATION.matcher(text);
    while (m.find()) {
      Provinces.canonical(m.group()).filter(p -> !found.contains(p)).ifPresent(found::add);
    }
    return found;
  }

  private static String detectByRegex(String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Matcher m = ALTERNATION.matcher(text);
    while (m.find()) {
      Provinces.canonical(m.group()).ifPresent(p -> counts.merge(p, 1, Integer::sum));
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }
}
