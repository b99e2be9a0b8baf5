package vn.dva.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.SharedData;
import vn.dva.extract.DirectiveCitation;
import vn.dva.extract.DocumentExtractor;
import vn.dva.index.DocumentIndexer;

/**
 * The 2023 review list over the real articles in ../shared/seeds, indexed into a temporary Lucene
 * index with the project's own extractor and indexer. Skips when ../shared is absent.
 */
class ReviewSeedsTest {

  @TempDir static Path index;

  private static String bìnhPhước;

  @BeforeAll
  static void indexTheSeeds() throws Exception {
    Path seeds = SharedData.requireRoot().resolve("seeds");
    DocumentExtractor extractor = new DocumentExtractor();
    try (DocumentIndexer indexer = DocumentIndexer.open(index);
        Stream<Path> files = Files.list(seeds)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        indexer.add(extractor.extract(f));
      }
      indexer.commit();
    }
    bìnhPhước =
        seeds.resolve("001_f35f6407d285cb22.txt").toAbsolutePath().normalize().toUri().toString();
  }

  private static String row(DueReview d) {
    return d.kind()
        + " "
        + d.years()
        + " "
        + d.number()
        + " "
        + d.issued()
        + (d.province() == null ? "" : " " + d.province())
        + " evidence="
        + d.evidence().size();
  }

  @Test
  void lists2023DueReviewsWithTheArticleThatPlansThem() throws IOException {
    ReviewList list = ReviewService.open(index).due(2023);
    assertThat(list.year()).isEqualTo(2023);
    assertThat(list.due())
        .extracting(ReviewSeedsTest::row)
        .containsExactly(
            "tổng kết 20 24-NQ/TW 2003-03-12 evidence=1",
            "tổng kết 20 25-NQ/TW 2003-03-12 evidence=0",
            "tổng kết 15 20-NQ/TW 2008-01-28 evidence=1",
            "tổng kết 15 25-NQ/TW 2008-07-25 evidence=1",
            "tổng kết 10 23-CT/TW 2013-01-05 evidence=1",
            "tổng kết 10 55-KL/TW 2013-01-18 evidence=1",
            "tổng kết 10 25-NQ/TW 2013-06-03 evidence=1",
            "tổng kết 10 217-QĐ/TW 2013-12-12 evidence=1",
            "tổng kết 10 218-QĐ/TW 2013-12-12 evidence=1",
            "sơ kết 5 18-CT/TW 2018-01-10 evidence=1",
            "sơ kết 5 19-CT/TW 2018-01-10 evidence=1",
            "sơ kết 5 02-HD/TU 2018-03-22 Bình Phước evidence=1",
            "sơ kết 5 1217-QĐ/TU 2018-11-28 Bình Phước evidence=1");
  }

  @Test
  void evidenceNamesTheArticleAndQuotesTheAnnouncement() throws IOException {
    DueReview religion2013 =
        ReviewService.open(index).due(2023).due().stream()
            .filter(d -> d.number().equals("25-NQ/TW") && d.issued().getYear() == 2013)
            .findFirst()
            .orElseThrow();
    Evidence e = religion2013.evidence().get(0);
    assertThat(e.id()).isEqualTo(bìnhPhước);
    assertThat(e.title()).startsWith("Bình Phước: cấp ủy các cấp");
    assertThat(e.snippet())
        .startsWith("Tổng kết 10 năm thực hiện Nghị quyết 25-NQ/TW ngày 13/6/2013");
  }

  @Test
  void theCorpusResolvesUndatedMentionsWhereOnlyOneIdentityFits() throws IOException {
    DirectiveRegistry registry = DirectiveRegistry.of(IndexArticles.read(index));
    // the An Giang article cites 217-QĐ/TW without a date; the corpus knows only the 2013 one
    assertThat(registry.identitiesOf("217-QĐ/TW"))
        .extracting(DirectiveIdentity::key)
        .containsExactly("217-QĐ/TW@2013");
    assertThat(registry.identity("217-QĐ/TW@2013").orElseThrow().articles()).hasSize(2);
    CitingArticle anGiang =
        registry.identity("217-QĐ/TW@2013").orElseThrow().articles().stream()
            .map(id -> registry.article(id).orElseThrow())
            .filter(a -> "An Giang".equals(a.province()))
            .findFirst()
            .orElseThrow();
    DirectiveCitation undated =
        anGiang.citations().stream()
            .filter(c -> c.number().equals("217-QĐ/TW"))
            .findFirst()
            .orElseThrow();
    assertThat(undated.issued()).isNull();
    assertThat(registry.identityOf(anGiang.id(), undated).orElseThrow().issued())
        .isEqualTo(LocalDate.of(2013, 12, 12));
    // three resolutions numbered 25-NQ/TW, and two dates written for the 2013 one
    List<DirectiveIdentity> twentyFive = registry.identitiesOf("25-NQ/TW");
    assertThat(twentyFive).extracting(DirectiveIdentity::year).containsExactly(2003, 2008, 2013);
    assertThat(twentyFive.get(2).dates())
        .containsExactlyInAnyOrder(LocalDate.of(2013, 6, 3), LocalDate.of(2013, 6, 13));
    // "Chỉ thị 05 của Bộ Chính trị" has no date anywhere in the seeds
    assertThat(registry.identitiesOf("05-CT/TW"))
        .extracting(DirectiveIdentity::key)
        .containsExactly("05-CT/TW@?");
  }

  @Test
  void nothingIsDueIn2024FromTheseSeedsButTheIssuesOf2019() throws IOException {
    assertThat(ReviewService.open(index).due(2024).due())
        .extracting(DueReview::number)
        .containsExactlyInAnyOrder("43-KL/TW", "65-KL/TW");
  }
}
