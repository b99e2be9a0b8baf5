package vn.dva.review;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.dva.extract.DirectiveCodes;

/**
 * Which directives come up for review in a year. Binding types (NQ, CT, KL, QĐ, QĐi, ĐA, HD, CTr)
 * are due at every 5-year anniversary of their issue year: "sơ kết" at 5 years, "tổng kết" at 10,
 * 15, 20 … up to {@value #MAX_YEARS}. Identities whose year is unknown are never due. Evidence is
 * every article announcing a review of the same identity after the same number of years.
 * Thread-safe (the registry is immutable).
 */
public final class ReviewService {

  /** Oldest anniversary considered, in years. */
  public static final int MAX_YEARS = 60;

  private final DirectiveRegistry registry;

  /** A service over {@code registry}, not null. */
  public ReviewService(DirectiveRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * A service over the articles of the index in {@code indexDir}, read once now.
   *
   * @throws IllegalArgumentException when there is no index there
   */
  public static ReviewService open(Path indexDir) throws IOException {
    return new ReviewService(DirectiveRegistry.of(IndexArticles.read(indexDir)));
  }

  /** The registry the service reads. */
  public DirectiveRegistry registry() {
    return registry;
  }

  /**
   * The reviews due in {@code year}, oldest issue first (then by number).
   *
   * @throws IllegalArgumentException when {@code year} is outside 1945–2200
   */
  public ReviewList due(int year) {
    if (year < 1945 || year > 2200) {
      throw new IllegalArgumentException("year must be between 1945 and 2200, got " + year);
    }
    List<DueReview> due = new ArrayList<>();
    List<DirectiveIdentity> sorted = new ArrayList<>(registry.identities());
    sorted.sort(
        Comparator.comparing((DirectiveIdentity i) -> i.year() == null ? 0 : i.year())
            .thenComparing(i -> i.issued() == null ? LocalDate.MIN : i.issued())
            .thenComparing(DirectiveIdentity::number));
    for (DirectiveIdentity i : sorted) {
      if (i.year() == null || !DirectiveCodes.isBinding(i.type())) continue;
      int years = year - i.year();
      if (years < 5 || years > MAX_YEARS || years % 5 != 0) continue;
      due.add(
          new DueReview(
              i.number(),
              i.issued(),
              i.province(),
              years,
              kindAt(years),
              evidence(i, years),
              i.subject().chosen(),
              i.issuedBy().chosen()));
    }
    return new ReviewList(year, due);
  }

  /** "sơ kết" for 5 years, "tổng kết" for 10 and more. */
  public static String kindAt(int years) {
    return years <= 5 ? "sơ kết" : "tổng kết";
  }

  private List<Evidence> evidence(DirectiveIdentity identity, int years) {
    List<Evidence> out = new ArrayList<>();
    List<DirectiveRegistry.Review> reviews = new ArrayList<>(registry.reviewsOf(identity.key()));
    reviews.sort(
        Comparator.comparing(
            r -> r.article().published() == null ? LocalDate.MAX : r.article().published()));
    // One piece of evidence per story: a republished announcement is the same evidence.
    Set<String> stories = new HashSet<>();
    for (DirectiveRegistry.Review r : reviews) {
      if (r.years() != years) continue;
      if (!stories.add(r.article().storyKey())) continue;
      out.add(new Evidence(r.article().id(), r.article().title(), r.excerpt()));
    }
    return out;
  }
}
