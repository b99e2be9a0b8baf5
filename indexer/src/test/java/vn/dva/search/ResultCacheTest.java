package vn.dva.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.extract.ExtractedDocument;
import vn.dva.index.DocumentIndexer;

class ResultCacheTest {

  @TempDir Path dir;

  static ExtractedDocument doc(String id, String title, String text) {
    return new ExtractedDocument(
        id,
        "https://example.vn/" + id,
        title,
        LocalDate.of(2023, 1, 19),
        "Bình Phước",
        "example.vn",
        "html",
        text,
        List.of(),
        List.of());
  }

  private void index(ExtractedDocument... docs) throws IOException {
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      for (ExtractedDocument d : docs) indexer.add(d);
      indexer.commit();
    }
  }

  @Test
  void aRepeatedRequestIsAnsweredFromTheCacheWithAnEqualResponse() throws IOException {
    index(doc("a", "Công tác dân vận", "Dân vận khéo ở cơ sở."));
    try (SearchService cached = SearchService.open(dir, true);
        SearchService uncached = SearchService.open(dir, false)) {
      SearchResponse first = cached.search(SearchRequest.of("dân vận"));
      // Surrounding space does not make a different request.
      SearchResponse second = cached.search(SearchRequest.of("  dân vận "));
      assertThat(second).isSameAs(first);
      assertThat(second).isEqualTo(uncached.search(SearchRequest.of("dân vận")));
      assertThat(uncached.search(SearchRequest.of("dân vận")))
          .isNotSameAs(uncached.search(SearchRequest.of("dân vận")));
      assertThat(cached.cachesResults()).isTrue();
      assertThat(uncached.cachesResults()).isFalse();
    }
  }

  @Test
  void filtersInAnotherOrderAreTheSameRequest() {
    SearchRequest a =
        SearchRequest.builder().query("x").provinces(List.of("Lạng Sơn", "An Giang")).build();
    SearchRequest b =
        SearchRequest.builder().query("x").provinces(List.of("An Giang", "Lạng Sơn")).build();
    assertThat(ResultCache.key(a)).isEqualTo(ResultCache.key(b));
    SearchRequest page2 =
        SearchRequest.builder().query("x").provinces(List.of("An Giang")).page(2).build();
    assertThat(ResultCache.key(a)).isNotEqualTo(ResultCache.key(page2));
  }

  @Test
  void aRefreshThatBringsNewDocumentsEmptiesTheCache() throws IOException {
    index(doc("a", "Công tác dân vận", "Dân vận khéo ở cơ sở."));
    try (SearchService search = SearchService.open(dir, true)) {
      assertThat(search.search(SearchRequest.of("dân vận")).total()).isEqualTo(1);
      index(doc("b", "Dân vận chính quyền", "Dân vận trong cơ quan nhà nước."));
      // Before a refresh the reader is unchanged, so the cached answer is still the right one.
      assertThat(search.search(SearchRequest.of("dân vận")).total()).isEqualTo(1);
      search.refresh();
      assertThat(search.search(SearchRequest.of("dân vận")).total()).isEqualTo(2);
    }
  }

  @Test
  void keepsNoMoreEntriesThanItsBound() throws IOException {
    index(doc("a", "Công tác dân vận", "Dân vận khéo ở cơ sở."));
    ResultCache cache = new ResultCache(2, Long.MAX_VALUE);
    try (SearchService search = SearchService.open(dir, false)) {
      search.withSearcher(
          s -> {
            for (String q : List.of("dân", "vận", "khéo", "cơ sở")) {
              SearchRequest key = ResultCache.key(SearchRequest.of(q));
              assertThat(cache.get(s.getIndexReader(), key)).isNull();
              cache.put(s.getIndexReader(), key, search.search(key));
            }
            assertThat(cache.size()).isEqualTo(2);
            // The least recently used went first: the last two are still there.
            assertThat(cache.get(s.getIndexReader(), SearchRequest.of("cơ sở"))).isNotNull();
            assertThat(cache.get(s.getIndexReader(), SearchRequest.of("dân"))).isNull();
            return null;
          });
    }
  }

  @Test
  void keepsNoMoreBytesThanItsBound() throws IOException {
    index(doc("a", "Công tác dân vận", "Dân vận khéo ở cơ sở."));
    try (SearchService search = SearchService.open(dir, false)) {
      SearchResponse one = search.search(SearchRequest.of("dân vận"));
      long size = ResultCache.estimateBytes(SearchRequest.of("dân vận"), one);
      ResultCache cache = new ResultCache(100, size * 3);
      search.withSearcher(
          s -> {
            cache.get(s.getIndexReader(), SearchRequest.of("x")); // binds the cache to the reader
            for (int page = 1; page <= 10; page++) {
              SearchRequest key = SearchRequest.builder().query("dân vận").page(page).build();
              cache.put(s.getIndexReader(), key, one);
              assertThat(cache.bytes()).isLessThanOrEqualTo(size * 3);
            }
            assertThat(cache.size()).isEqualTo(3);
            return null;
          });
      ResultCache tiny = new ResultCache(100, 10);
      search.withSearcher(
          s -> {
            tiny.get(s.getIndexReader(), SearchRequest.of("x")); // binds the cache to the reader
            tiny.put(s.getIndexReader(), SearchRequest.of("x"), one);
            assertThat(tiny.size()).isZero();
            return null;
          });
    }
  }

  @Test
  void cachedResponsesCannotBeModified() throws IOException {
    index(doc("a", "Công tác dân vận", "Dân vận khéo ở cơ sở."));
    try (SearchService search = SearchService.open(dir, true)) {
      SearchResponse r = search.search(SearchRequest.of("dân vận"));
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> r.hits().clear())
          .isInstanceOf(UnsupportedOperationException.class);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> r.facets().put("x", Map.of()))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
