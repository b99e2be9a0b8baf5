package vn.dva.web;

import io.javalin.http.ServiceUnavailableResponse;
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
 * refresh with changes), so the pages always agree with the search results. Held in memory, about
 * {@value #BYTES_PER_DOCUMENT} bytes per document: an index too large for the heap budget is
 * refused ({@link TooLarge}) rather than starving the searches. Thread-safe.
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

  /**
   * Heap the registry takes per document of the index, with the article list it is built from:
   * 2,383 MB for the million pages of the bench corpus (65% citing directives), measured by reading
   * them and the registry in a JVM with room to spare and comparing the heap after collections.
   */
  static final long BYTES_PER_DOCUMENT = 2_400;

  /**
   * Asked for when the registry of the index would not fit in the heap: the pages that need it
   * answer 503 with this message, the search page and autocomplete go on without it.
   */
  static final class TooLarge extends ServiceUnavailableResponse {
    TooLarge(long documents, long neededMb, long budgetMb) {
      super(
          "Chỉ mục có "
              + dotted(documents)
              + " tài liệu: sổ văn bản cần khoảng "
              + dotted(neededMb)
              + " MB bộ nhớ, máy chủ chỉ dành được "
              + dotted(budgetMb)
              + " MB; hãy chạy lại dva serve với bộ nhớ lớn hơn, ví dụ DVA_JAVA_OPTS=-Xmx"
              + Math.max(2, (2 * neededMb + 1023) / 1024)
              + "g (the directive registry of "
              + documents
              + " documents needs about "
              + neededMb
              + " MB; this server allows "
              + budgetMb
              + " MB)");
    }

    private static String dotted(long n) {
      return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '.');
    }
  }

  private final SearchEngine engine;
  private final long heapBudget;
  private final Object building = new Object();
  private volatile Cached cached;

  /** Over {@code engine}, allowed half of the JVM's maximum heap. */
  DirectiveData(SearchEngine engine) {
    this(engine, Runtime.getRuntime().maxMemory() / 2);
  }

  /**
   * @param heapBudget bytes the registry may take; an index whose registry would need more ({@link
   *     #BYTES_PER_DOCUMENT} per document) is refused with {@link TooLarge} instead of filling the
   *     heap that searches need
   */
  DirectiveData(SearchEngine engine, long heapBudget) {
    this.engine = engine;
    this.heapBudget = heapBudget;
  }

  /**
   * Whether the registry of the index as it is now fits in the budget (true when the engine cannot
   * tell its size).
   */
  boolean fits() throws IOException {
    return fits(engine.documents());
  }

  private boolean fits(long documents) {
    return documents < 0 || documents * BYTES_PER_DOCUMENT <= heapBudget;
  }

  /**
   * The services for the index as it is now, built by the first caller after a change while the
   * others wait for it (a million-page registry takes a minute and gigabytes: built once, not once
   * per waiting request).
   *
   * @throws TooLarge when the registry would not fit in the heap budget
   */
  Services current() throws IOException {
    Object generation = engine.generation();
    Cached c = cached;
    if (c != null && Objects.equals(c.generation(), generation)) return c.services();
    // refused before the lock: a search page on an index too large asks on every request
    long documents = engine.documents();
    if (!fits(documents)) {
      throw new TooLarge(documents, documents * BYTES_PER_DOCUMENT >> 20, heapBudget >> 20);
    }
    synchronized (building) {
      c = cached;
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
}
