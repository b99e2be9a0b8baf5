package vn.dva.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.search.Json;

/** {@code dva extract --text} and {@code dva extract-eval --pages --gold} as a user runs them. */
class ExtractPagesCommandTest {

  @TempDir Path dir;

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

  private static final String PAGE =
      """
      <!DOCTYPE html><html><head><meta charset="utf-8">
      <title>Ban Dân vận Tỉnh ủy Bình Phước</title></head><body>
      <div class="menu"><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></div>
      <div class="content"><h1>Bình Phước sơ kết công tác dân vận năm 2023</h1>
      <p>Ngày 19/01/2023</p>
      <p>Sáng ngày 19/01, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận năm 2023, \
      triển khai Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương.</p>
      <p>Hội nghị thống nhất các nhiệm vụ trọng tâm năm 2024 của toàn tỉnh./.</p></div>
      </body></html>
      """;

  @Test
  void extractWithTextPrintsTheMainTextAndTheKind() throws Exception {
    Path page = Files.writeString(dir.resolve("a.html"), PAGE);
    Run run = dva("extract", "--text", page.toString());
    assertThat(run.code()).isZero();
    JsonNode o = Json.MAPPER.readTree(run.out().strip());
    assertThat(o.get("kind").asText()).isEqualTo("article");
    assertThat(o.get("text").asText())
        .startsWith("Sáng ngày 19/01, Ban Dân vận")
        .endsWith("của toàn tỉnh./.")
        .doesNotContain("Trang chủ");
    assertThat(o.get("text_chars").asInt()).isEqualTo(o.get("text").asText().length());
    assertThat(Json.MAPPER.readTree(dva("extract", page.toString()).out()).has("text")).isFalse();
  }

  @Test
  void extractEvalScoresPagesAgainstAGoldFileAndEndsWithTheSummaryLine() throws Exception {
    Path pages = Files.createDirectory(dir.resolve("pages"));
    Files.writeString(pages.resolve("a.html"), PAGE);
    Path gold =
        Files.writeString(
            dir.resolve("gold.json"),
            """
            {"a.html": {"is_article": true,
              "title": "Bình Phước sơ kết công tác dân vận năm 2023",
              "published": "2023-01-19", "province": "Bình Phước",
              "first_words": "Sáng ngày 19/01, Ban Dân vận Tỉnh ủy",
              "last_words": "nhiệm vụ trọng tâm năm 2024 của toàn tỉnh./.",
              "directives": ["25-NQ/TW"]},
             "missing.html": {"is_article": true, "title": "Không có tệp", "published": null,
              "province": null, "first_words": "Không", "last_words": "tệp.",
              "directives": ["18-CT/TU"]}}
            """);
    Run run = dva("extract-eval", "--pages", pages.toString(), "--gold", gold.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("headline (articles)").contains("miss missing.html");
    assertThat(run.out().strip().lines().reduce((a, b) -> b).orElseThrow())
        .isEqualTo(
            "extract-eval: pages=2 title=0.500 date=0.500 province=0.500 start=0.500 end=0.500"
                + " numbers_p=1.000 numbers_r=0.500");
  }

  @Test
  void extractEvalRejectsPagesWithoutGold() {
    Run run = dva("extract-eval", "--pages", dir.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--pages and --gold go together");
  }
}
