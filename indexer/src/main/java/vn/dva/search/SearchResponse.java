package vn.dva.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * @param approximate whether the facet counts were scaled from a sample of the matching documents
 *     (a very broad search; the total is exact all the same)
 */
public record SearchResponse(
    long total,
    List<Hit> hits,
    Map<String, Map<String, Integer>> facets,
    int page,
    int size,
    boolean approximate) {

  /** A response with exact facet counts. */
  public SearchResponse(
      long total, List<Hit> hits, Map<String, Map<String, Integer>> facets, int page, int size) {
    this(total, hits, facets, page, size, false);
  }

  /**
   * One matching document.
   *
   * @param snippet HTML: document text escaped, matches wrapped in {@code <mark>}; never null
   * @param directives the directive identities the document cites
   * @param ocr whether some of the document's text was read by OCR from scanned pages
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
      boolean ocr) {}
}
