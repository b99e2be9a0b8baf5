package vn.dva.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dva.SharedData;
import vn.dva.extract.DocumentExtractor;

/**
 * The subject and issuing body of every identity of the real articles in ../shared/seeds, checked
 * against the table in the README (section "Subject and issuer of each directive"), both ways: each
 * row is what the registry chooses, and each identity the seeds give a subject or issuer for has a
 * row. Skips when ../shared is absent.
 */
class SubjectSeedsTest {

  private static DirectiveRegistry registry;

  @BeforeAll
  static void readTheSeeds() throws Exception {
    Path seeds = SharedData.requireRoot().resolve("seeds");
    DocumentExtractor extractor = new DocumentExtractor();
    List<CitingArticle> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        articles.add(CitingArticle.of(extractor.extract(f)));
      }
    }
    registry = DirectiveRegistry.of(articles);
  }

  /** identity → {issuedBy, subject} from the README table ("—" for none). */
  private static Map<String, String[]> readmeTable() throws IOException {
    Path readme = Path.of("").toAbsolutePath().getParent().resolve("README.md");
    List<String> lines = Files.readAllLines(readme);
    int start = lines.indexOf("<!-- seeds-subjects:start -->");
    int end = lines.indexOf("<!-- seeds-subjects:end -->");
    assertThat(start).as("README table markers").isPositive().isLessThan(end);
    Map<String, String[]> out = new LinkedHashMap<>();
    for (String line : lines.subList(start + 1, end)) {
      if (!line.startsWith("| `")) continue;
      String[] cells = line.split("\\s*\\|\\s*");
      String identity = cells[1].replace("`", "");
      out.put(identity, new String[] {none(cells[2]), none(cells[3])});
    }
    return out;
  }

  private static String none(String cell) {
    return cell.equals("—") ? null : cell;
  }

  @Test
  void everyReadmeRowIsWhatTheRegistryChooses() throws IOException {
    Map<String, String[]> table = readmeTable();
    assertThat(table).hasSizeGreaterThan(20);
    table.forEach(
        (identity, row) -> {
          DirectiveIdentity i =
              registry.identity(identity).orElseThrow(() -> new AssertionError(identity));
          assertThat(i.issuedBy().chosen()).as(identity + " issuer").isEqualTo(row[0]);
          assertThat(i.subject().chosen()).as(identity + " subject").isEqualTo(row[1]);
        });
  }

  @Test
  void everyIdentityWithASubjectOrIssuerHasARow() throws IOException {
    Map<String, String[]> table = readmeTable();
    for (DirectiveIdentity i : registry.identities()) {
      if (i.subject().chosen() != null || i.issuedBy().chosen() != null) {
        assertThat(table).as("README row for " + i.key()).containsKey(i.key());
      }
    }
  }

  @Test
  void theThreeResolutionsNumbered25KeepTheirOwnSubjects() {
    assertThat(registry.identity("25-NQ/TW@2013").orElseThrow().subject().chosen())
        .isEqualTo(
            "tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới");
    assertThat(registry.identity("25-NQ/TW@2008").orElseThrow().subject().chosen())
        .startsWith("tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên");
    assertThat(registry.identity("25-NQ/TW@2003").orElseThrow().subject().chosen())
        .isEqualTo("công tác tôn giáo trong tình hình mới");
  }
}
