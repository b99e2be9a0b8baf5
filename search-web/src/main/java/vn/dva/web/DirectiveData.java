package vn.dva.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import vn.dva.review.CoverageService;
import vn.dva.review.DirectiveIdentity;
import vn.dva.review.DirectiveRegistry;
import vn.dva.review.DirectiveService;
import vn.dva.review.IndexArticles;
import vn.dva.review.ReviewService;
import vn.dva.review.SubjectIndex;
import vn.dva.search.SearchService;

/**
 * The directive registry of the current index, with the directive and review services over it.
 * Built from the search service's reader on first use and rebuilt when the index changes, so the
 * pages always agree with the search results. Thread-safe.
 */
final class DirectiveData {

  /** The services over one reader. */
  record Services(
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

  private record Cached(IndexReader reader, Services services) {}

  private final SearchService search;
  private volatile Cached cached;

  DirectiveData(SearchService search) {
    this.search = search;
  }

  /** The services for the index as it is now. */
  Services current() throws IOException {
    return search.withSearcher(
        s -> {
          IndexReader reader = s.getIndexReader();
          Cached c = cached;
          if (c != null && c.reader() == reader) return c.services();
          DirectiveRegistry registry = DirectiveRegistry.of(IndexArticles.read(reader));
          Services services =
              new Services(
                  registry,
                  new DirectiveService(registry, LocalDate.now().getYear()),
                  new ReviewService(registry),
                  new SubjectIndex(registry),
                  new CoverageService(registry, LocalDate.now().getYear()));
          cached = new Cached(reader, services);
          return services;
        });
  }
}
