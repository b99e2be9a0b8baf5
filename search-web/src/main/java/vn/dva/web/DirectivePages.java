package vn.dva.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.dva.extract.DirectiveExtractor;
import vn.dva.review.Coverage;
import vn.dva.review.CoverageExport;
import vn.dva.review.DirectiveReport;
import vn.dva.search.InvalidQueryException;

/**
 * {@code /directive?number=} and {@code /api/directives?number=}: every identity of a directive
 * number (issue date, issuer, province), the citing articles grouped by province and year, related
 * directives and the review milestones with their evidence, from {@link
 * vn.dva.review.DirectiveService}.
 */
final class DirectivePages {

  private static final Set<String> PARAMS = Set.of("number", "provinces");
  private static final Set<String> COVERAGE_PARAMS = Set.of("identity", "provinces");

  /** Citing articles listed per identity on the page (newest first); the rest via search. */
  static final int ARTICLES_SHOWN = 200;

  private final DirectiveData data;
  private final Templates templates;

  DirectivePages(DirectiveData data, Templates templates) {
    this.data = data;
    this.templates = templates;
  }

  void api(Context ctx) throws Exception {
    Responses.json(ctx, report(ctx));
  }

  /** Articles of one province, by year, newest year first. */
  record ProvinceGroup(String province, List<YearGroup> years, int count) {}

  record YearGroup(String year, List<DirectiveReport.Article> articles) {}

  /**
   * An identity with its articles grouped for the page, and its coverage across provinces when it
   * is a dated central document (else null).
   */
  record IdentityView(
      DirectiveReport.Identity identity,
      List<ProvinceGroup> groups,
      Coverage coverage,
      List<Coverage.Row> coverageRows) {

    /** Provinces of the shown scheme with any evidence. */
    public long provincesSeen() {
      return coverageRows.stream().filter(Coverage.Row::seen).count();
    }

    /** Provinces of the shown scheme with a review of every milestone due. */
    public long provincesUpToDate() {
      return coverageRows.stream()
          .filter(r -> r.missing().isEmpty() && !r.reviews().isEmpty())
          .count();
    }
  }

  /** {@code GET /api/directives/coverage?identity=25-NQ/TW@2013}: {@link Coverage} as JSON. */
  void coverageApi(Context ctx) throws Exception {
    Responses.json(ctx, coverage(ctx));
  }

  /** {@code GET /directive/coverage.csv?identity=…&provinces=63|34}: one row per province. */
  void coverageCsv(Context ctx) throws Exception {
    Params p = Params.of(ctx.queryParamMap(), COVERAGE_PARAMS);
    Coverage c = coverage(ctx);
    String scheme = scheme(p);
    Responses.download(
        ctx,
        "text/csv; charset=utf-8",
        "dva-pham-vi-" + c.identity().replace('/', '-').replace('@', '-') + "-" + scheme + ".csv",
        CoverageExport.csv(c, scheme));
  }

  private Coverage coverage(Context ctx) throws Exception {
    Params p = Params.of(ctx.queryParamMap(), COVERAGE_PARAMS);
    scheme(p);
    String identity = p.one("identity");
    if (identity == null) {
      throw new InvalidQueryException("identity is required, e.g. ?identity=25-NQ/TW@2013");
    }
    try {
      return data.current().coverage().of(identity);
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException(e.getMessage(), e);
    }
  }

  /** "63" or "34" (the default). */
  private static String scheme(Params p) {
    String s = p.one("provinces");
    if (s == null || s.equals("34")) return "34";
    if (s.equals("63")) return "63";
    throw new InvalidQueryException(
        "provinces must be 63 (before the 2025 merger) or 34 (now), got: " + Fmt.clip(s, 20));
  }

  void page(Context ctx) throws Exception {
    DirectiveReport report = report(ctx);
    String scheme = scheme(Params.of(ctx.queryParamMap(), PARAMS));
    List<IdentityView> views = new ArrayList<>();
    for (DirectiveReport.Identity i : report.identities()) {
      Coverage coverage = null;
      if (i.year() != null && i.province() == null) {
        try {
          coverage = data.current().coverage().of(i.key());
        } catch (IllegalArgumentException provincial) {
          coverage = null; // a local document: no table across provinces
        }
      }
      views.add(
          new IdentityView(
              i,
              groups(i.articles().subList(0, Math.min(ARTICLES_SHOWN, i.articles().size()))),
              coverage,
              coverage == null ? List.of() : coverage.rows(scheme)));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("scheme", scheme);
    model.put("number", report.number());
    model.put("identities", views);
    model.put("shown", ARTICLES_SHOWN);
    model.put("searchUrl", "/?directive=" + new Fmt().enc(report.number()));
    model.put("feedUrl", "/feed.atom?directive=" + new Fmt().enc(report.number()));
    model.put("feedTitle", "dva — Kho tin dân vận: " + report.number());
    Responses.html(ctx, templates, "directive", model);
  }

  private DirectiveReport report(Context ctx) throws Exception {
    Params p = Params.of(ctx.queryParamMap(), PARAMS);
    String typed = p.one("number");
    if (typed == null) {
      throw new InvalidQueryException(
          "Thiếu tham số \"number\", ví dụ /directive?number=25-NQ/TW (missing required parameter \"number\")");
    }
    if (DirectiveExtractor.numbersIn(typed).isEmpty()) {
      throw new InvalidQueryException(
          "Không nhận ra số văn bản trong \""
              + Fmt.clip(typed, 60)
              + "\"; số văn bản có dạng 25-NQ/TW hay 15/2020/NĐ-CP (not a directive number)");
    }
    try {
      return data.current().directives().lookup(typed);
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException(e.getMessage(), e);
    }
  }

  private static List<ProvinceGroup> groups(List<DirectiveReport.Article> articles) {
    Map<String, TreeMap<String, List<DirectiveReport.Article>>> byProvince = new TreeMap<>();
    for (DirectiveReport.Article a : articles) {
      String province = a.province() == null ? "Không rõ tỉnh" : a.province();
      String year =
          a.published() == null ? "Không rõ năm" : Integer.toString(a.published().getYear());
      byProvince
          .computeIfAbsent(province, k -> new TreeMap<>(Comparator.reverseOrder()))
          .computeIfAbsent(year, k -> new ArrayList<>())
          .add(a);
    }
    List<ProvinceGroup> out = new ArrayList<>();
    byProvince.forEach(
        (p, years) -> {
          List<YearGroup> ys = new ArrayList<>();
          years.forEach((y, list) -> ys.add(new YearGroup(y, list)));
          out.add(new ProvinceGroup(p, ys, ys.stream().mapToInt(y -> y.articles().size()).sum()));
        });
    out.sort(Comparator.comparingInt(ProvinceGroup::count).reversed());
    return out;
  }
}
