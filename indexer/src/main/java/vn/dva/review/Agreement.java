package vn.dva.review;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Chooses one value of a field that many mentions state (the subject of a directive, its issuing
 * body) by agreement between them, and keeps the variants.
 *
 * <p>Spellings that differ only in case, spacing, punctuation, quotes or a leading "việc" count as
 * one variant. A variant is supported by the mentions stating it and by those stating its start
 * only (a subject cut short, "công tác dân tộc", agrees with "công tác dân tộc trong tình hình
 * mới"), and the best supported wins; on a tie the variant stated most often itself, then the
 * longer one (more of the title), then the first seen. Stateless and thread-safe.
 */
public final class Agreement {

  /**
   * One way the field was written.
   *
   * @param text the spelling written most often in this variant
   * @param count mentions stating it
   */
  public record Variant(String text, int count) {}

  /**
   * The chosen value and every variant.
   *
   * @param chosen the value with most support, or null when no mention states one
   * @param variants the variants, chosen first, then by count, at most {@link #MAX_VARIANTS}; never
   *     null
   */
  public record Choice(String chosen, List<Variant> variants) {
    public Choice {
      variants = variants == null ? List.of() : List.copyOf(variants);
    }

    public static final Choice NONE = new Choice(null, List.of());
  }

  /** Variants kept per field: the most stated ones; the choice itself weighs every mention. */
  public static final int MAX_VARIANTS = 20;

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern LEADING_VIEC = Pattern.compile("^việc ");

  private Agreement() {}

  /** The choice among {@code values} (nulls and blanks ignored). */
  public static Choice choose(List<String> values) {
    Map<String, Map<String, Integer>> spellings = new LinkedHashMap<>();
    for (String v : values) {
      if (v == null || v.isBlank()) continue;
      spellings.computeIfAbsent(key(v), k -> new LinkedHashMap<>()).merge(v, 1, Integer::sum);
    }
    if (spellings.isEmpty()) return Choice.NONE;
    List<String> keys = new ArrayList<>(spellings.keySet());
    Map<String, Integer> own = new LinkedHashMap<>();
    for (String k : keys) own.put(k, sum(spellings.get(k)));
    Map<String, Integer> support = new LinkedHashMap<>();
    for (String k : keys) {
      int s = 0;
      for (String other : keys) {
        if (k.equals(other) || k.startsWith(other + " ")) s += own.get(other);
      }
      support.put(k, s);
    }
    Comparator<String> best =
        Comparator.comparing((String k) -> -support.get(k))
            .thenComparing(k -> -own.get(k))
            .thenComparing(k -> -k.length());
    List<String> ordered = new ArrayList<>(keys);
    ordered.sort(best); // stable: the first seen wins a full tie
    String winner = ordered.get(0);
    List<Variant> variants = new ArrayList<>();
    variants.add(new Variant(spelling(spellings.get(winner)), own.get(winner)));
    ordered.stream()
        .skip(1)
        .sorted(Comparator.comparing((String k) -> -own.get(k)))
        .limit(MAX_VARIANTS - 1)
        .forEach(k -> variants.add(new Variant(spelling(spellings.get(k)), own.get(k))));
    return new Choice(variants.get(0).text(), variants);
  }

  /** What two spellings of one variant share: lower case NFC words, no leading "việc". */
  static String key(String value) {
    String s = Normalizer.normalize(value, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    s = NOT_WORD.matcher(s).replaceAll(" ").strip().replace("uỷ", "ủy");
    return LEADING_VIEC.matcher(s).replaceFirst("");
  }

  private static int sum(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static String spelling(Map<String, Integer> counts) {
    String best = null;
    int n = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }
}
