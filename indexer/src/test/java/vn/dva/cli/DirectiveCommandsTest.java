package vn.dva.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.extract.DocumentExtractor;
import vn.dva.index.DocumentIndexer;
import vn.dva.search.Json;

/** {@code dva extract}, {@code dva reviews} and {@code dva extract-eval} as a user runs them. */
class DirectiveCommandsTest {

  @TempDir static Path dir;

  private static Path article;

  private record Run(int code, String out, String err) {}

  private static Run dva(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @BeforeAll
  static void writeAndIndexAnArticle() throws Exception {
    article = dir.resolve("binh-phuoc.txt");
    Files.writeString(
        article,
        """
        Bình Phước sơ kết, tổng kết các nghị quyết năm 2023

        Năm 2023 tỉnh tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành \
        Trung ương; sơ kết 05 năm thực hiện Hướng dẫn số 02-HD/TU ngày 22/3/2018 của Tỉnh ủy; thực hiện \
        Nghị quyết 25-NQ/TW ngày 13/6/2013 (khóa XI).
        """);
    try (DocumentIndexer indexer = DocumentIndexer.open(dir.resolve("index"))) {
      indexer.add(new DocumentExtractor().extract(article));
      indexer.commit();
    }
  }

  @Test
  void extractPrintsOneContractObjectPerFile() throws Exception {
    Run run = dva("extract", article.toString());
    assertThat(run.code()).isZero();
    JsonNode o = Json.MAPPER.readTree(run.out().strip());
    assertThat(o.get("file").asText()).isEqualTo(article.toString());
    assertThat(o.get("province").asText()).isEqualTo("Bình Phước");
    assertThat(o.get("text_chars").asInt()).isGreaterThan(100);
    JsonNode first = o.get("directives").get(0);
    assertThat(first.get("number").asText()).isEqualTo("25-NQ/TW");
    assertThat(first.get("type").asText()).isEqualTo("NQ");
    assertThat(first.get("issuer").asText()).isEqualTo("TW");
    assertThat(first.get("issued").asText()).isEqualTo("2013-06-03");
    assertThat(first.get("mentions").asInt()).isEqualTo(2);
    assertThat(first.get("dates").toString()).isEqualTo("[\"2013-06-03\",\"2013-06-13\"]");
    assertThat(first.get("issuedBy").toString()).isEqualTo("[\"Ban Chấp hành Trung ương Đảng\"]");
    assertThat(o.get("directives").get(1).get("issuedBy").toString())
        .isEqualTo("[\"Tỉnh ủy Bình Phước\"]");
    assertThat(o.get("reviews").get(1).toString())
        .isEqualTo(
            "{\"number\":\"02-HD/TU\",\"issued\":\"2018-03-22\",\"years\":5,\"kind\":\"sơ kết\"}");
  }

  @Test
  void extractReportsAMissingFileAndGoesOn() {
    Run run = dva("extract", dir.resolve("missing.txt").toString(), article.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("missing.txt");
    assertThat(run.out().lines()).hasSize(1);
  }

  @Test
  void reviewsPrintsTheDueListAsJson() throws Exception {
    Run run = dva("reviews", "--index", dir.resolve("index").toString(), "--year", "2023");
    assertThat(run.code()).isZero();
    JsonNode o = Json.MAPPER.readTree(run.out());
    assertThat(o.get("year").asInt()).isEqualTo(2023);
    assertThat(o.get("due")).hasSize(2);
    JsonNode hd = o.get("due").get(1);
    assertThat(hd.get("number").asText()).isEqualTo("02-HD/TU");
    assertThat(hd.get("province").asText()).isEqualTo("Bình Phước");
    assertThat(hd.get("years").asInt()).isEqualTo(5);
    assertThat(hd.get("kind").asText()).isEqualTo("sơ kết");
    assertThat(hd.get("evidence").get(0).get("snippet").asText())
        .startsWith("Sơ kết 05 năm thực hiện Hướng dẫn");
    assertThat(o.get("due").get(0).get("province").isNull()).isTrue();
  }

  @Test
  void reviewsExportsCsvAndIcs() {
    String index = dir.resolve("index").toString();
    Run csv = dva("reviews", "--index", index, "--year", "2023", "--format", "csv");
    assertThat(csv.out())
        .startsWith("\uFEFFnumber,issued,province,years,kind")
        .contains("02-HD/TU,2018-03-22,Bình Phước,5,sơ kết");
    Run ics = dva("reviews", "--index", index, "--year", "2023", "--format", "ics");
    assertThat(ics.out()).startsWith("BEGIN:VCALENDAR").contains("DTSTART;VALUE=DATE:20230322");
  }

  @Test
  void reviewsCsvWritesATitleThatASpreadsheetWouldRunAsText() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("formula"));
    Path hostile = folder.resolve("formula.txt");
    Files.writeString(
        hostile,
        """
        =HYPERLINK("http://x.vn","Sơ kết")

        Sơ kết 05 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.
        """);
    try (DocumentIndexer indexer = DocumentIndexer.open(folder.resolve("index"))) {
      indexer.add(new DocumentExtractor().extract(hostile));
      indexer.commit();
    }
    Run csv =
        dva(
            "reviews",
            "--index",
            folder.resolve("index").toString(),
            "--year",
            "2021",
            "--format",
            "csv");
    assertThat(csv.code()).isZero();
    assertThat(csv.out())
        .startsWith("\uFEFFnumber,")
        .contains("\"'=HYPERLINK(\"\"http://x.vn\"\",\"\"Sơ kết\"\")\"")
        .doesNotContain(",\"=HYPERLINK");
  }

  @Test
  void reviewsRejectsBadInputWithOneLine() {
    Run format =
        dva(
            "reviews",
            "--index",
            dir.resolve("index").toString(),
            "--year",
            "2023",
            "--format",
            "xml");
    assertThat(format.code()).isEqualTo(2);
    assertThat(format.err().strip()).contains("xml").doesNotContain("\n");
    Run noIndex = dva("reviews", "--index", dir.resolve("nowhere").toString(), "--year", "2023");
    assertThat(noIndex.code()).isEqualTo(2);
    assertThat(noIndex.err()).contains("nowhere");
    assertThat(
            dva("reviews", "--index", dir.resolve("index").toString(), "--year", "hai nghìn")
                .code())
        .isEqualTo(2);
  }

  @Test
  void extractEvalPrintsPrecisionAndRecall() {
    Run run = dva("extract-eval");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .containsPattern("numbers +precision 1\\.000 +recall (?:0\\.9\\d\\d|1\\.000)");
    assertThat(run.out())
        .containsPattern("numbers\\+dates +precision 0\\.9\\d\\d +recall 0\\.9\\d\\d");
  }
}
