package vn.dva.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dva.extract.DocumentExtractor;
import vn.dva.index.DocumentIndexer;

/**
 * One search spread over several threads (Lucene's concurrent search over slices of segments)
 * answers exactly as the same search on the caller's thread: the same total, hits in the same order
 * with the same scores and snippets, the same facet counts, with and without filters and sorting.
 * The bundled corpus is indexed with a commit every few pages so that the index has more segments
 * than one slice holds.
 */
class ConcurrentSearchTest {

  @TempDir static Path dir;
  static SearchService sequential;
  static SearchService concurrent;

  @BeforeAll
  static void indexTheCorpusInManySegments() throws IOException {
    DocumentExtractor extractor = new DocumentExtractor();
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(Path.of("..", "corpus", "pages"))) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      int n = 0;
      for (Path page : pages) {
        try {
          indexer.add(extractor.extract(page));
        } catch (vn.dva.extract.ExtractionException e) {
          throw new IOException(page + ": " + e.getMessage(), e);
        }
        if (++n % 3 == 0) indexer.commit();
      }
      indexer.commit();
    }
    sequential = SearchService.open(dir, false, 1);
    concurrent = SearchService.open(dir, false, 4);
  }

  @AfterAll
  static void close() throws IOException {
    sequential.close();
    concurrent.close();
  }

  @Test
  void theIndexIsSearchedInSeveralSlices() throws IOException {
    int slices = concurrent.withSearcher(s -> s.getSlices().length);
    assertThat(slices).isGreaterThan(1);
  }

  static Stream<SearchRequest> requests() {
    return Stream.of(
        SearchRequest.of("dân vận"),
        SearchRequest.of("dan van kheo"),
        SearchRequest.of("\"quy chế dân chủ ở cơ sở\""),
        SearchRequest.of("25-NQ/TW"),
        SearchRequest.of("MTTQ"),
        SearchRequest.of("nghị quyết -chỉ"),
        SearchRequest.of(""),
        SearchRequest.builder().query("dân vận").sort(SearchRequest.Sort.NEWEST).size(20).build(),
        SearchRequest.builder().query("dân vận").page(2).size(5).build(),
        SearchRequest.builder().query("dân vận").types(List.of("CT")).build(),
        SearchRequest.builder().query("").years(List.of(2023, 2024)).build());
  }

  @ParameterizedTest
  @MethodSource("requests")
  void answersAsTheSameSearchOnOneThread(SearchRequest request) throws IOException {
    SearchResponse one = sequential.search(request);
    SearchResponse many = concurrent.search(request);
    assertThat(one.total()).as("precondition: the request finds something").isPositive();
    assertThat(many).isEqualTo(one);
  }

  @Test
  void rejectsFewerThanOneThread() {
    assertThatThrownBy(() -> SearchService.open(dir, false, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 0");
  }
}
