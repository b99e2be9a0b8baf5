package vn.dva.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dva.SharedData;

/**
 * Real page shapes kept in ../shared (CI only): every page of fixtures/pages/manifest.json must
 * give the expected title, date, province and the first and last words of its main text.
 */
class SharedFixturesTest {

  private final DocumentExtractor extractor = new DocumentExtractor();

  @Test
  void everySharedFixturePageMatchesItsManifest() throws Exception {
    Path pages = SharedData.requireRoot().resolve("fixtures/pages");
    JsonNode manifest = new ObjectMapper().readTree(pages.resolve("manifest.json").toFile());
    List<String> failures = new ArrayList<>();
    for (JsonNode page : manifest) {
      Path file = pages.resolve(page.get("file").asText().replaceFirst("^pages/", ""));
      ExtractedDocument doc = extractor.extract(file);
      check(failures, file, "title", page.get("title").asText(), doc.title());
      String published = page.get("published").isNull() ? null : page.get("published").asText();
      check(
          failures,
          file,
          "published",
          published,
          doc.published() == null ? null : doc.published().toString());
      String province = page.get("province").isNull() ? null : page.get("province").asText();
      check(failures, file, "province", province, doc.province());
      if (!doc.text().startsWith(page.get("body_first").asText())) {
        failures.add(file.getFileName() + " body_first: " + head(doc.text()));
      }
      if (!doc.text().endsWith(page.get("body_last").asText())) {
        failures.add(file.getFileName() + " body_last: " + tail(doc.text()));
      }
    }
    assertThat(manifest.size()).isPositive();
    assertThat(failures).isEmpty();
  }

  private static void check(
      List<String> failures, Path file, String field, String expected, String actual) {
    if (expected == null ? actual != null : !expected.equals(actual)) {
      failures.add(
          file.getFileName()
              + " "
              + field
              + ": expected <"
              + expected
              + "> but was <"
              + actual
              + ">");
    }
  }

  private static String head(String text) {
    return text.substring(0, Math.min(100, text.length()));
  }

  private static String tail(String text) {
    return text.substring(Math.max(0, text.length() - 100));
  }
}
