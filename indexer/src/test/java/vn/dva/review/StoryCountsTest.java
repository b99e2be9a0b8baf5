package vn.dva.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.extract.DirectiveCitation;
import vn.dva.extract.ExtractedDocument;
import vn.dva.extract.ReviewAnnouncement;
import vn.dva.index.DocumentIndexer;

/** The directive page and the review list count a republished article once. */
class StoryCountsTest {

  static final String TEXT =
      "Sáng 12/6, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết số"
          + " 25-NQ/TW ngày 03/6/2013 về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công"
          + " tác dân vận trong tình hình mới. Báo cáo nêu rõ nhận thức của cấp ủy, chính quyền về"
          + " công tác dân vận có chuyển biến rõ nét, toàn tỉnh xây dựng hơn bốn nghìn mô hình dân"
          + " vận khéo ở các huyện biên giới, việc tiếp xúc đối thoại được duy trì thường xuyên.";

  static final DirectiveCitation NQ25 =
      new DirectiveCitation("25-NQ/TW", "NQ", "TW", LocalDate.of(2013, 6, 3), null, 1);

  static ExtractedDocument page(String url, String text, LocalDate date) {
    return new ExtractedDocument(
        url,
        url,
        "Tổng kết Nghị quyết 25",
        date,
        "Lạng Sơn",
        "x.vn",
        "html",
        text,
        List.of(NQ25),
        List.of(new ReviewAnnouncement("25-NQ/TW", LocalDate.of(2013, 6, 3), 10, "tổng kết")));
  }

  @TempDir Path dir;

  @Test
  void aRepublishedArticleCountsOnceOnTheDirectivePageAndInTheReviews() throws Exception {
    try (DocumentIndexer ix = DocumentIndexer.open(dir)) {
      ix.add(page("https://langson.dcs.vn/a", TEXT, LocalDate.of(2023, 6, 12)));
      ix.add(
          page(
              "https://baolangson.vn/b",
              TEXT + " Nguồn: Báo Lạng Sơn.",
              LocalDate.of(2023, 6, 13)));
      ix.add(
          page(
              "https://hagiang.dcs.vn/c",
              "Hà Giang tổng kết 10 năm thực hiện Nghị quyết 25-NQ/TW với nhiều mô hình hay ở vùng"
                  + " cao, đồng bào các dân tộc tin tưởng, các cấp ủy quan tâm lãnh đạo công tác"
                  + " dân vận, Mặt trận và đoàn thể vận động hội viên phát triển kinh tế, giữ gìn an"
                  + " ninh trật tự và xây dựng nông thôn mới.",
              LocalDate.of(2023, 7, 1)));
      ix.commit();
    }
    DirectiveReport report = DirectiveService.open(dir).lookup("25-NQ/TW");
    DirectiveReport.Identity nq = report.identities().get(0);
    assertThat(nq.articles()).hasSize(3);
    assertThat(nq.stories()).isEqualTo(2);

    DueReview due =
        ReviewService.open(dir).due(2023).due().stream()
            .filter(d -> d.number().equals("25-NQ/TW"))
            .findFirst()
            .orElseThrow();
    assertThat(due.evidence())
        .extracting(Evidence::id)
        .containsExactly("https://langson.dcs.vn/a", "https://hagiang.dcs.vn/c");
  }
}
