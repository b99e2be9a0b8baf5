package vn.dva.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.extract.ExtractedDocument;
import vn.dva.index.DocumentIndexer;

/** List pages (categories, home pages of teasers) are indexed but left out of hits and facets. */
class ListPagesSearchTest {

  @TempDir Path dir;

  private static ExtractedDocument page(String id, String kind, String province) {
    return new ExtractedDocument(
        "https://bdv.example.vn/" + id,
        "https://bdv.example.vn/" + id,
        "Công tác dân vận " + id,
        LocalDate.of(2023, 1, 19),
        province,
        "bdv.example.vn",
        "html",
        "Hội nghị sơ kết công tác dân vận khéo năm 2023.",
        List.of(),
        List.of(),
        List.of(),
        kind);
  }

  @Test
  void listPagesAreLeftOutOfHitsCountsAndFacets() throws Exception {
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      indexer.add(page("bai-1", ExtractedDocument.ARTICLE, "Bình Phước"));
      indexer.add(page("chuyen-muc", ExtractedDocument.LIST, "Lạng Sơn"));
      indexer.add(page("bai-2", ExtractedDocument.EMPTY, "Bình Phước"));
      indexer.commit();
    }
    try (SearchService service = SearchService.open(dir)) {
      SearchResponse r = service.search(SearchRequest.of("dân vận"));
      assertThat(r.total()).isEqualTo(2);
      assertThat(r.hits())
          .extracting(SearchResponse.Hit::id)
          .doesNotContain("https://bdv.example.vn/chuyen-muc");
      assertThat(r.facets().get("province")).containsOnlyKeys("Bình Phước");
      // exports and feeds walk the same selection
      int exported =
          service.withSearcher(s -> s.count(service.matchQuery(SearchRequest.of("dân vận"))));
      assertThat(exported).isEqualTo(2);
    }
  }
}
