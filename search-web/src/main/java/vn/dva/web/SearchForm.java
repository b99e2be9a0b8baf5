package vn.dva.web;

import java.util.Locale;
import java.util.Set;
import vn.dva.search.InvalidQueryException;
import vn.dva.search.SearchRequest;

/** Reads a {@link SearchRequest} from request parameters; the one place that knows their names. */
final class SearchForm {

  /** Parameters of the search page, the search API and the CSV export. */
  static final Set<String> PARAMS =
      Set.of(
          "q",
          "province",
          "province_now",
          "year",
          "type",
          "directive",
          "source",
          "from",
          "to",
          "sort",
          "page",
          "size",
          "collapse",
          "story");

  /** Largest page number accepted before the search service's own window check. */
  static final int MAX_PAGE = 10_000;

  private SearchForm() {}

  /**
   * The request the parameters describe; defaults page 1, size {@code defaultSize}, relevance.
   *
   * @throws InvalidQueryException naming the bad parameter
   */
  static SearchRequest read(Params p, int defaultSize) {
    return SearchRequest.builder()
        .query(p.one("q"))
        .provinces(p.all("province"))
        .provincesNow(p.all("province_now"))
        .years(p.years("year"))
        .types(p.all("type"))
        .directives(p.all("directive"))
        .sources(p.all("source"))
        .from(p.date("from"))
        .to(p.date("to"))
        .sort(sort(p.one("sort"), p.one("q")))
        .page(p.integer("page", 1, 1, MAX_PAGE))
        .size(p.integer("size", defaultSize, 1, SearchRequest.MAX_SIZE))
        .collapse(collapse(p.one("collapse")))
        .story(p.one("story"))
        .build();
  }

  /** One hit per story unless {@code collapse} is false (also 0, no, off). */
  private static boolean collapse(String v) {
    if (v == null) return true;
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default ->
          throw new InvalidQueryException(
              "collapse must be true or false, got \"" + Fmt.clip(v, 40) + "\"");
    };
  }

  /** The order asked for; without one, relevance for a query and newest first for browsing. */
  private static SearchRequest.Sort sort(String v, String query) {
    if (v == null) return query == null ? SearchRequest.Sort.NEWEST : SearchRequest.Sort.RELEVANCE;
    try {
      return SearchRequest.Sort.valueOf(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException(
          "Tham số \"sort\" phải là relevance, newest hoặc oldest, nhận được \""
              + Fmt.clip(v, 40)
              + "\" (sort must be relevance, newest or oldest)");
    }
  }
}
