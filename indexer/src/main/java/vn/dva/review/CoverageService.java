package vn.dva.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import vn.dva.extract.DirectiveCodes;
import vn.dva.extract.DirectiveExtractor;
import vn.dva.extract.DirectiveRelation;
import vn.dva.extract.Provinces;

/**
 * The coverage of a central document across the provinces ({@link Coverage}): for each province,
 * the articles citing it, the local documents that the relation graph shows implementing it ("Kế
 * hoạch số 68-KH/TU thực hiện Chỉ thị số 36-CT/TW", "tiếp tục thực hiện", "tổng kết N năm thực hiện
 * …"), the reviews announced by its articles, and the milestones due with no review seen.
 *
 * <p>An article counts for the province it was published about, a local document for the province
 * of its identity. Rows come in both schemes: the 63 provinces before the 1 July 2025 merger (a
 * name in use today that is not one of them, such as "Huế", counts for the one province that became
 * it) and the 34 since (older names mapped through the merger). Thread-safe (the registry is
 * immutable).
 */
public final class CoverageService {

  private final DirectiveRegistry registry;
  private final int thisYear;

  /**
   * @param registry the corpus, not null
   * @param thisYear milestones up to this year count as due
   */
  public CoverageService(DirectiveRegistry registry, int thisYear) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.thisYear = thisYear;
  }

  /**
   * The coverage of the identity written as {@code 25-NQ/TW@2013} (the number in any spelling).
   *
   * @throws IllegalArgumentException when {@code identity} is not "number@year", the corpus does
   *     not hold it, or it is a provincial document (coverage is for central ones)
   */
  public Coverage of(String identity) {
    DirectiveIdentity i = registry.identity(canonicalKey(identity)).orElse(null);
    if (i == null) {
      throw new IllegalArgumentException("no directive " + identity + " in the corpus");
    }
    if (i.province() != null || DirectiveCodes.isLocalIssuer(i.issuer())) {
      throw new IllegalArgumentException(
          i.key() + " is a provincial document: coverage across provinces is for central ones");
    }
    List<Coverage.Milestone> milestones = milestones(i);
    return new Coverage(
        i.key(),
        i.number(),
        i.issued(),
        i.subject().chosen(),
        i.issuedBy().chosen(),
        milestones,
        thisYear,
        rows(i, milestones, Provinces.before2025(), CoverageService::before2025Name),
        rows(i, milestones, Provinces.now(), Provinces::nowOf));
  }

  /** "25-nq/tw@2013" → "25-NQ/TW@2013"; the year part must be 4 digits. */
  static String canonicalKey(String identity) {
    if (identity == null || identity.isBlank()) {
      throw new IllegalArgumentException("identity is required, e.g. 25-NQ/TW@2013");
    }
    int at = identity.lastIndexOf('@');
    String year = at < 0 ? "" : identity.substring(at + 1).strip();
    if (at < 0 || !year.matches("(19|20)\\d\\d")) {
      throw new IllegalArgumentException(
          "identity must be a number and an issue year, e.g. 25-NQ/TW@2013, got: " + identity);
    }
    String number = DirectiveExtractor.canonical(identity.substring(0, at));
    if (number == null) {
      throw new IllegalArgumentException("not a directive number: " + identity.substring(0, at));
    }
    return number + "@" + year;
  }

  private List<Coverage.Milestone> milestones(DirectiveIdentity i) {
    List<Coverage.Milestone> out = new ArrayList<>();
    if (i.year() == null || !DirectiveCodes.isBinding(i.type())) return out;
    for (int years = 5;
        i.year() + years <= thisYear && years <= ReviewService.MAX_YEARS;
        years += 5) {
      out.add(new Coverage.Milestone(years, i.year() + years, ReviewService.kindAt(years)));
    }
    return out;
  }

  private List<Coverage.Row> rows(
      DirectiveIdentity i,
      List<Coverage.Milestone> milestones,
      List<String> provinces,
      Function<String, String> rowOf) {
    Map<String, Acc> rows = new LinkedHashMap<>();
    for (String p : provinces) rows.put(p, new Acc());
    Function<String, Acc> row =
        written -> {
          String p = written == null ? null : rowOf.apply(written);
          if (p == null || !rows.containsKey(p)) p = Coverage.UNKNOWN_PROVINCE;
          return rows.computeIfAbsent(p, k -> new Acc());
        };
    for (CitingArticle a : registry.articlesOf(i.key())) row.apply(a.province()).cite(a);
    for (DirectiveGraph.Edge e : registry.graph().incoming(i.key())) {
      implementing(e, e.kind(), row);
      // a local plan for a central document that continues this one ("Kế hoạch … thực hiện Kết
      // luận 43-KL/TW", which continues Nghị quyết 25-NQ/TW) implements this one as well
      DirectiveIdentity via = registry.identity(e.from()).orElse(null);
      if (via == null || DirectiveCodes.isLocalIssuer(via.issuer())) continue;
      if (!e.kind().equals(DirectiveRelation.CONTINUES)
          && !e.kind().equals(DirectiveRelation.IMPLEMENTS)) {
        continue;
      }
      for (DirectiveGraph.Edge inner : registry.graph().incoming(via.key())) {
        implementing(inner, inner.kind() + " " + via.number(), row);
      }
    }
    for (DirectiveRegistry.Review r : registry.reviewsOf(i.key())) {
      CitingArticle a = r.article();
      Acc acc = row.apply(a.province());
      acc.cite(a); // an article announcing a review of the document speaks of it
      if (acc.reviews.stream().noneMatch(x -> x.id().equals(a.id()) && x.years() == r.years())) {
        acc.reviews.add(
            new Coverage.ReviewHeld(r.kind(), r.years(), a.published(), a.id(), a.title()));
      }
    }
    List<Coverage.Row> out = new ArrayList<>();
    rows.forEach((p, acc) -> out.add(acc.toRow(p, milestones)));
    return out;
  }

  /** Adds the acting side of {@code e} when it is a local document, to its province's row. */
  private void implementing(DirectiveGraph.Edge e, String kind, Function<String, Acc> row) {
    DirectiveIdentity local = registry.identity(e.from()).orElse(null);
    if (local == null || !DirectiveCodes.isLocalIssuer(local.issuer())) return;
    String province = local.province();
    if (province == null) province = provinceOfArticles(e.articles());
    Acc acc = row.apply(province);
    if (acc.implementing.stream().noneMatch(d -> d.identity().equals(local.key()))) {
      acc.implementing.add(
          new Coverage.LocalDocument(
              local.number(),
              local.key(),
              local.issued(),
              local.year(),
              kind,
              local.subject().chosen()));
    }
  }

  /** The province of the articles stating a relation, when they agree on one; else null. */
  private String provinceOfArticles(List<String> ids) {
    String found = null;
    for (String id : ids) {
      String p = registry.article(id).map(CitingArticle::province).orElse(null);
      if (p == null) continue;
      if (found != null && !found.equals(p)) return null;
      found = p;
    }
    return found;
  }

  /** The pre-merger province of a name: itself, or the one province that became a new name. */
  static String before2025Name(String written) {
    String c = Provinces.canonical(written).orElse(null);
    if (c == null) return null;
    if (Provinces.before2025().contains(c)) return c;
    List<String> olds = Provinces.mergedInto(c);
    return olds.size() == 1 ? olds.get(0) : null;
  }

  /** Evidence of one province while it is gathered. */
  private static final class Acc {
    final List<Coverage.Article> articles = new ArrayList<>();
    final List<Coverage.LocalDocument> implementing = new ArrayList<>();
    final List<Coverage.ReviewHeld> reviews = new ArrayList<>();

    void cite(CitingArticle a) {
      if (articles.stream().noneMatch(x -> x.id().equals(a.id()))) {
        articles.add(new Coverage.Article(a.id(), a.title(), a.url(), a.published()));
      }
    }

    Coverage.Row toRow(String province, List<Coverage.Milestone> milestones) {
      articles.sort(
          Comparator.comparing(
                  (Coverage.Article a) -> a.published() == null ? LocalDate.MIN : a.published())
              .reversed());
      implementing.sort(
          Comparator.comparing(
              (Coverage.LocalDocument d) -> d.issued() == null ? LocalDate.MAX : d.issued()));
      reviews.sort(
          Comparator.comparing(
              (Coverage.ReviewHeld r) -> r.date() == null ? LocalDate.MAX : r.date()));
      List<Coverage.Milestone> missing = new ArrayList<>();
      for (Coverage.Milestone m : milestones) {
        if (reviews.stream().noneMatch(r -> r.years() == m.years())) missing.add(m);
      }
      return new Coverage.Row(province, articles, implementing, reviews, missing);
    }
  }
}
