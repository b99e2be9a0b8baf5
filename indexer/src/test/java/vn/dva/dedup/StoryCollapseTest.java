package vn.dva.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.extract.ExtractedDocument;
import vn.dva.index.DocumentIndexer;
import vn.dva.search.SearchRequest;
import vn.dva.search.SearchResponse;
import vn.dva.search.SearchService;

/** One hit per story in search, every page with {@code collapse=false}, a story's pages by id. */
class StoryCollapseTest {

  @TempDir static Path dir;
  static SearchService search;

  static ExtractedDocument doc(String id, String source, LocalDate date, String text) {
    return new ExtractedDocument(
        id,
        "https://" + source + "/" + id,
        "Tin " + id,
        date,
        "Lạng Sơn",
        source,
        "html",
        text,
        List.of(),
        List.of());
  }

  @BeforeAll
  static void index() throws Exception {
    String whole = StoryLinkerTest.WHOLE;
    try (DocumentIndexer ix = DocumentIndexer.open(dir)) {
      ix.add(doc("a1", "langson.dcs.vn", LocalDate.of(2023, 6, 12), whole));
      ix.add(doc("a2", "baolangson.vn", LocalDate.of(2023, 6, 13), whole + LabelledPairs.FOOTER));
      ix.add(doc("a3", "bdv.langson.vn", LocalDate.of(2023, 6, 14), LabelledPairs.cutLead(whole)));
      ix.add(doc("b1", "langson.dcs.vn", LocalDate.of(2023, 6, 20), StoryLinkerTest.OTHER));
      ix.add(
          doc(
              "c1",
              "langson.dcs.vn",
              LocalDate.of(2023, 5, 1),
              "Ngày 20/8, Chủ tịch UBND tỉnh đối thoại trực tiếp với Nhân dân huyện ven biển về"
                  + " giải phóng mặt bằng dự án đường ven biển. Người dân nêu mười tám ý kiến về giá"
                  + " bồi thường, vị trí khu tái định cư và thời gian chi trả; các sở ngành giải đáp"
                  + " trực tiếp mười lăm ý kiến, ba ý kiến còn lại được giao cho huyện trả lời bằng"
                  + " văn bản trong mười lăm ngày tới."));
      ix.commit();
    }
    search = SearchService.open(dir, false);
  }

  @AfterAll
  static void close() throws Exception {
    search.close();
  }

  @Test
  void searchShowsOneHitPerStoryWithItsOtherVersions() throws Exception {
    SearchResponse r =
        search.search(SearchRequest.builder().sort(SearchRequest.Sort.NEWEST).size(10).build());
    assertThat(r.total()).isEqualTo(5);
    assertThat(r.collapsed()).isTrue();
    assertThat(r.stories()).isEqualTo(r.hits().size());
    SearchResponse.Hit first = r.hits().get(0);
    assertThat(first.id()).isEqualTo("b1");
    SearchResponse.Hit story = r.hits().get(1);
    assertThat(story.id()).isEqualTo("a3"); // the newest page of the story stands for it
    assertThat(story.versions()).isEqualTo(3);
    assertThat(story.story()).isEqualTo(StoryLinker.format(StoryLinker.storyOf("a1")));
    assertThat(story.otherVersions())
        .extracting(SearchResponse.Version::id, SearchResponse.Version::source)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a2", "baolangson.vn"),
            org.assertj.core.groups.Tuple.tuple("a1", "langson.dcs.vn"));
    assertThat(story.otherVersions().get(0).published()).isEqualTo(LocalDate.of(2023, 6, 13));
  }

  @Test
  void collapseFalseShowsEveryPageAndTheStoryFilterOneStory() throws Exception {
    SearchResponse all = search.search(SearchRequest.builder().collapse(false).size(10).build());
    assertThat(all.hits()).hasSize(5);
    assertThat(all.collapsed()).isFalse();
    String story = StoryLinker.format(StoryLinker.storyOf("a1"));
    SearchResponse one =
        search.search(SearchRequest.builder().story(story).collapse(false).size(10).build());
    assertThat(one.hits())
        .extracting(SearchResponse.Hit::id)
        .containsExactlyInAnyOrder("a1", "a2", "a3");
  }

  @Test
  void pagesRunOverStories() throws Exception {
    SearchRequest.Builder b = SearchRequest.builder().sort(SearchRequest.Sort.OLDEST).size(1);
    List<String> ids =
        List.of(
            search.search(b.page(1).build()).hits().get(0).id(),
            search.search(b.page(2).build()).hits().get(0).id(),
            search.search(b.page(3).build()).hits().get(0).id());
    assertThat(ids).containsExactly("c1", "a1", "b1");
    assertThat(search.search(b.page(4).build()).hits()).isEmpty();
  }

  @Test
  void storiesAreCountedFromTheCollectedMatchesAsAPassOfTheQueryCountsThem() throws Exception {
    List<SearchRequest.Builder> requests =
        List.of(
            SearchRequest.builder(),
            SearchRequest.builder().query("đối thoại"),
            SearchRequest.builder().sources(List.of("langson.dcs.vn")),
            SearchRequest.builder().from(LocalDate.of(2023, 6, 13)),
            SearchRequest.builder().query("không có từ nào như thế xyzzy"));
    try (SearchService cached = SearchService.open(dir, true)) {
      for (SearchRequest.Builder b : requests) {
        SearchRequest r = b.build();
        long expected =
            search.withSearcher(s -> StoryCollapser.countStories(s, search.matchQuery(r)));
        assertThat(search.search(r).stories()).as(r.toString()).isEqualTo(expected);
        assertThat(cached.search(r).stories()).as(r.toString()).isEqualTo(expected);
        // another page of the same search takes its counts from the count cache
        assertThat(cached.search(b.size(1).page(2).build()).stories())
            .as(r.toString())
            .isEqualTo(expected);
      }
    }
    assertThat(search.search(SearchRequest.of("")).stories()).isEqualTo(3);
  }
}
