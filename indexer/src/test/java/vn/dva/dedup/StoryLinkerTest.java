package vn.dva.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.extract.ExtractedDocument;
import vn.dva.index.DocumentIndexer;
import vn.dva.index.IndexSchema;

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
  void aClusterLargerThanTheGroupLimitIsCutIntoGroupsThatEachPageBelongsToOnce() throws Exception {
    Path index = dir.resolve("big");
    // A chain: page i holds sentences i … i+9 of one long text, so each page is a near-duplicate
    // of the few pages beside it, and the whole chain is one connected cluster.
    int pages = StoryLinker.MAX_GROUP + StoryLinker.MAX_GROUP / 2;
    try (DocumentIndexer ix = DocumentIndexer.open(index)) {
      for (int i = 0; i < pages; i++) {
        StringBuilder text = new StringBuilder();
        for (int k = i; k < i + 10; k++) text.append(sentence(k)).append(' ');
        ix.add(doc(String.format("p%05d", i), text.toString()));
      }
      ix.commit();
    }
    Map<Long, Integer> pagesPerStory = new HashMap<>();
    Map<Long, Set<Long>> versionsPerStory = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      for (LeafReaderContext leaf : reader.leaves()) {
        NumericDocValues story = leaf.reader().getNumericDocValues(IndexSchema.STORY);
        NumericDocValues versions = leaf.reader().getNumericDocValues(IndexSchema.STORY_VERSIONS);
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          story.advanceExact(d);
          versions.advanceExact(d);
          pagesPerStory.merge(story.longValue(), 1, Integer::sum);
          versionsPerStory
              .computeIfAbsent(story.longValue(), k -> new HashSet<>())
              .add(versions.longValue());
        }
      }
    }
    assertThat(pagesPerStory.values().stream().filter(n -> n > 1).count())
        .as("the cluster is cut into groups")
        .isGreaterThan(1);
    // each page counted in exactly one group: the versions written on every page of a story are
    // the number of pages that carry that story
    pagesPerStory.forEach(
        (story, n) -> assertThat(versionsPerStory.get(story)).containsExactly((long) n));
  }

  /** Sentence {@code k} of a long made-up text: eight syllables drawn for {@code k}. */
  static String sentence(int k) {
    String[] syllables =
        ("dân vận khéo xã huyện tỉnh họp bàn đường làng nhà văn hóa cầu cống chợ trường"
                + " trạm y tế ruộng đồng nước sạch điện lưới cây xanh")
            .split(" ");
    java.util.SplittableRandom r = new java.util.SplittableRandom(k);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 8; i++) out.append(syllables[r.nextInt(syllables.length)]).append(' ');
    return out.toString().strip() + ".";
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
