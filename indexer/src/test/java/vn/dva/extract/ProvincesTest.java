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
