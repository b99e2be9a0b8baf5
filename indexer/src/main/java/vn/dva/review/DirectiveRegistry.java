package vn.dva.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dva.extract.DirectiveCitation;
import vn.dva.extract.DirectiveCodes;
import vn.dva.extract.DirectiveRelation;
import vn.dva.extract.PartyTerms;
import vn.dva.extract.ReviewAnnouncement;

/**
 * Every directive identity of a corpus, with the articles citing it, the reviews announced for it
 * and the relations between identities.
 *
 * <p>Dated citations make identities (number + issue year + province for local issuers). An undated
 * citation joins an identity only when exactly one identity of its number fits: issued no later
 * than the article was published, and within the congress term named with it; otherwise it stays
 * with the "year unknown" identity of its number. An undated review announcement ("tổng kết 10 năm
 * thực hiện Nghị quyết 25-NQ/TW" in a 2023 article) also uses its anniversary: the identity issued
 * {@code years} before publication. Immutable once built; thread-safe.
 */
public final class DirectiveRegistry {

  /**
   * A review announcement resolved to a corpus identity.
   *
   * @param identity identity key of the reviewed directive
   * @param years anniversary in years
   * @param kind "sơ kết" or "tổng kết"
   * @param article the announcing article
   * @param excerpt the words of the announcement, or null
   */
  public record Review(
      String identity, int years, String kind, CitingArticle article, String excerpt) {}

  private final Map<String, CitingArticle> articles;
  private final Map<String, DirectiveIdentity> identities;
  private final Map<String, List<Review>> reviews;
  private final DirectiveGraph graph;
  private final Map<String, Map<String, String>> resolved;

  private DirectiveRegistry(
      Map<String, CitingArticle> articles,
      Map<String, DirectiveIdentity> identities,
      Map<String, List<Review>> reviews,
      DirectiveGraph graph,
      Map<String, Map<String, String>> resolved) {
    this.articles = articles;
    this.identities = identities;
    this.reviews = reviews;
    this.graph = graph;
    this.resolved = resolved;
  }

  /** The registry of {@code articles}; a later article with the same id replaces an earlier one. */
  public static DirectiveRegistry of(Collection<CitingArticle> articles) {
    Map<String, CitingArticle> byId = new LinkedHashMap<>();
    for (CitingArticle a : articles) byId.put(a.id(), a);
    return new Resolver(byId).build();
  }

  /** Every identity, in order of first citation (dated ones before "year unknown" ones). */
  public List<DirectiveIdentity> identities() {
    return List.copyOf(identities.values());
  }

  /** Identities of a canonical number, by issue year, "year unknown" last; empty when none. */
  public List<DirectiveIdentity> identitiesOf(String number) {
    return identities.values().stream()
        .filter(i -> i.number().equals(number))
        .sorted(
            Comparator.comparing(
                    (DirectiveIdentity i) -> i.year() == null ? Integer.MAX_VALUE : i.year())
                .thenComparing(i -> i.province() == null ? "" : i.province()))
        .toList();
  }

  /** The identity with this key ({@code 25-NQ/TW@2013}), if any. */
  public Optional<DirectiveIdentity> identity(String key) {
    return Optional.ofNullable(identities.get(key));
  }

  /** The article with this id, if any. */
  public Optional<CitingArticle> article(String id) {
    return Optional.ofNullable(articles.get(id));
  }

  /** Articles citing the identity, in corpus order; empty for an unknown key. */
  public List<CitingArticle> articlesOf(String key) {
    DirectiveIdentity i = identities.get(key);
    if (i == null) return List.of();
    return i.articles().stream().map(articles::get).toList();
  }

  /** Reviews announced for the identity; empty when none. */
  public List<Review> reviewsOf(String key) {
    return List.copyOf(reviews.getOrDefault(key, List.of()));
  }

  /**
   * The corpus identity that a citation of an article stands for: an undated citation resolved
   * across the corpus where only one identity fits, else its own "year unknown" identity. Empty
   * when the article or the citation is not in the registry.
   */
  public Optional<DirectiveIdentity> identityOf(String articleId, DirectiveCitation citation) {
    String key = resolved.getOrDefault(articleId, Map.of()).get(citation.identity());
    return key == null ? Optional.empty() : identity(key);
  }

  /** Relations between identities. */
  public DirectiveGraph graph() {
    return graph;
  }

  /** Number of articles. */
  public int articleCount() {
    return articles.size();
  }

  /**
   * Builds the registry in three passes: dated citations, undated ones, then reviews and relations.
   */
  private static final class Resolver {
    private final Map<String, CitingArticle> articles;
    private final Map<String, Acc> accs = new LinkedHashMap<>();
    private final Map<String, List<String>> series = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> resolved = new LinkedHashMap<>();

    Resolver(Map<String, CitingArticle> articles) {
      this.articles = articles;
    }

    DirectiveRegistry build() {
      for (CitingArticle a : articles.values()) {
        for (DirectiveCitation c : a.citations()) {
          if (c.year() != null) attach(a, c, acc(c.number(), c.year(), c));
        }
      }
      for (CitingArticle a : articles.values()) {
        for (DirectiveCitation c : a.citations()) {
          if (c.year() != null) continue;
          List<Acc> fit = candidates(c.number(), c.province(), a, c.term(), null);
          attach(a, c, fit.size() == 1 ? fit.get(0) : acc(c.number(), null, c));
        }
      }
      Map<String, List<Review>> reviews = new LinkedHashMap<>();
      DirectiveGraph.Builder graph = new DirectiveGraph.Builder();
      for (CitingArticle a : articles.values()) {
        for (ReviewAnnouncement r : a.reviews()) {
          String key = reviewed(a, r);
          reviews
              .computeIfAbsent(key, k -> new ArrayList<>())
              .add(new Review(key, r.years(), r.kind(), a, r.excerpt()));
        }
        for (DirectiveRelation rel : a.relations()) {
          graph.add(resolve(a, rel.from()), rel.kind(), resolve(a, rel.to()), a.id());
        }
      }
      Map<String, DirectiveIdentity> identities = new LinkedHashMap<>();
      accs.values().stream()
          .sorted(Comparator.comparing((Acc x) -> x.year == null))
          .forEach(x -> identities.put(x.key(), x.toIdentity()));
      return new DirectiveRegistry(articles, identities, reviews, graph.build(), resolved);
    }

    private String reviewed(CitingArticle a, ReviewAnnouncement r) {
      String key = resolve(a, r.identity());
      if (!key.contains("@?") || a.published() == null) return key;
      int expected = a.published().getYear() - r.years();
      List<Acc> fit = candidates(r.number(), r.province(), a, null, expected);
      return fit.size() == 1 ? fit.get(0).key() : key;
    }

    private String resolve(CitingArticle a, String localKey) {
      return resolved.getOrDefault(a.id(), Map.of()).getOrDefault(localKey, localKey);
    }

    private List<Acc> candidates(
        String number, String province, CitingArticle a, String term, Integer year) {
      List<Acc> fit = new ArrayList<>();
      for (String key : series.getOrDefault(seriesKey(number, province), List.of())) {
        Acc x = accs.get(key);
        if (x.year == null) continue;
        if (a.published() != null && x.year > a.published().getYear()) continue;
        if (year != null && x.year != year.intValue()) continue;
        if (PartyTerms.isKnown(term)
            && !DirectiveCodes.isLocalIssuer(x.issuer)
            && !PartyTerms.contains(term, x.year)) {
          continue;
        }
        fit.add(x);
      }
      return fit;
    }

    private Acc acc(String number, Integer year, DirectiveCitation c) {
      String key = DirectiveCitation.identity(number, year, c.province());
      return accs.computeIfAbsent(
          key,
          k -> {
            series.computeIfAbsent(seriesKey(number, c.province()), s -> new ArrayList<>()).add(k);
            return new Acc(number, c.type(), c.issuer(), year, c.province());
          });
    }

    private void attach(CitingArticle a, DirectiveCitation c, Acc x) {
      x.add(c, a.id());
      resolved.computeIfAbsent(a.id(), k -> new LinkedHashMap<>()).put(c.identity(), x.key());
    }

    private static String seriesKey(String number, String province) {
      return number + "@" + (province == null ? "" : province);
    }
  }

  /** What the corpus says about one identity, while it is being gathered. */
  private static final class Acc {
    final String number;
    final String type;
    final String issuer;
    final Integer year;
    final String province;
    String term;
    int mentions;
    final Map<LocalDate, Integer> dateCounts = new LinkedHashMap<>();
    final Set<String> articleIds = new LinkedHashSet<>();
    final List<String> subjects = new ArrayList<>();
    final List<String> bodies = new ArrayList<>();

    Acc(String number, String type, String issuer, Integer year, String province) {
      this.number = number;
      this.type = type;
      this.issuer = issuer;
      this.year = year;
      this.province = province;
    }

    String key() {
      return DirectiveCitation.identity(number, year, province);
    }

    void add(DirectiveCitation c, String articleId) {
      mentions += c.mentions();
      if (term == null) term = c.term();
      for (LocalDate d : c.dates()) dateCounts.merge(d, 1, Integer::sum);
      articleIds.add(articleId);
      subjects.addAll(c.subjects());
      bodies.addAll(c.issuedBy());
    }

    DirectiveIdentity toIdentity() {
      List<LocalDate> dates = new ArrayList<>(dateCounts.keySet());
      dates.sort(Comparator.comparing((LocalDate d) -> -dateCounts.get(d)).thenComparing(d -> d));
      LocalDate issued = dates.isEmpty() ? null : dates.get(0);
      return new DirectiveIdentity(
          number,
          type,
          issuer,
          year,
          issued,
          dates,
          province,
          term,
          mentions,
          new ArrayList<>(articleIds),
          Agreement.choose(subjects),
          Agreement.choose(bodies));
    }
  }
}
