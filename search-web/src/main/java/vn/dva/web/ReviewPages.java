package vn.dva.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.dva.review.DueReview;
import vn.dva.review.ReviewExport;
import vn.dva.review.ReviewList;

/**
 * The due-for-review list of {@link vn.dva.review.ReviewService}: {@code /reviews?year=} (HTML,
 * filters by province and type), {@code /api/reviews?year=}, {@code /reviews.csv} and {@code
 * /reviews.ics} with the same parameters. The year defaults to the current one.
 */
final class ReviewPages {

  private static final Set<String> PARAMS = Set.of("year", "province", "type");

  /** Label of directives without a province (central issuers) in the province filter. */
  static final String CENTRAL = "Trung ương";

  private final DirectiveData data;
  private final Templates templates;

  ReviewPages(DirectiveData data, Templates templates) {
    this.data = data;
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

  /** A due review with its type, for the page. */
  record Row(DueReview due, String type, String province) {}

  /** Years the review list answers for. */
  static final int MIN_YEAR = 1945;

  static final int MAX_YEAR = 2200;

  /**
   * The parameters; {@code year} is required by the API and the downloads, and defaults to the
   * current year on the page.
   */
  private static Query query(Context ctx, boolean yearRequired) {
    Params p = Params.of(ctx.queryParamMap(), PARAMS);
    int year =
        yearRequired
            ? p.integer("year", MIN_YEAR, MAX_YEAR)
            : p.integer("year", LocalDate.now().getYear(), MIN_YEAR, MAX_YEAR);
    return new Query(year, p.one("province"), p.one("type"));
  }

  private List<Row> rows(Query q) throws java.io.IOException {
    DirectiveData.Services s = data.current();
    return s.reviews().due(q.year()).due().stream()
        .map(d -> new Row(d, s.typeOf(d.number()), d.province() == null ? CENTRAL : d.province()))
        .toList();
  }

  private static List<Row> filter(List<Row> rows, Query q) {
    return rows.stream()
        .filter(r -> q.province() == null || q.province().equals(r.province()))
        .filter(r -> q.type() == null || q.type().equals(r.type()))
        .toList();
  }

  private ReviewList filtered(Query q) throws java.io.IOException {
    return new ReviewList(q.year(), filter(rows(q), q).stream().map(Row::due).toList());
  }

  void api(Context ctx) throws Exception {
    Responses.json(ctx, filtered(query(ctx, true)));
  }

  void page(Context ctx) throws Exception {
    Query q = query(ctx, false);
    List<Row> all = rows(q);
    Map<String, Object> model = new HashMap<>();
    model.put("year", q.year());
    model.put("province", q.province() == null ? "" : q.province());
    model.put("type", q.type() == null ? "" : q.type());
    model.put("due", filter(all, q));
    model.put("total", all.size());
    model.put("provinces", new TreeSet<>(all.stream().map(Row::province).toList()));
    model.put(
        "types", new TreeSet<>(all.stream().map(Row::type).filter(Objects::nonNull).toList()));
    model.put("csvUrl", q.qs().on("/reviews.csv"));
    model.put("icsUrl", q.qs().on("/reviews.ics"));
    model.put("prevYear", q.year() - 1);
    model.put("nextYear", q.year() + 1);
    Responses.html(ctx, templates, "reviews", model);
  }

  void csv(Context ctx) throws Exception {
    Query q = query(ctx, true);
    Responses.download(
        ctx,
        "text/csv; charset=utf-8",
        "dva-so-ket-tong-ket-" + q.year() + ".csv",
        ReviewExport.csv(filtered(q)));
  }

  void ics(Context ctx) throws Exception {
    Query q = query(ctx, true);
    Responses.download(
        ctx,
        "text/calendar; charset=utf-8",
        "dva-so-ket-tong-ket-" + q.year() + ".ics",
        ReviewExport.ics(filtered(q), Instant.now()));
  }
}
