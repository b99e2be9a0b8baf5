package vn.dva.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How {@link PageEvaluation} scores one page against its label. */
class PageEvaluationTest {

  private static final PageEvaluation.Gold ARTICLE =
      new PageEvaluation.Gold(
          "a.html",
          true,
          "Hội nghị giao ban  công tác dân vận",
          LocalDate.of(2023, 1, 19),
          "Bình Phước",
          "Sáng ngày 19/01, Ban Dân vận",
          "nhiệm vụ năm 2023./.",
          List.of("25-NQ/TW", "18-CT/TU"),
          Set.of("05-CT/TW"),
          Set.of());

  private static ExtractedDocument doc(
      String title, LocalDate date, String province, String text, String kind, String... numbers) {
    List<DirectiveCitation> citations =
        Stream.of(numbers).map(n -> new DirectiveCitation(n, "NQ", "TW", null, null, 1)).toList();
    return new ExtractedDocument(
        "file:/a.html",
        "file:/a.html",
        title,
        date,
        province,
        "file",
        "html",
        text,
        citations,
        List.of(),
        List.of(),
        kind);
  }

  private static final String TEXT =
      "Sáng ngày 19/01, Ban\u00A0Dân vận Tỉnh ủy tổ chức hội nghị.\nTriển khai nhiệm vụ năm 2023./.";

  static Stream<Arguments> scoresEachFieldOfAnArticle() {
    LocalDate day = LocalDate.of(2023, 1, 19);
    return Stream.of(
        Arguments.of(
            "everything right, white space and NBSP collapsed",
            doc(
                "Hội nghị giao ban công tác dân vận",
                day,
                "Bình Phước",
                TEXT,
                "article",
                "25-NQ/TW",
                "18-CT/TU",
                "05-CT/TW"),
            "true true true true true true 2/0/0"),
        Arguments.of(
            "site name as title, today's date, menu province",
            doc(
                "Trang thông tin điện tử",
                LocalDate.of(2026, 12, 7),
                "Trà Vinh",
                TEXT,
                "article",
                "25-NQ/TW"),
            "false false false true true true 1/0/1"),
        Arguments.of(
            "text opening on a caption and running into related stories",
            doc(
                "Hội nghị giao ban công tác dân vận",
                day,
                "Bình Phước",
                "Ảnh: Toàn cảnh hội nghị\n" + TEXT + "\nTin liên quan",
                "article",
                "25-NQ/TW",
                "18-CT/TU",
                "412/QĐ-UBND"),
            "true true true false false true 2/1/0"),
        Arguments.of(
            "an article taken for a list page",
            doc("Hội nghị giao ban công tác dân vận", day, "Bình Phước", TEXT, "list"),
            "true true true true true false 0/0/2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void scoresEachFieldOfAnArticle(String label, ExtractedDocument d, String expected) {
    PageEvaluation.Page p = PageEvaluation.score(ARTICLE, d, null);
    assertThat(
            p.title()
                + " "
                + p.date()
                + " "
                + p.province()
                + " "
                + p.start()
                + " "
                + p.end()
                + " "
                + p.kind()
                + " "
                + p.truePositives()
                + "/"
                + p.falsePositives()
                + "/"
                + p.falseNegatives())
        .isEqualTo(expected);
  }

  @Test
  void uncertainFieldsAndListPagesAreNotScoredOnArticleFields() {
    PageEvaluation.Gold uncertain =
        new PageEvaluation.Gold(
            "b.html",
            true,
            "Tiêu đề bài",
            LocalDate.of(2019, 8, 8),
            null,
            "Mở",
            "Kết.",
            List.of(),
            Set.of(),
            Set.of("published", "province"));
    PageEvaluation.Page p =
        PageEvaluation.score(
            uncertain, doc("Tiêu đề bài", null, "Hà Nội", "Mở đầu. Kết.", "article"), null);
    assertThat(p.date()).isNull();
    assertThat(p.province()).isNull();
    assertThat(p.title()).isTrue();

    PageEvaluation.Gold list =
        new PageEvaluation.Gold(
            "c.html", false, "Tin tức", null, null, null, null, List.of(), Set.of(), Set.of());
    PageEvaluation.Page l =
        PageEvaluation.score(list, doc("Tin tức", null, null, "", "list", "412/QĐ-UBND"), null);
    assertThat(l.title()).isNull();
    assertThat(l.start()).isNull();
    assertThat(l.kind()).isTrue();
    assertThat(l.falsePositives()).isEqualTo(1);
  }

  @Test
  void anEmptyBodyIsRightOnlyWithEmptyTextAndAFailedPageIsWrongEverywhere() {
    PageEvaluation.Gold empty =
        new PageEvaluation.Gold(
            "d.html",
            true,
            "V/v định hướng",
            null,
            null,
            null,
            null,
            List.of(),
            Set.of(),
            Set.of());
    assertThat(
            PageEvaluation.score(empty, doc("V/v định hướng", null, null, "", "empty"), null)
                .start())
        .isTrue();
    assertThat(
            PageEvaluation.score(
                    empty, doc("V/v định hướng", null, null, "Xem chi tiết", "article"), null)
                .end())
        .isFalse();
    PageEvaluation.Page failed = PageEvaluation.score(ARTICLE, null, "d.html: cannot read");
    assertThat(List.of(failed.title(), failed.date(), failed.start(), failed.kind()))
        .containsOnly(false);
    assertThat(failed.falseNegatives()).isEqualTo(2);
  }

  @Test
  void readsAGoldFileAndNamesTheFileWhenItIsBroken(@TempDir Path dir) throws IOException {
    Path gold = dir.resolve("gold.json");
    Files.writeString(
        gold,
        """
        {"_note": "notes are skipped",
         "a.html": {"is_article": true, "title": "Tiêu đề", "published": "2023-01-19",
                    "province": null, "first_words": "Mở", "last_words": "Kết.",
                    "directives": ["25-NQ/TW"], "optional": ["05-CT/TW"],
                    "uncertain_fields": ["province"]}}
        """);
    List<PageEvaluation.Gold> read = PageEvaluation.readGold(gold);
    assertThat(read).hasSize(1);
    assertThat(read.get(0).published()).isEqualTo(LocalDate.of(2023, 1, 19));
    assertThat(read.get(0).optional()).containsExactly("05-CT/TW");
    assertThat(read.get(0).uncertain()).containsExactly("province");

    Files.writeString(gold, "[1, 2]");
    assertThatThrownBy(() -> PageEvaluation.readGold(gold)).hasMessageContaining("gold.json");
  }
}
