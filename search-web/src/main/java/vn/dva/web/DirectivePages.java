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
import vn.dva.review.DirectiveReport;
import vn.dva.search.InvalidQueryException;

/**
 * {@code /directive?number=} and {@code /api/directives?number=}: every identity of a directive
 * number (issue date, issuer, province), the citing articles grouped by province and year, related
 * directives and the review milestones with their evidence, from {@link
 * vn.dva.review.DirectiveService}.
 */
final class DirectivePages {

  private static final Set<String> PARAMS = Set.of("number");

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

  /** An identity with its articles grouped for the page. */
  record IdentityView(DirectiveReport.Identity identity, List<ProvinceGroup> groups) {}

  void page(Context ctx) throws Exception {
    DirectiveReport report = report(ctx);
    List<IdentityView> views = new ArrayList<>();
    for (DirectiveReport.Identity i : report.identities()) {
      views.add(
          new IdentityView(
              i, groups(i.articles().subList(0, Math.min(ARTICLES_SHOWN, i.articles().size())))));
    }
    Map<String, Object> model = new HashMap<>();
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
          "\""
              + Fmt.clip(typed, 60)
              + "\" không phải số văn bản như 25-NQ/TW hay 15/2020/NĐ-CP (not a directive number)");
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
