package vn.dva.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page of the bundled corpus (../corpus, written by us in the shapes of NukeViet, Joomla,
 * SharePoint, Liferay, DNN, newspaper and table-layout portals) against corpus/manifest.json:
 * title, date, province, first and last words of the main text, and the page's furniture strings
 * absent from the text.
 */
class BundledCorpusTest {

  private static final Path CORPUS = Path.of("..", "corpus");

  private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

  static Stream<Arguments> everyBundledPageMatchesTheManifest() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    for (JsonNode page : manifest()) {
      rows.add(Arguments.of(page.get("template").asText() + " " + page.get("file").asText(), page));
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void everyBundledPageMatchesTheManifest(String label, JsonNode page) throws Exception {
    ExtractedDocument doc = EXTRACTOR.extract(CORPUS.resolve(page.get("file").asText()));

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(doc.title()).as("title").isEqualTo(page.get("title").asText());
    soft.assertThat(doc.published()).as("published").isEqualTo(date(page.get("published")));
    soft.assertThat(doc.province()).as("province").isEqualTo(text(page.get("province")));
    soft.assertThat(doc.text()).as("body_first").startsWith(page.get("body_first").asText());
    soft.assertThat(doc.text()).as("body_last").endsWith(page.get("body_last").asText());
    for (JsonNode furniture : page.get("absent")) {
      soft.assertThat(doc.text()).as("furniture").doesNotContain(furniture.asText());
    }
    soft.assertAll();
  }

  @Test
  void theCorpusSpansEnoughFamiliesProvincesAndYears() throws IOException {
    List<String> families = new ArrayList<>();
    List<String> provinces = new ArrayList<>();
    List<Integer> years = new ArrayList<>();
    for (JsonNode page : manifest()) {
      families.add(page.get("template").asText());
      provinces.add(page.get("province").asText());
      LocalDate published = date(page.get("published"));
      if (published != null) years.add(published.getYear());
      assertThat(CORPUS.resolve(page.get("file").asText())).isRegularFile();
    }
    assertThat(families).hasSizeGreaterThanOrEqualTo(40);
    assertThat(families.stream().distinct())
        .contains(
            "nukeviet",
            "joomla3",
            "joomla15",
            "sharepoint",
            "liferay",
            "dnn",
            "newspaper",
            "table");
    assertThat(provinces.stream().distinct().count()).isGreaterThanOrEqualTo(8);
    assertThat(years).contains(2014, 2026);
  }

  private static JsonNode manifest() throws IOException {
    Path file = CORPUS.resolve("manifest.json");
    assertThat(file).as("bundled corpus manifest").exists();
    return new ObjectMapper().readTree(Files.readString(file));
  }

  private static LocalDate date(JsonNode node) {
    return node == null || node.isNull() ? null : LocalDate.parse(node.asText());
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
