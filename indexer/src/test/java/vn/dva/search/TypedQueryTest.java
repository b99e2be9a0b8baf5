package vn.dva.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What people type, searched through the shipped indexer and service over a small corpus. */
class TypedQueryTest {

  @TempDir static Path dir;
  static SearchService service;

  private static final String[][] PAGES = {
    {
      "trang-dinh",
      "Huyện Tràng Định ra quân dân vận",
      "Ban Dân vận Huyện ủy Tràng Định tổ chức ra quân giúp dân làm đường."
    },
    {
      "scattered",
      "Tràng pháo tay và định hướng",
      "Một tràng pháo tay dài; hội nghị định hướng công tác, xác định nhiệm vụ, quyết định"
          + " khen thưởng, tràng hoa tặng đại biểu, định kỳ báo cáo."
    },
    {
      "glued",
      "Học tập Nghị quyết",
      "Cán bộ học tập Nghị quyết củaĐảng bộ tỉnh; Tỉnh ủyLạng Sơn chỉ đạo thực hiện."
    },
    {
      "leave",
      "Nghỉ hằng năm",
      "Người lao động làm việc đủ 12 tháng cho một người sử dụng lao động thì được nghỉ hằng"
          + " năm 12 ngày làm việc, hưởng nguyên lương."
    },
    {
      "kheo",
      "Dân vận khéo ở Bình Phước",
      "Phong trào thi đua dân vận khéo được triển khai rộng khắp."
    },
    {"dan", "Công tác dân tộc", "Chính sách dân tộc và tôn giáo ở vùng cao."},
    {"lau", "Lau dọn nhà văn hóa", "Thanh niên lau dọn nhà văn hóa thôn trước Tết."},
    {"lau-hoi", "Hỏi đáp", "Hỏi: làm việc bao lâu thì được nghỉ?"}
  };

  @BeforeAll
  static void buildIndex() throws IOException {
    service = SmallIndex.open(dir, "Lạng Sơn", PAGES);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  static List<String> ids(String query) throws IOException {
    return SmallIndex.ids(service, query);
  }

  @Test
  void aPlaceNameOfTwoSyllablesRanksThePageWithThemTogetherFirst() throws IOException {
    assertThat(ids("Tràng Định")).startsWith("trang-dinh").contains("scattered");
    assertThat(ids("trang dinh")).startsWith("trang-dinh");
  }

  @Test
  void aWordFindsItsGluedSpelling() throws IOException {
    assertThat(ids("Đảng")).containsExactly("glued");
    assertThat(ids("Tỉnh ủy Lạng Sơn")).contains("glued");
  }

  @Test
  void aQuestionFindsThePassageThatAnswersItInOtherWords() throws IOException {
    assertThat(ids("Người lao động được nghỉ bao lâu 1 năm?")).startsWith("leave");
    assertThat(ids("Nguoi lao dong duoc nghi bao lau 1 nam?")).startsWith("leave");
  }

  @Test
  void aQuestionRanksThePageWithItsWordsFirst() throws IOException {
    // every question here finds fewer than ten pages, so it is also answered by any of its words
    // "bao lâu" asks and weighs half a word: the page that answers (how long one rests) ranks
    // above the page that asks the same
    assertThat(ids("nghỉ bao lâu?")).startsWith("leave", "lau-hoi");
    assertThat(ids("Dân vận khéo ở đâu?")).startsWith("kheo");
    assertThat(ids("dan van kheo o dau?")).startsWith("kheo");
  }

  static Stream<Arguments> askingWords() {
    return Stream.of(
        Arguments.of("gì?", false, true),
        Arguments.of("Nào", false, true),
        Arguments.of("đâu", false, true),
        Arguments.of("nhiêu", false, true),
        // typed with accents, "đau" (pain) is a word to find, not "đâu" (where)
        Arguments.of("đau", false, false),
        Arguments.of("dau", false, false),
        // in a query typed without any accent, "dau" may be "đâu"
        Arguments.of("dau", true, true),
        Arguments.of("gi", true, true),
        Arguments.of("nhà", false, false),
        Arguments.of("khéo", false, false));
  }

  @ParameterizedTest
  @MethodSource("askingWords")
  void wordsThatAskAreNotCountedAsWordsTheAnswerMustHold(
      String word, boolean plainQuery, boolean asks) {
    assertThat(MatchRule.asks(word, plainQuery)).as(word).isEqualTo(asks);
  }

  @Test
  void aQuestionWhoseWordsFindLittleIsAnsweredByAnyOfItsWords() throws IOException {
    // "nghĩa" is on no page: every word of a short question is required, so the question alone
    // finds nothing, and its relaxed form (any word, more words first) answers it
    assertThat(ids("Định nghĩa dân vận?")).contains("kheo", "trang-dinh");
    assertThat(ids("Định nghĩa dân vận?").get(0)).isIn("kheo", "trang-dinh");
    // keywords keep every word required
    assertThat(ids("Định nghĩa dân vận")).isEmpty();
    // exports take what the search shows
    SearchRequest question = SearchRequest.of("Định nghĩa dân vận?");
    long exported = service.withSearcher(s -> (long) s.count(service.matchQuery(question)));
    assertThat(exported).isEqualTo(service.search(question).total()).isPositive();
  }

  static Stream<Arguments> shortQueries() {
    return Stream.of(
        Arguments.of("dân vận khéo!", List.of("kheo")),
        Arguments.of("dân vận, khéo.", List.of("kheo")),
        Arguments.of("«dân vận» (khéo)", List.of("kheo")),
        Arguments.of("“dân vận khéo”", List.of("kheo")),
        Arguments.of("\"vận khéo\"", List.of("kheo")),
        Arguments.of("\"khéo dân\"", List.of()),
        Arguments.of("dân -khéo -tràng", List.of("dan")),
        Arguments.of("khéo OR tôn", List.of("kheo", "dan")),
        Arguments.of("kh* phong", List.of("kheo")),
        Arguments.of("title:khéo", List.of("kheo")),
        Arguments.of("province:\"Lạng Sơn\" khéo", List.of("kheo")),
        Arguments.of("lau dọn", List.of("lau")));
  }

  @ParameterizedTest
  @MethodSource("shortQueries")
  void shortQueriesRequireEveryWordAndReadOperatorsOnlyWhereMeant(String query, List<String> want)
      throws IOException {
    assertThat(ids(query)).as(query).containsExactlyInAnyOrderElementsOf(want);
  }

  @Test
  void theExactAccentsRankFirst() throws IOException {
    assertThat(ids("lâu")).containsExactly("lau-hoi", "lau");
    assertThat(ids("lau dọn")).containsExactly("lau");
  }

  static Stream<String> punctuation() {
    return Stream.of(
        "?",
        "lâu ?",
        "(((",
        "\"không đóng",
        "AND",
        "*vận",
        "[2020 TO",
        "title:(dân vận",
        "-",
        "/",
        "a/b",
        "x:y",
        "OR",
        "dân OR",
        "+",
        "~2",
        "^",
        "\\",
        "{}",
        "||",
        "&&",
        "!",
        "--khéo",
        "khéo*",
        "*",
        "\"\"",
        "18-CT/TU?",
        "id:file*",
        "url:http*");
  }

  @ParameterizedTest
  @MethodSource("punctuation")
  void punctuationIsNeverAnError(String query) throws IOException {
    assertThat(service.search(SearchRequest.of(query)).hits()).isNotNull();
  }

  @Test
  void onlyALongQueryIsRefused() {
    assertThatThrownBy(() -> service.parse("dân ".repeat(300)))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("1000");
  }
}
