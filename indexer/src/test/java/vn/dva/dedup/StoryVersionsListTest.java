package vn.dva.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.index.DocumentIndexer;
import vn.dva.search.SearchRequest;
import vn.dva.search.SearchResponse;
import vn.dva.search.SearchService;

/**
 * The other versions listed with a hit are the story's newest pages but itself, newest first and by
 * id within a day, at most 20, also when the story has more pages than are listed and several share
 * a date.
 */
class StoryVersionsListTest {

  @TempDir Path dir;

  @Test
  void aHitListsTheTwentyNewestOtherPagesOfItsStoryTiesByIdWhicheverPageItIs() throws Exception {
    int pages = 31;
    List<SearchResponse.Version> all = new ArrayList<>();
    try (DocumentIndexer ix = DocumentIndexer.open(dir)) {
      for (int i = 0; i < pages; i++) {
        // three pages a day, the ids not in date order
        LocalDate day = LocalDate.of(2023, 6, 1).plusDays(i / 3);
        String id = String.format("p%02d", (i * 7) % pages);
        ix.add(
            StoryCollapseTest.doc(
                id, "site" + i + ".vn", day, StoryLinkerTest.WHOLE + " Bản đăng số " + i + "."));
        all.add(new SearchResponse.Version(id, null, null, "site" + i + ".vn", null, day));
      }
      ix.commit();
    }
    Comparator<SearchResponse.Version> newestFirst =
        Comparator.comparing(SearchResponse.Version::published, Comparator.reverseOrder())
            .thenComparing(SearchResponse.Version::id);
    try (SearchService search = SearchService.open(dir, false)) {
      SearchResponse every =
          search.search(SearchRequest.builder().collapse(false).size(pages).build());
      assertThat(every.hits()).hasSize(pages);
      for (SearchResponse.Hit hit : every.hits()) {
        assertThat(hit.versions()).isEqualTo(pages);
        List<String> expected =
            all.stream()
                .filter(v -> !v.id().equals(hit.id()))
                .sorted(newestFirst)
                .limit(20)
                .map(v -> v.id() + " " + v.published() + " " + v.source())
                .toList();
        assertThat(
                hit.otherVersions().stream()
                    .map(v -> v.id() + " " + v.published() + " " + v.source())
                    .toList())
            .as(hit.id())
            .isEqualTo(expected);
      }
    }
  }
}
