package vn.dva.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dva.search.SearchService;

class SuggestionsTest {

  @TempDir static Path dir;
  static SearchService search;
  static Suggestions suggestions;

  @BeforeAll
  static void index() throws Exception {
    search = SearchService.open(TestIndex.build(dir));
    suggestions = new Suggestions(search, new DirectiveData(search));
  }

  @AfterAll
  static void close() throws Exception {
    search.close();
  }

  static Stream<Arguments> queries() {
    return Stream.of(
        Arguments.of("dan van kheo", "dân vận khéo"),
        Arguments.of("DAN VAN", "dân vận"),
        Arguments.of("mat tran to quoc", "mặt trận tổ quốc"),
        Arguments.of("thanh nieen", "thanh niên"),
        Arguments.of("dan OR van", "dân OR vận"),
        Arguments.of("dân vận", null),
        Arguments.of("25-NQ/TW", null),
        Arguments.of("\"dan van\"", null),
        Arguments.of("title:dan", null),
        Arguments.of("   ", null),
        Arguments.of("zzzqqq", null));
  }

  @ParameterizedTest
  @MethodSource("queries")
  void didYouMeanRestoresAccentsAndSpellingFromTheIndex(String typed, String expected)
      throws Exception {
    Suggestions.Suggestion s = suggestions.didYouMean(typed);
    assertThat(s == null ? null : s.text()).isEqualTo(expected);
  }

  @Test
  void directiveCompletionPutsPrefixMatchesFirst() throws Exception {
    assertThat(suggestions.directives("2", 10))
        .extracting(Vocabulary.Entry::term)
        .startsWith("25-NQ/TW")
        .contains("217-QĐ/TW", "23-CT/TW");
    assertThat(suggestions.directives("ct/t", 10))
        .extracting(Vocabulary.Entry::term)
        .containsExactlyInAnyOrder("18-CT/TU", "23-CT/TW");
    assertThat(suggestions.directives("", 10)).isEmpty();
  }
}
