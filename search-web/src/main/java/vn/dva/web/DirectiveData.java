package vn.dva.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.dva.review.CitingArticle;
import vn.dva.review.CoverageService;
import vn.dva.review.DirectiveIdentity;
import vn.dva.review.DirectiveRegistry;
import vn.dva.review.DirectiveService;
import vn.dva.review.ReviewService;
import vn.dva.review.SubjectIndex;
import vn.dva.search.SearchEngine;

/**
 * The directive registry of the current index, with the directive and review services over it.
 * Built from the engine's articles on first use and rebuilt when the engine's generation changes (a
 * refresh with changes), so the pages always agree with the search results. Thread-safe.
 */
final class DirectiveData {

  /**
   * The services over one generation of the index.
   *
   * @param articles every article, in the engine's order
   * @param numbers every cited directive number with the number of articles citing it, most cited
   *     first (for autocomplete)
   */
  record Services(
      List<CitingArticle> articles,
      List<Vocabulary.Entry> numbers,
      DirectiveRegistry registry,
      DirectiveService directives,
      ReviewService reviews,
      SubjectIndex subjects,
      CoverageService coverage) {

    /** Type code of a number (from its first identity), or null when the corpus never cites it. */
    String typeOf(String number) {
      List<DirectiveIdentity> ids = registry.identitiesOf(number);
      return ids.isEmpty() ? null : ids.get(0).type();
    }
  }

  private record Cached(Object generation, Services services) {}

  private final SearchEngine engine;
  private volatile Cached cached;

  DirectiveData(SearchEngine engine) {
    this.engine = engine;
  }

  /** The services for the index as it is now. */
  Services current() throws IOException {
    Object generation = engine.generation();
    Cached c = cached;
    if (c != null && Objects.equals(c.generation(), generation)) return c.services();
    // Read after the generation: a change in between only makes the next call rebuild again.
    List<CitingArticle> articles = engine.articles();
    DirectiveRegistry registry = DirectiveRegistry.of(articles);
    Services services =
        new Services(
            articles,
            Vocabulary.directiveNumbers(articles),
            registry,
            new DirectiveService(registry, LocalDate.now().getYear()),
            new ReviewService(registry),
            new SubjectIndex(registry),
            new CoverageService(registry, LocalDate.now().getYear()));
    cached = new Cached(generation, services);
    return services;
  }
}
