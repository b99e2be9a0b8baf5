package vn.dva.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dva.extract.Provinces;
import vn.dva.search.InvalidQueryException;
import vn.dva.search.SearchEngine;
import vn.dva.search.SearchRequest;
import vn.dva.search.SearchResponse;

/**
 * {@code /province}: a tile grid of the 34 provinces (with the old provinces merged into each) to
 * pick from; {@code /province?name=…}: one province's articles over time, the directives it cites
 * most, its old and new names and its latest articles. A current name filters on the province after
 * the merger, a merged-away name on the province as written at the time.
 */
final class ProvincePages {

  /** Directives listed as most cited. */
  static final int TOP_DIRECTIVES = 15;

  private final SearchEngine search;
  private final Templates templates;

  ProvincePages(SearchEngine search, Templates templates) {
    this.search = search;
    this.templates = templates;
  }

  /** One tile: a current province, its article count, and the old provinces merged into it. */
  record Tile(String name, int articles, List<Old> merged) {}

  /** An old province name with its article count. */
  record Old(String name, int articles) {}

  void page(Context ctx) throws Exception {
    Params p = Params.of(ctx.queryParamMap(), Set.of("name"));
    String name = p.one("name");
    if (name == null) {
      grid(ctx);
      return;
    }
    String canonical =
        Provinces.canonical(name)
            .or(() -> byFoldedName(name))
            .orElseThrow(
                () ->
                    new InvalidQueryException(
                        "Không có tỉnh \""
                            + Fmt.clip(name, 60)
                            + "\"; chọn một tỉnh ở /province (unknown province)"));
    boolean current = Provinces.now().contains(canonical);
    SearchRequest.Builder request =
        SearchRequest.builder().sort(SearchRequest.Sort.NEWEST).size(10);
    QueryString filter;
    if (current) {
      request.provincesNow(List.of(canonical));
      filter = new QueryString(Map.of("province_now", List.of(canonical)));
    } else {
      request.provinces(List.of(canonical));
      filter = new QueryString(Map.of("province", List.of(canonical)));
    }
    SearchResponse r = search.search(request.build());
    Map<String, Integer> directives = new LinkedHashMap<>();
    r.facets().getOrDefault("directive", Map.of()).entrySet().stream()
        .limit(TOP_DIRECTIVES)
        .forEach(e -> directives.put(e.getKey(), e.getValue()));

    Map<String, Object> model = new HashMap<>();
    model.put("name", canonical);
    model.put("current", current);
    model.put("now", Provinces.nowOf(canonical));
    List<String> merged = current ? Provinces.mergedInto(canonical) : List.of();
    model.put("merged", merged.equals(List.of(canonical)) ? List.of() : merged);
    model.put("total", r.total());
    model.put("approximate", r.approximate());
    model.put("hits", r.hits());
    model.put("directives", directives);
    model.put("years", r.facets().getOrDefault("year", Map.of()));
    List<Timeline.Bar> bars = Timeline.bars(r.facets().getOrDefault("month", Map.of()));
    model.put("timeline", Timeline.svg(bars, filter));
    model.put("timelineRange", Timeline.range(bars));
    model.put("searchUrl", filter.on("/"));
    model.put("csvUrl", filter.set("sort", "newest").on("/search.csv"));
    model.put("feedUrl", FeedPages.link(filter));
    model.put("feedTitle", "dva — Kho tin dân vận: " + canonical);
    model.put("filterParam", current ? "province_now" : "province");
    Responses.html(ctx, templates, "province", model);
  }

  /** The province whose name, without accents, is {@code typed} without accents ("ha giang"). */
  private static java.util.Optional<String> byFoldedName(String typed) {
    String key = Vocabulary.fold(typed.strip());
    return java.util.stream.Stream.concat(Provinces.now().stream(), Provinces.before2025().stream())
        .filter(n -> Vocabulary.fold(n).equals(key))
        .findFirst();
  }

  private void grid(Context ctx) throws Exception {
    SearchResponse all = search.search(SearchRequest.builder().size(1).build());
    Map<String, Integer> now = all.facets().getOrDefault("province_now", Map.of());
    Map<String, Integer> then = all.facets().getOrDefault("province", Map.of());
    List<Tile> tiles = new ArrayList<>();
    for (String n : Provinces.now()) {
      List<Old> olds = new ArrayList<>();
      for (String old : Provinces.mergedInto(n)) {
        if (!old.equals(n)) olds.add(new Old(old, then.getOrDefault(old, 0)));
      }
      tiles.add(new Tile(n, now.getOrDefault(n, 0), olds));
    }
    Responses.html(
        ctx,
        templates,
        "provinces",
        Map.of("tiles", tiles, "total", all.total(), "approximate", all.approximate()));
  }
}
