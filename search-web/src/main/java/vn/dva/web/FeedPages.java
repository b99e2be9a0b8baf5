package vn.dva.web;

import io.javalin.http.Context;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.dva.feed.AtomFeed;
import vn.dva.feed.SearchFeed;
import vn.dva.search.SearchEngine;
import vn.dva.search.SearchRequest;
import vn.dva.search.SearchService;

/**
 * {@code /feed.atom}: the newest {@value SearchFeed#ENTRIES} articles of any search (the search
 * page's parameters; sort, page and size do not apply) as an Atom feed. A search with no results is
 * a valid feed without entries.
 */
final class FeedPages {

  /** Parameters that do not change which articles a feed holds. */
  private static final List<String> IGNORED = List.of("sort", "page", "size");

  private final SearchFeed feed;

  FeedPages(SearchEngine search) {
    this.feed = new SearchFeed(search);
  }

  /** The feed link of the page showing these parameters: {@code /feed.atom?…}. */
  static String link(QueryString current) {
    return current.without(IGNORED.toArray(String[]::new)).on("/feed.atom");
  }

  void atom(Context ctx) throws Exception {
    Params p = Params.of(ctx.queryParamMap(), SearchForm.PARAMS);
    SearchRequest request = SearchForm.read(p, SearchPages.PAGE_SIZE);
    Map<String, List<String>> kept = new TreeMap<>(p.asMap());
    IGNORED.forEach(kept::remove);
    QueryString filters = new QueryString(kept);
    String base = ctx.scheme() + "://" + ctx.host();
    StringWriter out = new StringWriter();
    AtomFeed.write(
        new AtomFeed.Header(
            filters.toString(),
            title(request),
            base + filters.on("/feed.atom"),
            base + filters.on("/"),
            OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.HOURS)),
        feed.entries(request),
        out);
    ctx.contentType("application/atom+xml; charset=utf-8")
        .header("Cache-Control", "max-age=300")
        .result(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** "dva: dân vận khéo · Bình Phước · 25-NQ/TW", or "dva: bài mới" without query or filter. */
  static String title(SearchRequest r) {
    List<String> parts = new ArrayList<>();
    if (!r.query().isBlank()) parts.add("«" + r.query().strip() + "»");
    parts.addAll(r.provinces());
    parts.addAll(r.provincesNow());
    parts.addAll(r.directives().stream().map(SearchService::canonicalDirective).toList());
    parts.addAll(r.types());
    r.years().forEach(y -> parts.add(Integer.toString(y)));
    parts.addAll(r.sources());
    return "dva — Kho tin dân vận: " + (parts.isEmpty() ? "bài mới" : String.join(" · ", parts));
  }
}
