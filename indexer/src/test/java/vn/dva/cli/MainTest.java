package vn.dva.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.extract.DirectiveCitation;
import vn.dva.extract.ExtractedDocument;
import vn.dva.index.DocumentIndexer;
import vn.dva.search.Json;

class MainTest {

  @TempDir static Path index;

  /** What one run of the CLI printed and returned. */
  record Run(int exit, String out, String err) {
    JsonNode json() throws IOException {
      return Json.MAPPER.readTree(out);
    }
  }

  static Run dva(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @BeforeAll
  static void buildIndex() throws IOException {
    try (DocumentIndexer indexer = DocumentIndexer.open(index)) {
      indexer.add(
          new ExtractedDocument(
              "https://bdv.example.vn/tin/1",
              "https://bdv.example.vn/tin/1",
              "Sơ kết 10 năm thực hiện Nghị quyết 25-NQ/TW",
              LocalDate.of(2023, 6, 3),
              "Quảng Nam",
              "bdv.example.vn",
              "html",
              "Tỉnh ủy tổ chức sơ kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 về công tác dân vận.",
              List.of(
                  new DirectiveCitation("25-NQ/TW", "NQ", "TW", LocalDate.of(2013, 6, 3), null, 1)),
              List.of()));
      indexer.commit();
    }
  }

  @Test
  void helpListsTheSubcommandsThatExist() {
    Run run = dva("--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .containsPattern("(?m)^\\s+search\\s")
        .containsPattern("(?m)^\\s+index\\s");
  }

  @Test
  void searchPrintsTheContractJson() throws IOException {
    Run run = dva("search", "--index", index.toString(), "--province", "Quảng Nam", "nghi quyet");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("total").asInt()).isEqualTo(1);
    JsonNode hit = json.get("hits").get(0);
    assertThat(hit.get("title").asText()).startsWith("Sơ kết 10 năm");
    assertThat(hit.get("published").asText()).isEqualTo("2023-06-03");
    assertThat(hit.get("province").asText()).isEqualTo("Quảng Nam");
    assertThat(hit.get("directives").get(0).get("number").asText()).isEqualTo("25-NQ/TW");
    assertThat(hit.get("directives").get(0).get("identity").asText()).isEqualTo("25-NQ/TW@2013");
    assertThat(json.get("facets").get("province").get("Quảng Nam").asInt()).isEqualTo(1);
    assertThat(json.get("facets").get("province_now").get("Đà Nẵng").asInt()).isEqualTo(1);
    assertThat(json.get("facets").get("year").get("2023").asInt()).isEqualTo(1);
  }

  @Test
  void searchFiltersByDirectiveNumberInAnotherSpelling() throws IOException {
    Run run = dva("search", "--index", index.toString(), "--directive", "25-nq/tw");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.json().get("total").asInt()).isEqualTo(1);
  }

  @Test
  void searchAndExportTakeTheSameDateAndSourceFilters() throws IOException {
    String dir = index.toString();
    assertThat(dva("search", "--index", dir, "--from", "2023-06-03").json().get("total").asInt())
        .isEqualTo(1);
    assertThat(dva("search", "--index", dir, "--from", "2023-06-04").json().get("total").asInt())
        .isZero();
    assertThat(dva("search", "--index", dir, "--source", "other.example.vn").json().get("total"))
        .hasToString("0");
    Run inRange = dva("export", "--index", dir, "--format", "jsonl", "--to", "2023-06-03");
    assertThat(inRange.exit()).as(inRange.err()).isZero();
    assertThat(inRange.out().lines()).hasSize(1);
    Run outOfRange = dva("export", "--index", dir, "--format", "jsonl", "--to", "2023-06-02");
    assertThat(outOfRange.out().lines()).isEmpty();
    assertThat(dva("export", "--index", dir, "--sort", "sideways").err()).contains("sideways");
  }

  @Test
  void aTooLongQueryExitsTwoWithOneLine() {
    Run run = dva("search", "--index", index.toString(), "dân vận ".repeat(200));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip())
        .contains("characters long")
        .doesNotContain("\n")
        .doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMissingIndexExitsTwoAndSaysWhatToDo(@TempDir Path nowhere) {
    Run run = dva("search", "--index", nowhere.resolve("x").toString(), "dân vận");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no index at").contains("dva index");
  }

  @Test
  void badUsageExitsTwo() {
    assertThat(dva("search").exit()).isEqualTo(2);
    assertThat(dva("search", "--index", index.toString(), "--limit", "0", "x").exit()).isEqualTo(2);
    assertThat(dva("search", "--index", index.toString(), "--sort", "sideways", "x").err())
        .contains("sideways");
    assertThat(dva("no-such-command").exit()).isEqualTo(2);
  }
}
