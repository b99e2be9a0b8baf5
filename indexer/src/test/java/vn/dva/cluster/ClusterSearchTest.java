package vn.dva.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dva.search.SearchRequest;

/**
 * The search body keeps the embedded engine's meaning; the cluster itself is tested in
 * opensearch-it.
 */
class ClusterSearchTest {

  private static final SearchRequest NARROWED =
      SearchRequest.builder()
          .query("dân vận khéo")
          .provinces(List.of("Bình Phước"))
          .years(List.of(2023))
          .directives(List.of("25-nq/tw"))
          .from(LocalDate.of(2020, 1, 1))
          .size(20)
          .page(2)
          .build();

  @Test
  void selectionsNarrowTheHitsThroughThePostFilterOnly() {
    JsonNode body = ClusterSearch.body(NARROWED);
    JsonNode post = body.path("post_filter").path("bool").path("filter");
    assertThat(post.toString())
        .contains("{\"terms\":{\"province\":[\"Bình Phước\"]}}")
        .contains("{\"terms\":{\"year\":[\"2023\"]}}")
        .contains("{\"terms\":{\"directive\":[\"25-NQ/TW\"]}}");
    assertThat(body.path("query").toString()).doesNotContain("Bình Phước");
  }

  @Test
  void aDimensionsOwnSelectionDoesNotNarrowItsOwnCounts() {
    JsonNode aggs = ClusterSearch.body(NARROWED).path("aggs");
    String province = aggs.path("province").path("filter").toString();
    assertThat(province).doesNotContain("Bình Phước").contains("2023").contains("25-NQ/TW");
    String year = aggs.path("year").path("filter").toString();
    assertThat(year).contains("Bình Phước").doesNotContain("\"2023\"");
    String month = aggs.path("month").path("filter").toString();
    assertThat(month).contains("Bình Phước").contains("2023").contains("25-NQ/TW");
    assertThat(
            aggs.path("identity").path("aggs").path("values").path("terms").path("field").asText())
        .isEqualTo("directive_id");
  }

  @Test
  void theDateRangeNarrowsHitsAndCountsAlike() {
    JsonNode body = ClusterSearch.body(NARROWED);
    JsonNode range = body.path("query").path("bool").path("filter").path(0).path("range");
    assertThat(range.path("published").path("gte").asLong())
        .isEqualTo(LocalDate.of(2020, 1, 1).toEpochDay());
    assertThat(range.path("published").has("lte")).isFalse();
  }

  @Test
  void theQueryAndItsHighlightingFormAreTheDvaQuery() {
    JsonNode body = ClusterSearch.body(NARROWED);
    assertThat(
            body.path("query").path("bool").path("must").path(0).path("dva").path("query").asText())
        .isEqualTo("dân vận khéo");
    JsonNode highlight = body.path("highlight");
    assertThat(highlight.path("highlight_query").path("dva").path("highlight").asBoolean())
        .isTrue();
    assertThat(highlight.path("pre_tags").path(0).asText()).isEqualTo("<mark>");
    assertThat(body.path("from").asInt()).isEqualTo(20);
    assertThat(body.path("size").asInt()).isEqualTo(20);
    assertThat(body.path("track_total_hits").asBoolean()).isTrue();
  }

  @Test
  void newestFirstSortsByDateThenScoreWithUndatedLast() {
    JsonNode sort =
        ClusterSearch.body(SearchRequest.builder().sort(SearchRequest.Sort.NEWEST).build())
            .path("sort");
    assertThat(sort.toString())
        .isEqualTo("[{\"published\":{\"order\":\"desc\",\"missing\":\"_last\"}},\"_score\"]");
  }

  @Test
  void listPagesAreLeftOutOfHitsCountsAndExportsAsEmbedded() {
    for (JsonNode query :
        List.of(ClusterSearch.body(NARROWED).path("query"), ClusterSearch.query(NARROWED, true))) {
      assertThat(query.path("bool").path("must_not").toString())
          .isEqualTo("[{\"term\":{\"kind\":\"list\"}}]");
    }
  }

  @Test
  void aCountOrAnExportCarriesTheSelectionsInItsQuery() {
    String counted = ClusterSearch.query(NARROWED, true).toString();
    assertThat(counted).contains("Bình Phước").contains("\"2023\"").contains("25-NQ/TW");
    assertThat(ClusterSearch.query(NARROWED, false).toString()).doesNotContain("Bình Phước");
  }

  @Test
  void aStoryFilterIsATermOnTheStoryIdAndCollapsingIsFieldCollapseOnIt() {
    SearchRequest story = SearchRequest.builder().query("x").story("00000000000000ff").build();
    JsonNode body = ClusterSearch.body(story);
    assertThat(body.path("query").path("bool").path("filter").toString())
        .contains("{\"term\":{\"story\":255}}");
    assertThat(body.path("collapse").path("field").asText()).isEqualTo("story");
    JsonNode all = ClusterSearch.body(SearchRequest.builder().query("x").collapse(false).build());
    assertThat(all.has("collapse")).isFalse();
    assertThat(all.path("aggs").path("stories").path("aggs").path("count").has("cardinality"))
        .isTrue();
  }
}
