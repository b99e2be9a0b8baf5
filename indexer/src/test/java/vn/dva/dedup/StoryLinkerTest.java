package vn.dva.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.extract.ExtractedDocument;
import vn.dva.index.DocumentIndexer;

class StoryLinkerTest {

  static final String FIRST_HALF =
      "Sáng 12/6, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết số"
          + " 25-NQ/TW về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong"
          + " tình hình mới. Báo cáo nêu rõ nhận thức của cấp ủy, chính quyền về công tác dân vận có"
          + " chuyển biến rõ nét, toàn tỉnh xây dựng hơn bốn nghìn mô hình dân vận khéo ở các huyện"
          + " biên giới.";

  static final String SECOND_HALF =
      " Hội nghị chỉ ra hạn chế như việc nắm bắt tâm trạng Nhân dân ở một số nơi còn chậm, phối"
          + " hợp giữa các cơ quan chưa chặt chẽ, chế độ phụ cấp cho cán bộ dân vận cơ sở chưa thỏa"
          + " đáng. Dịp này hai mươi lăm tập thể và bốn mươi cá nhân được tặng bằng khen vì thành"
          + " tích xuất sắc trong mười năm qua, đồng thời đề ra nhiệm vụ trọng tâm cho giai đoạn"
          + " tới.";

  static final String WHOLE = FIRST_HALF + SECOND_HALF;

  static final String OTHER =
      "Chiều 05/4, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận quý I. Mặt trận và các đoàn"
          + " thể đã tổ chức một trăm hai mươi sáu cuộc tuyên truyền với hơn chín nghìn lượt người"
          + " tham dự, tiếp nhận ba mươi bốn ý kiến kiến nghị của cử tri, chuẩn bị tổng kết phong"
          + " trào thi đua cấp tỉnh và nắm tình hình Nhân dân tại các dự án thu hồi đất.";

  @TempDir Path dir;

  static ExtractedDocument doc(String id, String text) {
    return new ExtractedDocument(
        id,
        "https://" + id + ".vn/tin",
        "Tin " + id,
        null,
        null,
        id + ".vn",
        "html",
        text,
        List.of(),
        List.of());
  }

  @Test
  void aGroupKeepsOneStoryWhenItsNamingPageIsDeletedChangedAndRestored() throws Exception {
    Path index = dir.resolve("i");
    try (DocumentIndexer ix = DocumentIndexer.open(index)) {
      ix.add(doc("c", LabelledPairs.cutLead(WHOLE + "\n" + WHOLE)));
      ix.add(doc("d", OTHER));
      ix.commit();
      ix.add(doc("b", WHOLE + LabelledPairs.FOOTER));
      ix.commit();
      ix.add(doc("a", WHOLE));
      ix.commit();
    }
    Map<String, Long> s = NearDuplicateEvaluationTest.stories(index);
    assertThat(s.get("a"))
        .isEqualTo(s.get("b"))
        .isEqualTo(s.get("c"))
        .isEqualTo(StoryLinker.storyOf("a"));
    assertThat(s.get("d")).isEqualTo(StoryLinker.storyOf("d"));

    try (DocumentIndexer ix = DocumentIndexer.open(index)) {
      ix.delete("a");
      ix.commit();
    }
    s = NearDuplicateEvaluationTest.stories(index);
    assertThat(s).doesNotContainKey("a");
    assertThat(s.get("b")).isEqualTo(s.get("c")).isEqualTo(StoryLinker.storyOf("b"));

    try (DocumentIndexer ix = DocumentIndexer.open(index)) {
      ix.add(doc("a", OTHER.replace("quý I", "quý II") + " Bài khác hẳn."));
      ix.commit();
    }
    s = NearDuplicateEvaluationTest.stories(index);
    assertThat(s.get("b")).isEqualTo(s.get("c")).isEqualTo(StoryLinker.storyOf("b"));
    assertThat(s.get("a")).isEqualTo(s.get("d")).isEqualTo(StoryLinker.storyOf("a"));

    try (DocumentIndexer ix = DocumentIndexer.open(index)) {
      ix.add(doc("a", WHOLE));
      ix.commit();
    }
    s = NearDuplicateEvaluationTest.stories(index);
    assertThat(s.get("a"))
        .isEqualTo(s.get("b"))
        .isEqualTo(s.get("c"))
        .isEqualTo(StoryLinker.storyOf("a"));
    assertThat(s.get("d")).isEqualTo(StoryLinker.storyOf("d"));
  }

  @Test
  void deletingThePageThatLinkedTwoPartsSplitsTheGroup() throws Exception {
    Path index = dir.resolve("j");
    try (DocumentIndexer ix = DocumentIndexer.open(index)) {
      ix.add(doc("x", FIRST_HALF));
      ix.add(doc("y", WHOLE));
      ix.add(doc("z", SECOND_HALF));
      ix.commit();
    }
    Map<String, Long> s = NearDuplicateEvaluationTest.stories(index);
    assertThat(s.get("x")).isEqualTo(s.get("y")).isEqualTo(s.get("z"));
    try (DocumentIndexer ix = DocumentIndexer.open(index)) {
      ix.delete("y");
      ix.commit();
    }
    s = NearDuplicateEvaluationTest.stories(index);
    assertThat(s.get("x")).isEqualTo(StoryLinker.storyOf("x"));
    assertThat(s.get("z")).isEqualTo(StoryLinker.storyOf("z"));
  }

  @Test
  void signaturesSurviveTheirBytes() {
    Signature s = MinHasher.signature(WHOLE);
    byte[] b = s.toBytes();
    assertThat(Signature.fromBytes(b, 0, b.length)).isEqualTo(s);
    assertThat(MinHasher.signature("quá ngắn")).isNull();
    assertThat(s.overlap(MinHasher.signature(LabelledPairs.oldTonePlacement(WHOLE))))
        .isEqualTo(1.0);
  }
}
