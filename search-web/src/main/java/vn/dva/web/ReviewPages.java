package vn.dva.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The due-for-review list: {@code /reviews?year=} (HTML, filters by province and type), {@code
 * /api/reviews?year=}, {@code /reviews.csv} and {@code /reviews.ics} with the same parameters. The
 * year defaults to the current one.
 */
final class ReviewPages {

  private static final Set<String> PARAMS = Set.of("year", "province", "type");

  /** Label of directives without a province (central issuers) in the province filter. */
  static final String CENTRAL = "Trung ương";

  private final DirectiveCatalog catalog;
  private final Templates templates;

  ReviewPages(DirectiveCatalog catalog, Templates templates) {
    this.catalog = catalog;
    this.templates = templates;
  }

  private record Query(int year, String province, String type) {
    QueryString qs() {
      QueryString q = new QueryString(Map.of("year", List.of(Integer.toString(year))));
      if (province != null) q = q.set("province", province);
      if (type != null) q = q.set("type", type);
      return q;
    }
  }

  private static Query query(Context ctx) {
    Params p = Params.of(ctx.queryParamMap(), PARAMS);
    return new Query(
        p.integer("year", LocalDate.now().getYear(), 1945, 2200), p.one("province"), p.one("type"));
  }

  private DirectiveCatalog.DueList filtered(Query q) throws java.io.IOException {
    DirectiveCatalog.DueList all = catalog.due(q.year());
    List<DirectiveCatalog.Due> due =
        all.due().stream()
            .filter(
                d ->
                    q.province() == null
                        || q.province().equals(d.province() == null ? CENTRAL : d.province()))
            .filter(d -> q.type() == null || q.type().equals(d.type()))
            .toList();
    return new DirectiveCatalog.DueList(all.year(), due);
  }

  void api(Context ctx) throws Exception {
    Responses.json(ctx, filtered(query(ctx)));
  }

  void page(Context ctx) throws Exception {
    Query q = query(ctx);
    DirectiveCatalog.DueList all = catalog.due(q.year());
    DirectiveCatalog.DueList shown = filtered(q);
    Map<String, Object> model = new HashMap<>();
    model.put("year", q.year());
    model.put("province", q.province() == null ? "" : q.province());
    model.put("type", q.type() == null ? "" : q.type());
    model.put("due", shown.due());
    model.put("total", all.due().size());
    model.put(
        "provinces",
        all.due().stream()
            .map(d -> d.province() == null ? CENTRAL : d.province())
            .collect(Collectors.toCollection(TreeSet::new)));
    model.put(
        "types",
        all.due().stream()
            .map(DirectiveCatalog.Due::type)
            .collect(Collectors.toCollection(TreeSet::new)));
    model.put("csvUrl", q.qs().on("/reviews.csv"));
    model.put("icsUrl", q.qs().on("/reviews.ics"));
    model.put("prevYear", q.year() - 1);
    model.put("nextYear", q.year() + 1);
    Responses.html(ctx, templates, "reviews", model);
  }

  void csv(Context ctx) throws Exception {
    Query q = query(ctx);
    Csv csv =
        new Csv("number", "type", "issued", "province", "years", "kind", "due_year", "evidence");
    for (DirectiveCatalog.Due d : filtered(q).due()) {
      csv.row(
          d.number(),
          d.type(),
          d.issued(),
          d.province(),
          d.years(),
          d.kind(),
          q.year(),
          d.evidence().stream()
              .map(DirectiveCatalog.Evidence::id)
              .collect(Collectors.joining(" ")));
    }
    Responses.download(
        ctx, "text/csv; charset=utf-8", "dva-so-ket-tong-ket-" + q.year() + ".csv", csv.toString());
  }

  void ics(Context ctx) throws Exception {
    Query q = query(ctx);
    Ics ics = new Ics("Sơ kết, tổng kết " + q.year() + " (dva)", Instant.now());
    for (DirectiveCatalog.Due d : filtered(q).due()) {
      LocalDate day =
          d.issued() == null ? LocalDate.of(q.year(), 1, 1) : d.issued().plusYears(d.years());
      String what =
          (d.kind().equals("sơ kết") ? "Sơ kết " : "Tổng kết ")
              + d.years()
              + " năm thực hiện "
              + d.number()
              + (d.province() == null ? "" : " (" + d.province() + ")");
      StringBuilder description = new StringBuilder(what);
      if (d.issued() != null)
        description.append("\nBan hành ngày ").append(new Fmt().date(d.issued()));
      for (DirectiveCatalog.Evidence e : d.evidence())
        description.append("\n- ").append(e.title()).append(" ").append(e.id());
      String uid =
          (d.number()
                      + "-"
                      + d.year()
                      + "-"
                      + (d.province() == null ? "TW" : d.province())
                      + "-"
                      + d.years())
                  .replaceAll("[^\\p{L}\\p{N}-]", "_")
              + "@dva";
      ics.event(uid, day, what, description.toString(), null);
    }
    Responses.download(
        ctx, "text/calendar; charset=utf-8", "dva-so-ket-tong-ket-" + q.year() + ".ics", ics.end());
  }
}
