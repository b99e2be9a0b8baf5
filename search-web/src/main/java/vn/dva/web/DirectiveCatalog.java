package vn.dva.web;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import vn.dva.extract.DirectiveCitation;
import vn.dva.extract.DirectiveCodes;
import vn.dva.extract.ReviewAnnouncement;
import vn.dva.index.IndexSchema;
import vn.dva.search.Json;
import vn.dva.search.SearchService;

/**
 * The directives of the corpus as the directive and review pages need them, read from the stored
 * citations and review announcements of every article once per index reader.
 *
 * <p>An identity is a number with its issue year (and province for local issuers), as {@link
 * DirectiveCitation#identity()}; mentions without a date stay in the "year unknown" identity.
 * Binding documents come up for review at every 5-year anniversary of their issue year: "sơ kết" at
 * 5, "tổng kết" from 10 on, up to {@link #MAX_YEARS}. Thread-safe.
 */
final class DirectiveCatalog {

  /** Oldest anniversary listed, in years. */
  static final int MAX_YEARS = 60;

  private static final TypeReference<List<ReviewAnnouncement>> REVIEWS = new TypeReference<>() {};

  /** An article citing a directive. */
  record Article(String id, String title, String url, String province, LocalDate published) {}

  /** An article announcing a review, with the words around the directive number. */
  record Evidence(String id, String title, String snippet) {}

  /** A review milestone of an identity: when, which kind, and the articles announcing it. */
  record Milestone(int years, String kind, int year, List<Evidence> evidence) {}

  /**
   * A relation to another directive (implements, continues …); empty until the index stores them.
   */
  record Relation(String kind, String number) {}

  /** One identity of a directive number. */
  record Identity(
      String number,
      String type,
      String issuer,
      Integer year,
      LocalDate issued,
      String province,
      int mentions,
      List<Article> articles,
      List<Relation> relations,
      List<Milestone> reviews) {}

  /** The JSON of {@code /api/directives}: every identity of a number. */
  record Report(String number, List<Identity> identities) {}

  /** One row of the due-for-review list. */
  record Due(
      String number,
      String type,
      LocalDate issued,
      Integer year,
      String province,
      int years,
      String kind,
      List<Evidence> evidence) {}

  /** The JSON of {@code /api/reviews}. */
  record DueList(int year, List<Due> due) {}

  private record Corpus(Map<String, Identity> identities) {}

  private record Cached(IndexReader reader, Corpus corpus) {}

  private final SearchService search;
  private volatile Cached cached;

  DirectiveCatalog(SearchService search) {
    this.search = search;
  }

  /** Every identity of {@code number} (any spelling), dated ones by year, "year unknown" last. */
  Report report(String typed) throws IOException {
    String number = SearchService.canonicalDirective(typed);
    List<Identity> out = new ArrayList<>();
    for (Identity i : corpus().identities().values()) if (i.number().equals(number)) out.add(i);
    out.sort(
        Comparator.comparing((Identity i) -> i.year() == null ? Integer.MAX_VALUE : i.year())
            .thenComparing(i -> i.province() == null ? "" : i.province()));
    return new Report(number, out);
  }

  /** Binding directives reaching a 5-year anniversary in {@code year}, oldest issue first. */
  DueList due(int year) throws IOException {
    List<Due> due = new ArrayList<>();
    for (Identity i : corpus().identities().values()) {
      if (i.year() == null || !DirectiveCodes.isBinding(i.type())) continue;
      int years = year - i.year();
      if (years < 5 || years > MAX_YEARS || years % 5 != 0) continue;
      List<Evidence> evidence =
          i.reviews().stream()
              .filter(m -> m.years() == years)
              .flatMap(m -> m.evidence().stream())
              .toList();
      due.add(
          new Due(
              i.number(),
              i.type(),
              i.issued(),
              i.year(),
              i.province(),
              years,
              kindAt(years),
              evidence));
    }
    due.sort(
        Comparator.comparing(Due::year)
            .thenComparing(d -> d.issued() == null ? LocalDate.MIN : d.issued())
            .thenComparing(Due::number));
    return new DueList(year, due);
  }

  static String kindAt(int years) {
    return years <= 5 ? "sơ kết" : "tổng kết";
  }

  private Corpus corpus() throws IOException {
    return search.withSearcher(
        s -> {
          IndexReader reader = s.getIndexReader();
          Cached c = cached;
          if (c != null && c.reader() == reader) return c.corpus();
          Corpus corpus = read(reader);
          cached = new Cached(reader, corpus);
          return corpus;
        });
  }

  private static final class Builder {
    final DirectiveCitation first;
    int mentions;
    final List<Article> articles = new ArrayList<>();
    final Map<Integer, List<Evidence>> evidence = new LinkedHashMap<>();

    Builder(DirectiveCitation first) {
      this.first = first;
    }
  }

  private static Corpus read(IndexReader reader) throws IOException {
    Map<String, Builder> byKey = new LinkedHashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      Bits live = r.getLiveDocs();
      StoredFields stored = r.storedFields();
      for (int d = 0; d < r.maxDoc(); d++) {
        if (live != null && !live.get(d)) continue;
        Document doc = stored.document(d);
        List<DirectiveCitation> citations = SearchService.citations(doc);
        if (citations.isEmpty()) continue;
        String iso = doc.get(IndexSchema.PUBLISHED_ISO);
        Article article =
            new Article(
                doc.get(IndexSchema.ID),
                doc.get(IndexSchema.TITLE),
                doc.get(IndexSchema.URL),
                doc.get(IndexSchema.PROVINCE),
                iso == null ? null : LocalDate.parse(iso));
        for (DirectiveCitation c : citations) {
          Builder b = byKey.computeIfAbsent(c.identity(), k -> new Builder(c));
          b.mentions += c.mentions();
          b.articles.add(article);
        }
        String reviewsJson = doc.get(IndexSchema.REVIEWS_JSON);
        List<ReviewAnnouncement> reviews =
            reviewsJson == null ? List.of() : Json.read(reviewsJson, REVIEWS);
        for (ReviewAnnouncement a : reviews) {
          DirectiveCitation cited =
              citations.stream()
                  .filter(
                      c ->
                          c.number().equals(a.number())
                              && (a.issued() == null
                                  || c.issued() == null
                                  || c.issued().getYear() == a.issued().getYear()))
                  .findFirst()
                  .orElse(null);
          if (cited == null) continue;
          Builder b = byKey.get(cited.identity());
          b.evidence
              .computeIfAbsent(a.years(), y -> new ArrayList<>())
              .add(
                  new Evidence(
                      article.id(),
                      article.title(),
                      around(doc.get(IndexSchema.TEXT), a.number())));
        }
      }
    }
    Map<String, Identity> identities = new LinkedHashMap<>();
    byKey.forEach(
        (key, b) -> {
          DirectiveCitation c = b.first;
          Integer year = c.issued() == null ? null : c.issued().getYear();
          List<Article> articles = new ArrayList<>(b.articles);
          articles.sort(
              Comparator.comparing(
                  (Article a) -> a.published() == null ? LocalDate.MAX : a.published()));
          List<Milestone> milestones = new ArrayList<>();
          if (year != null && DirectiveCodes.isBinding(c.type())) {
            int lastYear = Math.max(LocalDate.now().getYear() + 5, year);
            for (int y = 5; y <= MAX_YEARS && year + y <= lastYear; y += 5) {
              milestones.add(
                  new Milestone(
                      y, kindAt(y), year + y, List.copyOf(b.evidence.getOrDefault(y, List.of()))));
            }
          }
          identities.put(
              key,
              new Identity(
                  c.number(),
                  c.type(),
                  c.issuer(),
                  year,
                  c.issued(),
                  c.province(),
                  b.mentions,
                  List.copyOf(articles),
                  List.of(),
                  List.copyOf(milestones)));
        });
    return new Corpus(identities);
  }

  /** About 240 characters of {@code text} around the first occurrence of {@code number}. */
  static String around(String text, String number) {
    if (text == null) return "";
    int at = text.indexOf(number);
    if (at < 0) return Fmt.clip(text, 240);
    int from = Math.max(0, at - 120);
    int to = Math.min(text.length(), at + number.length() + 120);
    return (from > 0 ? "…" : "")
        + text.substring(from, to).strip()
        + (to < text.length() ? "…" : "");
  }
}
