package vn.dva.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How the form of a question is read: a frame that cites a source, phrases that ask, questions that
 * ask what something is. Read on tables, then searched through the shipped indexer and service over
 * a small corpus of law articles.
 */
class QuestionFormsTest {

  @TempDir static Path dir;
  static SearchService service;

  /** Pages that name the law and use its words, and the two short articles the questions want. */
  private static final String[][] PAGES = {
    {
      "capacity",
      "Năng lực pháp luật dân sự của cá nhân. Năng lực pháp luật dân sự của cá nhân là khả năng"
          + " của cá nhân có quyền dân sự và nghĩa vụ dân sự theo Bộ luật Dân sự. Mọi cá nhân đều"
          + " có năng lực pháp luật dân sự như nhau."
    },
    {
      "civil-rights",
      "Thực hiện quyền dân sự. Cá nhân, pháp nhân thực hiện quyền dân sự theo Bộ luật Dân sự;"
          + " pháp luật dân sự bảo vệ quyền dân sự như nhau."
    },
    {"fruits", "Hoa lợi, lợi tức. Hoa lợi là sản vật tự nhiên mà tài sản mang lại."},
    {
      "fruits-owner",
      "Xác lập quyền sở hữu đối với hoa lợi, lợi tức. Chủ sở hữu có quyền sở hữu đối với hoa lợi,"
          + " lợi tức, kể từ thời điểm thu được hoa lợi, lợi tức đó."
    },
    {
      "glossary",
      "Giải thích từ ngữ. Trong Bộ luật này, các từ ngữ dưới đây được hiểu như sau: Người lao động"
          + " là người làm việc theo thỏa thuận, được trả lương. Người sử dụng lao động là doanh"
          + " nghiệp, cơ quan, tổ chức, hợp tác xã, hộ gia đình, cá nhân có thuê mướn, sử dụng"
          + " người lao động làm việc cho mình theo thỏa thuận. Tổ chức đại diện người lao động"
          + " tại cơ sở là tổ chức được thành lập trên cơ sở tự nguyện của người lao động. Quan hệ"
          + " lao động là quan hệ xã hội phát sinh trong việc thuê mướn, sử dụng lao động, trả"
          + " lương giữa người lao động, người sử dụng lao động."
    },
    {
      "employer-duties",
      "Trách nhiệm của người sử dụng lao động. Người sử dụng lao động thực hiện hợp đồng lao động."
    }
  };

  @BeforeAll
  static void buildIndex() throws IOException {
    String[][] pages = new String[PAGES.length][];
    for (int i = 0; i < PAGES.length; i++) pages[i] = new String[] {PAGES[i][0], "", PAGES[i][1]};
    service = SmallIndex.open(dir, null, pages);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  static List<String> ids(String query) throws IOException {
    return SmallIndex.ids(service, query);
  }

  static Stream<Arguments> frames() {
    return Stream.of(
        Arguments.of(
            "Theo Bộ luật Dân sự 2015, hoa lợi được hiểu như thế nào?", "Theo Bộ luật Dân sự 2015"),
        Arguments.of(
            "  Căn cứ Luật An ninh mạng, ai chịu trách nhiệm?", "  Căn cứ Luật An ninh mạng"),
        Arguments.of("theo bo luat dan su, hoa loi la gi?", "theo bo luat dan su"),
        Arguments.of("Dựa vào Điều 10, nơi làm việc được quy định thế nào?", "Dựa vào Điều 10"),
        // openings that often hold the subject itself are not frames
        Arguments.of("Trong Tây y, Xạ hương được dùng để làm thuốc gì?", null),
        Arguments.of("Khi quá liều Biseptol, cần phải làm gì?", null),
        // a whole word opens a frame, and something must be asked after the comma
        Arguments.of("Theodore, ai?", null),
        Arguments.of("Theo bạn, gì?", null),
        Arguments.of("Theo Bộ luật Dân sự 2015 hoa lợi là gì?", null),
        Arguments.of("Theo", null));
  }

  @ParameterizedTest
  @MethodSource("frames")
  void aQuestionOpeningWithASourceHasThatClauseAsItsFrame(String question, String frame) {
    int end = QuestionFrame.end(question);
    assertThat(end < 0 ? null : question.substring(0, end)).as(question).isEqualTo(frame);
  }

  static Stream<Arguments> askingPhrases() {
    return Stream.of(
        Arguments.of("hoa lợi được hiểu như thế nào?", false, Set.of(4, 5, 6)),
        Arguments.of("nghỉ bao lâu 1 năm", false, Set.of(1, 2)),
        Arguments.of("Tại sao phải kiêng?", false, Set.of(0, 1)),
        Arguments.of("nghi bao lau 1 nam", true, Set.of(1, 2)),
        // typed with accents, the folded form is another word ("bao lau" is not "bao lâu")
        Arguments.of("nghỉ bao lau", false, Set.of()),
        // alone, "như" (as) and "bao" (to wrap) name something
        Arguments.of("giấy bao như cũ", false, Set.of()));
  }

  @ParameterizedTest
  @MethodSource("askingPhrases")
  void theWordsOfAPhraseThatAsksAreFound(String question, boolean plain, Set<Integer> asking) {
    List<String> words = Arrays.asList(question.split(" "));
    assertThat(MatchRule.askingPhrases(words, plain)).as(question).isEqualTo(asking);
  }

  static Stream<Arguments> definitions() {
    return Stream.of(
        Arguments.of("Định nghĩa của \"Người lao động\"?", false, "0-3", "3-6"),
        Arguments.of("Khái niệm về an ninh mạng", false, "0-3", "3-6"),
        Arguments.of("Thế nào là hoa lợi?", false, "0-3", "3-5"),
        Arguments.of("An ninh mạng là gì?", false, "3-5", "0-3"),
        Arguments.of("Chức năng chính của hầu họng là gì?", false, "6-8", "3-6"),
        Arguments.of("lợi tức được hiểu như thế nào?", false, "2-7", "0-2"),
        Arguments.of("an ninh mang la gi?", true, "3-5", "0-3"),
        // typed with accents, "la gi" is not "là gì"; "là gì" alone names nothing to define
        Arguments.of("an ninh mạng la gi?", false, null, null),
        Arguments.of("là gì?", false, null, null),
        Arguments.of("Người lao động được nghỉ bao lâu?", false, null, null));
  }

  @ParameterizedTest
  @MethodSource("definitions")
  void aQuestionThatAsksWhatSomethingIsHasItsFrameAndItsTerm(
      String question, boolean plain, String frame, String term) {
    List<String> words =
        Arrays.stream(question.split(" ")).map(w -> w.startsWith("\"") ? null : w).toList();
    DefinitionQuestion.Found found = DefinitionQuestion.find(words, plain);
    assertThat(found == null ? null : found.frameFrom() + "-" + found.frameTo())
        .as(question)
        .isEqualTo(frame);
    assertThat(found == null ? null : found.subjectFrom() + "-" + found.subjectTo())
        .as(question)
        .isEqualTo(term);
  }

  @Test
  void theLawAQuestionCitesDoesNotOutweighWhatItAsks() throws IOException {
    // the law's words and pairs ("luật dân", "dân sự") fill the first two pages; "hoa lợi" is asked
    assertThat(ids("Theo Bộ luật Dân sự 2015, hoa lợi được hiểu như thế nào?"))
        .startsWith("fruits");
    assertThat(ids("Theo Bo luat Dan su 2015, hoa loi duoc hieu nhu the nao?"))
        .startsWith("fruits");
  }

  @Test
  void aQuestionThatAsksWhatSomethingIsFindsThePageThatDefinesIt() throws IOException {
    // the glossary is long and the duties page says the term twice: "… lao động là" decides
    assertThat(ids("Định nghĩa của \"Người sử dụng lao động\"?")).startsWith("glossary");
    assertThat(ids("Dinh nghia cua \"Nguoi su dung lao dong\"?")).startsWith("glossary");
    assertThat(ids("Hoa lợi là gì?")).startsWith("fruits");
  }

  @Test
  void aFrameWithNothingSearchableAfterItIsReadAsTheQuestion() throws IOException {
    assertThat(ids("Theo hoa lợi, ? ?")).startsWith("fruits");
  }

  @Test
  void keywordsAreReadAsTyped() throws IOException {
    // without a question, "người sử dụng lao động" is found where it is written most
    assertThat(ids("người sử dụng lao động")).startsWith("employer-duties");
  }
}
