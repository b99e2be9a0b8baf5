package vn.dva.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.dva.extract.ExtractedDocument;
import vn.dva.index.DocumentIndexer;

/**
 * A few pages written with the shipped indexer and opened with the shipped search service (result
 * cache off, one thread): the small corpora of the query tests.
 */
final class SmallIndex {

  private SmallIndex() {}

  /**
   * Indexes {@code pages} (each: id, title, text) into {@code dir}, all from one site, province and
   * date, and opens it.
   */
  static SearchService open(Path dir, String province, String[][] pages) throws IOException {
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      for (String[] p : pages) {
        indexer.add(
            new ExtractedDocument(
                p[0],
                "https://example.vn/" + p[0],
                p[1],
                LocalDate.of(2024, 5, 1),
                province,
                "example.vn",
                "html",
                p[2],
                List.of(),
                List.of()));
      }
      indexer.commit();
    }
    return SearchService.open(dir, false, 1);
  }

  /** The ids of the first page of hits for {@code query}, in rank order. */
  static List<String> ids(SearchService service, String query) throws IOException {
    return service.search(SearchRequest.of(query)).hits().stream().map(h -> h.id()).toList();
  }
}
