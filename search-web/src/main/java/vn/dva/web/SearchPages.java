package vn.dva.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dva.search.SearchEngine;
import vn.dva.search.SearchRequest;
import vn.dva.search.SearchResponse;

/**
 * The search page {@code /} and the search API {@code /api/search}; the exports of the same search
 * are {@link ExportPages}.
 */
final class SearchPages {

  /** Hits per page on the HTML page by default. */
  static final int PAGE_SIZE = 10;

  private final SearchEngine search;
  private final Suggestions suggestions;
  private final DirectiveData directives;
  private final Templates templates;

  /** Directives shown above the results when the query words are words of their subject. */
  static final int DOCUMENTS_SHOWN = 3;

  SearchPages(
      SearchEngine search, Suggestions suggestions, DirectiveData directives, Templates templates) {
    this.search = search;
    this.suggestions = suggestions;
    this.directives = directives;
    this.templates = templates;
  }

  /** {@code GET /api/search}: the JSON of {@code dva search}. */
  void api(Context ctx) throws Exception {
    Params p = Params.of(ctx.queryParamMap(), SearchForm.PARAMS);
    Responses.json(ctx, search.search(SearchForm.read(p, PAGE_SIZE)));
  }

  /** {@code GET /}: the search page. */
  void page(Context ctx) throws Exception {
    Params p = Params.of(ctx.queryParamMap(), SearchForm.PARAMS);
    SearchRequest request = SearchForm.read(p, PAGE_SIZE);
    SearchResponse response = search.search(request);
    QueryString current = new QueryString(p.asMap());

    Map<String, Object> model = new HashMap<>();
    model.put("q", request.query());
    model.put("request", request);
    model.put("response", response);
    model.put("hits", response.hits());
    model.put("facets", FacetGroup.build(response.facets(), current));
    List<Timeline.Bar> bars = Timeline.bars(response.facets().getOrDefault("month", Map.of()));
    model.put("timeline", Timeline.svg(bars, current));
    model.put("timelineRange", Timeline.range(bars));
    long listed = response.collapsed() ? response.stories() : response.total();
    model.put("listed", listed);
    model.put("pages", pages(request, listed, current));
    model.put("collapseOff", current.without("page").set("collapse", "false").on("/"));
    model.put("collapseOn", current.without("page", "collapse").on("/"));
    model.put("grouped", response.stories() < response.total());
    model.put("sorts", sorts(request, current));
    model.put("from", p.one("from") == null ? "" : request.from().toString());
    model.put("to", p.one("to") == null ? "" : request.to().toString());
    model.put("hidden", hiddenFilters(current));
    model.put("clearDates", current.without("from", "to", "page").on("/"));
    model.put("csvUrl", current.without("page", "size").on("/search.csv"));
    model.put("jsonlUrl", current.without("page", "size").on("/search.jsonl"));
    model.put("feedUrl", FeedPages.link(current));
    model.put("feedTitle", FeedPages.title(request));
    model.put("jsonUrl", current.on("/api/search"));
    model.put("first", (long) (request.page() - 1) * request.size() + 1);
    model.put("last", (long) (request.page() - 1) * request.size() + response.hits().size());
    if (request.page() == 1) {
      try {
        model.put(
            "documents", directives.current().subjects().find(request.query(), DOCUMENTS_SHOWN));
      } catch (DirectiveData.TooLarge e) {
        // the results stand without the box of documents they name
      }
    }
    Suggestions.Suggestion dym = suggestions.didYouMean(request.query());
    if (dym != null)
      model.put(
          "didYouMean",
          Map.of("text", dym.text(), "link", current.without("page").set("q", dym.text()).on("/")));
    Responses.html(ctx, templates, "search", model);
  }

  /** A link in the pager or the sort switch. */
  record Link(String label, String href, boolean current) {}

  private static List<Link> pages(SearchRequest r, long total, QueryString current) {
    List<Link> out = new ArrayList<>();
    long lastPage =
        Math.min((total + r.size() - 1) / r.size(), SearchRequest.MAX_WINDOW / r.size());
    if (lastPage <= 1) return out;
    int page = r.page();
    if (page > 1)
      out.add(new Link("‹ Trước", current.set("page", Integer.toString(page - 1)).on("/"), false));
    long lo = Math.max(1, page - 3);
    long hi = Math.min(lastPage, page + 3);
    for (long i = lo; i <= hi; i++) {
      out.add(new Link(Long.toString(i), current.set("page", Long.toString(i)).on("/"), i == page));
    }
    if (page < lastPage)
      out.add(new Link("Sau ›", current.set("page", Integer.toString(page + 1)).on("/"), false));
    return out;
  }

  private static List<Link> sorts(SearchRequest r, QueryString current) {
    QueryString base = current.without("page");
    return List.of(
        new Link(
            "Liên quan nhất",
            base.set("sort", "relevance").on("/"),
            r.sort() == SearchRequest.Sort.RELEVANCE),
        new Link(
            "Mới nhất", base.set("sort", "newest").on("/"), r.sort() == SearchRequest.Sort.NEWEST),
        new Link(
            "Cũ nhất", base.set("sort", "oldest").on("/"), r.sort() == SearchRequest.Sort.OLDEST));
  }

  /** Filters carried as hidden fields by the search form, so a new query keeps them. */
  private static List<Map<String, String>> hiddenFilters(QueryString current) {
    List<Map<String, String>> out = new ArrayList<>();
    for (String name :
        List.of(
            "province",
            "province_now",
            "year",
            "type",
            "directive",
            "source",
            "sort",
            "size",
            "collapse",
            "story")) {
      for (String v : current.values(name)) out.add(Map.of("name", name, "value", v));
    }
    return out;
  }
}
