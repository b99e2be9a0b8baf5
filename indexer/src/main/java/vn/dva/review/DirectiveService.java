package vn.dva.review;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import vn.dva.extract.DirectiveCodes;
import vn.dva.extract.DirectiveExtractor;

/**
 * Answers "what do we know about directive N?": its identities with their articles, relations and
 * reviews ({@code GET /api/directives?number=}). Thread-safe (the registry is immutable).
 */
public final class DirectiveService {

  private final DirectiveRegistry registry;
  private final int thisYear;

  /**
   * @param registry the corpus, not null
   * @param thisYear the current year: anniversaries up to five years after it are listed
   */
  public DirectiveService(DirectiveRegistry registry, int thisYear) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.thisYear = thisYear;
  }

  /** A service over the index in {@code indexDir}, read once now, with today's year. */
  public static DirectiveService open(Path indexDir) throws IOException {
    return new DirectiveService(
        DirectiveRegistry.of(IndexArticles.read(indexDir)), LocalDate.now().getYear());
  }

  /**
   * The report for a number typed in any spelling ({@code 25-nq/tw}, {@code 217/QĐ-TW}).
   *
   * @throws IllegalArgumentException when {@code number} is null or not one directive number
   */
  public DirectiveReport lookup(String number) {
    String canonical = DirectiveExtractor.canonical(number);
    if (canonical == null) throw new IllegalArgumentException("not a directive number: " + number);
    List<DirectiveReport.Identity> out = new ArrayList<>();
    for (DirectiveIdentity i : registry.identitiesOf(canonical)) out.add(identity(i));
    return new DirectiveReport(canonical, out);
  }

  private DirectiveReport.Identity identity(DirectiveIdentity i) {
    List<DirectiveReport.Article> articles = new ArrayList<>();
    for (CitingArticle a : registry.articlesOf(i.key())) {
      articles.add(
          new DirectiveReport.Article(
              a.id(), a.title(), a.url(), a.published(), a.province(), a.story()));
    }
    articles.sort(
        Comparator.comparing(
                (DirectiveReport.Article a) ->
                    a.published() == null ? LocalDate.MIN : a.published())
            .reversed());
    return new DirectiveReport.Identity(
        i.key(),
        i.issued(),
        i.dates(),
        i.year(),
        i.type(),
        DirectiveCodes.nameOf(i.type()),
        i.issuer(),
        i.province(),
        i.term(),
        i.mentions(),
        articles,
        relations(i.key()),
        reviews(i),
        i.subject().chosen(),
        i.issuedBy().chosen(),
        i.subject().variants(),
        i.issuedBy().variants());
  }

  private List<DirectiveReport.Relation> relations(String key) {
    List<DirectiveReport.Relation> out = new ArrayList<>();
    for (DirectiveGraph.Edge e : registry.graph().outgoing(key))
      out.add(relation(e.kind(), "out", e.to(), e.articles()));
    for (DirectiveGraph.Edge e : registry.graph().incoming(key))
      out.add(relation(e.kind(), "in", e.from(), e.articles()));
    return out;
  }

  private DirectiveReport.Relation relation(
      String kind, String direction, String otherKey, List<String> articles) {
    DirectiveIdentity other = registry.identity(otherKey).orElse(null);
    if (other != null) {
      return new DirectiveReport.Relation(
          kind,
          direction,
          other.number(),
          other.issued(),
          other.year(),
          other.province(),
          articles);
    }
    String[] parts = otherKey.split("@", 3);
    Integer year = parts.length > 1 && !parts[1].equals("?") ? Integer.valueOf(parts[1]) : null;
    return new DirectiveReport.Relation(
        kind, direction, parts[0], null, year, parts.length > 2 ? parts[2] : null, articles);
  }

  private List<DirectiveReport.Review> reviews(DirectiveIdentity i) {
    TreeMap<Integer, List<Evidence>> byYears = new TreeMap<>();
    if (i.year() != null && DirectiveCodes.isBinding(i.type())) {
      for (int years = 5;
          i.year() + years <= thisYear + 5 && years <= ReviewService.MAX_YEARS;
          years += 5) {
        byYears.put(years, new ArrayList<>());
      }
    }
    for (DirectiveRegistry.Review r : registry.reviewsOf(i.key())) {
      List<Evidence> evidence = byYears.computeIfAbsent(r.years(), y -> new ArrayList<>());
      if (evidence.stream().noneMatch(e -> e.id().equals(r.article().id()))) {
        evidence.add(new Evidence(r.article().id(), r.article().title(), r.excerpt()));
      }
    }
    List<DirectiveReport.Review> out = new ArrayList<>();
    byYears.forEach(
        (years, evidence) -> {
          boolean scheduled =
              i.year() != null && DirectiveCodes.isBinding(i.type()) && years % 5 == 0;
          Integer year = i.year() == null ? null : i.year() + years;
          out.add(
              new DirectiveReport.Review(
                  year, years, ReviewService.kindAt(years), scheduled, evidence));
        });
    return out;
  }
}
