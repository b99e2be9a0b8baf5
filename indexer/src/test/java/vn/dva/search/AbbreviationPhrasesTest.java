package vn.dva.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dva.extract.ExtractedDocument;
import vn.dva.index.DocumentIndexer;

class AbbreviationPhrasesTest {

  static Stream<Arguments> quoting() {
    return Stream.of(
        Arguments.of("dân tộc thiểu số", "\"dân tộc thiểu số\""),
        Arguments.of("hỗ trợ dan toc thieu so vùng cao", "hỗ trợ \"dan toc thieu so\" vùng cao"),
        Arguments.of("Mặt Trận Tổ Quốc tỉnh", "\"Mặt Trận Tổ Quốc\" tỉnh"),
        Arguments.of("kinh tế - xã hội", "\"kinh tế - xã hội\""),
        Arguments.of("\"dân tộc thiểu số\" miền núi", "\"dân tộc thiểu số\" miền núi"),
        Arguments.of("title:dân tộc thiểu số", "title:dân tộc thiểu số"),
        Arguments.of("dân tộc OR thiểu số", "dân tộc OR thiểu số"),
        Arguments.of("dân tộc -thiểu số", "dân tộc -thiểu số"),
        Arguments.of("công tác tôn giáo", "công tác tôn giáo"),
        Arguments.of("", ""));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("quoting")
  void quotesMultiWordAbbreviationSpellingsOnly(String query, String expected) {
    assertThat(AbbreviationPhrases.quote(query)).isEqualTo(expected);
  }

  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void index() throws IOException {
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      indexer.add(
          doc("short", "Hỗ trợ đồng bào DTTS", "Ủy ban MTTQ huyện thăm hỏi đồng bào DTTS."));
      indexer.add(
          doc(
              "long",
              "Đồng bào dân tộc thiểu số",
              "Mặt trận Tổ quốc tỉnh vận động đồng bào dân tộc thiểu số."));
      indexer.add(doc("other", "Thiểu số ý kiến", "Một số dân tộc và thiểu số ý kiến khác nhau."));
      indexer.commit();
    }
    service = SearchService.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  static ExtractedDocument doc(String id, String title, String text) {
    return new ExtractedDocument(
        id, null, title, null, null, "test", "txt", text, List.of(), List.of());
  }

  static Stream<Arguments> searches() {
    return Stream.of(
        Arguments.of("dân tộc thiểu số", List.of("short", "long")),
        Arguments.of("dan toc thieu so", List.of("short", "long")),
        Arguments.of("DTTS", List.of("short", "long")),
        Arguments.of("mặt trận tổ quốc", List.of("short", "long")),
        Arguments.of("MTTQ đồng bào", List.of("short", "long")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("searches")
  void abbreviationAndExpansionFindEachOtherUnquoted(String query, List<String> expected)
      throws IOException {
    List<String> ids =
        service.search(SearchRequest.of(query)).hits().stream()
            .map(SearchResponse.Hit::id)
            .toList();
    assertThat(ids).containsExactlyInAnyOrderElementsOf(expected);
  }
}
