package vn.dva.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.dva.dedup.StoryLinker;
import vn.dva.extract.DirectiveCitation;

/**
 * Result of a search, in the shape of the JSON contract ({@code dva search}, {@code /api/search}).
 *
 * @param total number of matching documents
 * @param hits the requested page of hits
 * @param facets per dimension, value → count, largest counts first; drill-sideways, so a dimension
 *     that is filtered still shows the counts of its other values
 * @param page 1-based page number
 * @param size page size
 * @param approximate whether the counts were scaled from a sample of the matching documents (a very
 *     broad search): the facet counts, and for the broadest searches, whose matches were sampled
 *     from windows of the index, the total and stories too
 * @param stories number of distinct stories among the matching pages (near-duplicates counted
 *     once); {@code total} and the facets count pages
 * @param collapsed whether the hits are one per story (then pages run over stories); an index
 *     without near-duplicates gives the same hits either way
 */
public record SearchResponse(
    long total,
    List<Hit> hits,
    Map<String, Map<String, Integer>> facets,
    int page,
    int size,
    boolean approximate,
    long stories,
    boolean collapsed) {

  /** A response with exact facet counts, every page a story of its own. */
  public SearchResponse(
      long total, List<Hit> hits, Map<String, Map<String, Integer>> facets, int page, int size) {
    this(total, hits, facets, page, size, false, total, false);
  }

  /** A response of an engine without stories: every page a story of its own, not collapsed. */
  public SearchResponse(
      long total,
      List<Hit> hits,
      Map<String, Map<String, Integer>> facets,
      int page,
      int size,
      boolean approximate) {
    this(total, hits, facets, page, size, approximate, total, false);
  }

  /** What {@code total} and the facet counts count: pages, not stories. */
  @JsonProperty("facetCounts")
  public String facetCounts() {
    return "pages";
  }

  /**
   * Another page of a hit's story: where else it was published.
   *
   * @param published null when the page has no date
   */
  public record Version(
      String id, String title, String url, String source, String province, LocalDate published) {}

  /**
   * One matching document.
   *
   * @param snippet HTML: document text escaped, matches wrapped in {@code <mark>}; never null
   * @param directives the directive identities the document cites
   * @param ocr whether some of the document's text was read by OCR from scanned pages
   * @param story the story id (16 hex digits) shared by near-duplicate pages
   * @param versions pages in the story, in the whole index (1: no other version)
   * @param otherVersions the story's other pages, newest first (at most {@value
   *     StoryVersions#MAX_SHOWN}); empty when not asked for or none
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Hit(
      String id,
      String title,
      String url,
      String province,
      String provinceNow,
      LocalDate published,
      String source,
      float score,
      String snippet,
      List<DirectiveCitation> directives,
      boolean ocr,
      String story,
      int versions,
      List<Version> otherVersions) {

    /** A hit whose page is a story of its own (an engine without near-duplicate stories). */
    public Hit(
        String id,
        String title,
        String url,
        String province,
        String provinceNow,
        LocalDate published,
        String source,
        float score,
        String snippet,
        List<DirectiveCitation> directives,
        boolean ocr) {
      this(
          id,
          title,
          url,
          province,
          provinceNow,
          published,
          source,
          score,
          snippet,
          directives,
          ocr,
          StoryLinker.format(StoryLinker.storyOf(id)),
          1,
          List.of());
    }

    /** This hit with {@code others} as its other versions. */
    public Hit withOtherVersions(List<Version> others) {
      return new Hit(
          id,
          title,
          url,
          province,
          provinceNow,
          published,
          source,
          score,
          snippet,
          directives,
          ocr,
          story,
          versions,
          List.copyOf(others));
    }
  }
}
