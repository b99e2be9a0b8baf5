package vn.dva.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Vietnam's provinces before and after the merger of 1 July 2025, and recognition of a province
 * named in text.
 *
 * <p>Names are the official short forms in NFC with the new tone placement ("Hòa Bình", "Thanh
 * Hóa"); "TP. Hồ Chí Minh" stands for Ho Chi Minh City. Thread-safe: all state is immutable.
 */
public final class Provinces {

  /** The 63 provinces and centrally-run cities before 1 July 2025, mapped to their province now. */
  private static final Map<String, String> OLD_TO_NOW = new LinkedHashMap<>();

  /** Extra spellings seen in text, mapped to the canonical name. */
  private static final Map<String, String> ALIASES = new LinkedHashMap<>();

  static {
    String[][] merger = {
      {"Hà Nội", "Hà Nội"},
      {"Hà Giang", "Tuyên Quang"},
      {"Cao Bằng", "Cao Bằng"},
      {"Bắc Kạn", "Thái Nguyên"},
      {"Tuyên Quang", "Tuyên Quang"},
      {"Lào Cai", "Lào Cai"},
      {"Điện Biên", "Điện Biên"},
      {"Lai Châu", "Lai Châu"},
      {"Sơn La", "Sơn La"},
      {"Yên Bái", "Lào Cai"},
      {"Hòa Bình", "Phú Thọ"},
      {"Thái Nguyên", "Thái Nguyên"},
      {"Lạng Sơn", "Lạng Sơn"},
      {"Quảng Ninh", "Quảng Ninh"},
      {"Bắc Giang", "Bắc Ninh"},
      {"Phú Thọ", "Phú Thọ"},
      {"Vĩnh Phúc", "Phú Thọ"},
      {"Bắc Ninh", "Bắc Ninh"},
      {"Hải Dương", "Hải Phòng"},
      {"Hải Phòng", "Hải Phòng"},
      {"Hưng Yên", "Hưng Yên"},
      {"Thái Bình", "Hưng Yên"},
      {"Hà Nam", "Ninh Bình"},
      {"Nam Định", "Ninh Bình"},
      {"Ninh Bình", "Ninh Bình"},
      {"Thanh Hóa", "Thanh Hóa"},
      {"Nghệ An", "Nghệ An"},
      {"Hà Tĩnh", "Hà Tĩnh"},
      {"Quảng Bình", "Quảng Trị"},
      {"Quảng Trị", "Quảng Trị"},
      {"Thừa Thiên Huế", "Huế"},
      {"Đà Nẵng", "Đà Nẵng"},
      {"Quảng Nam", "Đà Nẵng"},
      {"Quảng Ngãi", "Quảng Ngãi"},
      {"Bình Định", "Gia Lai"},
      {"Phú Yên", "Đắk Lắk"},
      {"Khánh Hòa", "Khánh Hòa"},
      {"Ninh Thuận", "Khánh Hòa"},
      {"Bình Thuận", "Lâm Đồng"},
      {"Kon Tum", "Quảng Ngãi"},
      {"Gia Lai", "Gia Lai"},
      {"Đắk Lắk", "Đắk Lắk"},
      {"Đắk Nông", "Lâm Đồng"},
      {"Lâm Đồng", "Lâm Đồng"},
      {"Bình Phước", "Đồng Nai"},
      {"Tây Ninh", "Tây Ninh"},
      {"Bình Dương", "TP. Hồ Chí Minh"},
      {"Đồng Nai", "Đồng Nai"},
      {"Bà Rịa - Vũng Tàu", "TP. Hồ Chí Minh"},
      {"TP. Hồ Chí Minh", "TP. Hồ Chí Minh"},
      {"Long An", "Tây Ninh"},
      {"Tiền Giang", "Đồng Tháp"},
      {"Bến Tre", "Vĩnh Long"},
      {"Trà Vinh", "Vĩnh Long"},
      {"Vĩnh Long", "Vĩnh Long"},
      {"Đồng Tháp", "Đồng Tháp"},
      {"An Giang", "An Giang"},
      {"Kiên Giang", "An Giang"},
      {"Cần Thơ", "Cần Thơ"},
      {"Hậu Giang", "Cần Thơ"},
      {"Sóc Trăng", "Cần Thơ"},
      {"Bạc Liêu", "Cà Mau"},
      {"Cà Mau", "Cà Mau"},
    };
    for (String[] row : merger) OLD_TO_NOW.put(row[0], row[1]);
    String[][] aliases = {
      {"Hoà Bình", "Hòa Bình"},
      {"Thanh Hoá", "Thanh Hóa"},
      {"Khánh Hoà", "Khánh Hòa"},
      {"Bắc Cạn", "Bắc Kạn"},
      {"Đắc Lắc", "Đắk Lắk"},
      {"Đăk Lăk", "Đắk Lắk"},
      {"Đắk Lắc", "Đắk Lắk"},
      {"Đăk Nông", "Đắk Nông"},
      {"Kontum", "Kon Tum"},
      {"Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu"},
      {"Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"},
      {"Bà Rịa Vũng Tàu", "Bà Rịa - Vũng Tàu"},
      {"BR-VT", "Bà Rịa - Vũng Tàu"},
      {"Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh"},
      {"TP Hồ Chí Minh", "TP. Hồ Chí Minh"},
      {"TP.Hồ Chí Minh", "TP. Hồ Chí Minh"},
      {"TP.HCM", "TP. Hồ Chí Minh"},
      {"TPHCM", "TP. Hồ Chí Minh"},
      {"TP HCM", "TP. Hồ Chí Minh"},
      {"Thừa Thiên - Huế", "Thừa Thiên Huế"},
      {"Thừa Thiên-Huế", "Thừa Thiên Huế"},
    };
    for (String[] row : aliases) ALIASES.put(row[0], row[1]);
  }

  private static final List<String> NOW =
      OLD_TO_NOW.values().stream().distinct().sorted(Provinces::compareVietnamese).toList();

  private static final Pattern PROVINCE_WORD =
      Pattern.compile("(?iu)^(tỉnh|thành phố|tp\\.?)\\s+(?=\\p{Lu})");

  /**
   * Every spelling recognised in text, by its first character, longest first so that "Thừa Thiên
   * Huế" wins over a bare "Huế". Looking names up by the character at hand instead of trying a
   * regex alternation of ~85 names at every offset made detection several times cheaper.
   */
  private static final String[][] NAMES_BY_FIRST_CHAR = namesByFirstChar();

  /** The canonical name of each spelling in {@link #NAMES_BY_FIRST_CHAR}. */
  private static final Map<String, String> CANONICAL_OF_SPELLING = canonicalOfSpellings();

  private Provinces() {}

  /** The 63 names in use before 1 July 2025, in the order of the official list (north to south). */
  public static List<String> before2025() {
    return List.copyOf(OLD_TO_NOW.keySet());
  }

  /** The 34 names in use since 1 July 2025, sorted alphabetically in Vietnamese. */
  public static List<String> now() {
    return NOW;
  }

  /**
   * The canonical name for a spelling of a province, old or new ("Thanh Hoá", "TP.HCM", "Huế"), or
   * empty when it names no province. Case, NFD input and surrounding "tỉnh"/"thành phố" are
   * tolerated.
   */
  public static Optional<String> canonical(String name) {
    if (name == null || name.isBlank()) return Optional.empty();
    String n = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    n = PROVINCE_WORD.matcher(n).replaceFirst("");
    for (String candidate : List.of(n, name.strip())) {
      String c = Normalizer.normalize(candidate, Normalizer.Form.NFC);
      for (Map.Entry<String, String> e : ALIASES.entrySet()) {
        if (e.getKey().equalsIgnoreCase(c)) return Optional.of(e.getValue());
      }
      for (String old : OLD_TO_NOW.keySet()) {
        if (old.equalsIgnoreCase(c)) return Optional.of(old);
      }
      if (c.equalsIgnoreCase("Huế")) return Optional.of("Huế");
      if (c.equalsIgnoreCase("Hồ Chí Minh")) return Optional.of("TP. Hồ Chí Minh");
    }
    return Optional.empty();
  }

  /**
   * The province after the 2025 merger for a province name, old or new. Returns the input's
   * canonical form when it is already a current name, or null when {@code name} is null or no
   * province.
   */
  public static String nowOf(String name) {
    Optional<String> c = canonical(name);
    if (c.isEmpty()) return null;
    String canon = c.get();
    if (canon.equals("Huế")) return "Huế";
    return OLD_TO_NOW.getOrDefault(canon, canon);
  }

  /** Whether the name (old or new) is a province or city that ceased to exist on 1 July 2025. */
  public static boolean isMergedAway(String name) {
    String c = canonical(name).orElse(null);
    return c != null && !NOW.contains(c);
  }

  /** The pre-2025 provinces that became {@code nowName} (itself included when it existed). */
  public static List<String> mergedInto(String nowName) {
    String target = nowOf(nowName);
    List<String> out = new ArrayList<>();
    OLD_TO_NOW.forEach(
        (old, now) -> {
          if (now.equals(target)) out.add(old);
        });
    return out;
  }

  /**
   * Every province named in the text, canonical, in order of first appearance. Matching is
   * case-sensitive on the capitalised name, as Vietnamese writes proper names.
   */
  public static List<String> findAll(String text) {
    if (text == null || text.isEmpty()) return List.of();
    String t = Normalizer.normalize(text, Normalizer.Form.NFC);
    List<String> found = new ArrayList<>();
    forEachName(
        t,
        p -> {
          if (!found.contains(p)) found.add(p);
        });
    return found;
  }

  /**
   * The province an article is most likely about: the first one named in the title, else the one
   * named most often in the body (ties broken by first appearance), else null.
   */
  public static String detect(String title, String body) {
    List<String> inTitle = findAll(title);
    if (!inTitle.isEmpty()) return inTitle.get(0);
    if (body == null) return null;
    String t = Normalizer.normalize(body, Normalizer.Form.NFC);
    Map<String, Integer> counts = new LinkedHashMap<>();
    forEachName(t, p -> counts.merge(p, 1, Integer::sum));
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /**
   * Calls {@code action} with the canonical province of every name in {@code text}, left to right;
   * a name counts only as a whole word (no letter or number right before or after it), and where
   * names overlap the search goes on after the one taken, as a regex find loop would.
   */
  private static void forEachName(String text, Consumer<String> action) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char first = text.charAt(i);
      String[] candidates = first < NAMES_BY_FIRST_CHAR.length ? NAMES_BY_FIRST_CHAR[first] : null;
      if (candidates == null || i > 0 && isWordChar(text.codePointBefore(i))) continue;
      for (String name : candidates) {
        int end = i + name.length();
        if (text.startsWith(name, i) && (end == length || !isWordChar(text.codePointAt(end)))) {
          String province = CANONICAL_OF_SPELLING.get(name);
          if (province != null) action.accept(province);
          i = end - 1;
          break;
        }
      }
    }
  }

  /** Letters and numbers of any script ({@code [\p{L}\p{N}]}). */
  private static boolean isWordChar(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER ->
          true;
      default -> false;
    };
  }

  /** Every spelling recognised in text, longest first. */
  static List<String> spellings() {
    List<String> names = new ArrayList<>(OLD_TO_NOW.keySet());
    names.addAll(ALIASES.keySet());
    names.add("Huế");
    names.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return names;
  }

  /** Indexed by a first character (all are below U+0200), the spellings starting with it. */
  private static String[][] namesByFirstChar() {
    Map<Character, List<String>> byFirst = new HashMap<>();
    for (String name : spellings()) {
      byFirst.computeIfAbsent(name.charAt(0), c -> new ArrayList<>()).add(name);
    }
    String[][] table = new String[Collections.max(byFirst.keySet()) + 1][];
    byFirst.forEach((c, names) -> table[c] = names.toArray(String[]::new));
    return table;
  }

  private static Map<String, String> canonicalOfSpellings() {
    Map<String, String> map = new HashMap<>();
    for (String name : spellings()) canonical(name).ifPresent(c -> map.put(name, c));
    return Map.copyOf(map);
  }

  private static int compareVietnamese(String a, String b) {
    java.text.Collator c = java.text.Collator.getInstance(Locale.forLanguageTag("vi"));
    return c.compare(a, b);
  }

  /** Unmodifiable view of the merger table, old name → name now. */
  public static Map<String, String> mergerTable() {
    return Collections.unmodifiableMap(OLD_TO_NOW);
  }
}
