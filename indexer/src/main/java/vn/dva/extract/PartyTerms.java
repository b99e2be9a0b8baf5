package vn.dva.extract;

import java.util.Locale;
import java.util.Map;

/**
 * Terms (khóa) of the Party Central Committee and the years they span, used to place an undated
 * mention such as "Nghị quyết số 25-NQ/TW … (khóa XI)" among identities of the same number.
 *
 * <p>Each term starts with a national congress: VIII 1996, IX 2001, X 2006, XI 2011, XII 2016, XIII
 * 2021, XIV 2026. A term spans its congress year to the next one inclusive, because documents of a
 * congress year may belong to either term. Provincial terms are numbered differently and are not
 * covered. Thread-safe.
 */
public final class PartyTerms {

  private static final Map<String, Integer> START =
      Map.of(
          "VI", 1986, "VII", 1991, "VIII", 1996, "IX", 2001, "X", 2006, "XI", 2011, "XII", 2016,
          "XIII", 2021, "XIV", 2026);

  private PartyTerms() {}

  /** True when {@code term} (Roman numerals, any case) is a known central term; false for null. */
  public static boolean isKnown(String term) {
    return term != null && START.containsKey(term.toUpperCase(Locale.ROOT));
  }

  /**
   * True when {@code year} falls within the central term {@code term}; false for an unknown or null
   * term.
   */
  public static boolean contains(String term, int year) {
    if (!isKnown(term)) return false;
    int start = START.get(term.toUpperCase(Locale.ROOT));
    return year >= start && year <= start + 5;
  }
}
