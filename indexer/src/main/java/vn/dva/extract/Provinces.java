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
import java.util.regex.Matcher;
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
    // glued ("ĐắkNông"): the same letters without the space
    String glued = n.replace(" ", "");
    for (String old : OLD_TO_NOW.keySet()) {
      if (old.contains(" ") && old.replace(" ", "").equalsIgnoreCase(glued))
        return Optional.of(old);
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
   * The province an article is about, read from its headline and body only: the first province the
   * headline names, else the one the body names most often, if at least twice (a province named
   * once in passing — a deputy "của tỉnh Trà Vinh" in a national story — does not make the story
   * that province's); ties go to the first named. Names in a list of three or more provinces and
   * names that are part of a person's name ("đồng chí Nguyễn Khánh Hoà") are not counted. Null when
   * neither says.
   */
  public static String ofArticle(String title, String body) {
    return ofArticle(title, body, null);
  }

  /**
   * As {@link #ofArticle(String, String)}, knowing the province of the site the page belongs to
   * (from its name; null when unknown): when the body names that province as often as any other,
   * even once, it wins, since a portal's own province named in its story agrees with the page. A
   * province the body names only once counts when it is named early (in the first third or the
   * first 400 characters) and not in parentheses ("(Đoàn đại biểu Quốc hội tỉnh …)" says where a
   * person comes from).
   */
  public static String ofArticle(String title, String body, String siteProvince) {
    List<Mention> inTitle = mentions(title);
    if (!inTitle.isEmpty()) return inTitle.get(0).province();
    String cityInTitle = cityOfDistrict(title);
    if (cityInTitle != null) return cityInTitle;
    if (body == null || body.isEmpty()) return null;
    String text = TextDecoder.nfc(body);
    Map<String, Integer> counts = new LinkedHashMap<>();
    String earlyLone = null;
    List<Mention> found = mentions(text);
    for (Mention m : found) counts.merge(m.province(), 1, Integer::sum);
    // an urban district ("quận Thanh Xuân") places a story in its city as firmly as two mentions
    Matcher d = DISTRICT.matcher(text);
    while (d.find()) counts.merge(URBAN_DISTRICTS.get(d.group(1)), 2, Integer::sum);
    int max = counts.values().stream().max(Integer::compare).orElse(0);
    String site = siteProvince == null ? null : canonical(siteProvince).orElse(null);
    if (site != null && counts.getOrDefault(site, 0) == max && max > 0) return site;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() == max && max >= 2) return e.getKey();
    }
    for (Mention m : found) {
      boolean early = m.start() < Math.max(400, text.length() / 3);
      if (early && !inParentheses(text, m.start())) {
        earlyLone = m.province();
        break;
      }
    }
    return earlyLone;
  }

  /** Whether an opening parenthesis, not yet closed, stands shortly before {@code at}. */
  private static boolean inParentheses(String text, int at) {
    for (int i = at - 1; i >= Math.max(0, at - 80); i--) {
      char c = text.charAt(i);
      if (c == ')') return false;
      if (c == '(') return true;
    }
    return false;
  }

  /**
   * Whether a text speaks of its own province or district without naming it, as a portal's local
   * news does ("toàn tỉnh", "UBND huyện", "Ban Thường vụ Tỉnh ủy" with no name after): at least
   * twice, not counting general uses ("cấp tỉnh", "các tỉnh", "10 tỉnh, thành phố").
   */
  public static boolean tellsOfOwnLocality(String text) {
    if (text == null || text.isEmpty()) return false;
    Matcher m = OWN_LOCALITY.matcher(TextDecoder.nfc(text));
    int found = 0;
    while (m.find()) {
      if (++found >= 2) return true;
    }
    return false;
  }

  private static final Pattern OWN_LOCALITY =
      Pattern.compile(
          "(?u)(?<![\\p{L}\\d])(?<!\\d )(?<!(?i:cấp|các|mỗi|nhiều|những|từng|giữa|hai|ba) )"
              + "(?i:tỉnh|huyện|thị xã)(?: (?i:ủy|uỷ))?"
              + "(?![\\p{L}\\d])(?!,? thành phố)(?! (?:\\p{Lu}|\\d))");

  /** The city of the first urban district ("quận …") named in {@code text}, or null. */
  private static String cityOfDistrict(String text) {
    if (text == null || text.isEmpty()) return null;
    Matcher d = DISTRICT.matcher(TextDecoder.nfc(text));
    return d.find() ? URBAN_DISTRICTS.get(d.group(1)) : null;
  }

  /**
   * The urban districts (quận) of the five centrally-run cities before 1 July 2025, mapped to their
   * city: only those cities had quận, so a named quận places a story in its city.
   */
  private static final Map<String, String> URBAN_DISTRICTS = urbanDistricts();

  private static final Pattern DISTRICT =
      Pattern.compile(
          "(?u)(?<!\\p{L})(?i:quận)\\s+("
              + String.join(
                  "|",
                  URBAN_DISTRICTS.keySet().stream()
                      .sorted((a, b) -> b.length() - a.length())
                      .map(Pattern::quote)
                      .toList())
              + ")(?![\\p{L}\\d])");

  private static Map<String, String> urbanDistricts() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String d :
        List.of(
            "Ba Đình",
            "Hoàn Kiếm",
            "Tây Hồ",
            "Long Biên",
            "Cầu Giấy",
            "Đống Đa",
            "Hai Bà Trưng",
            "Hoàng Mai",
            "Thanh Xuân",
            "Nam Từ Liêm",
            "Bắc Từ Liêm",
            "Hà Đông")) {
      m.put(d, "Hà Nội");
    }
    for (String d :
        List.of(
            "1",
            "2",
            "3",
            "4",
            "5",
            "6",
            "7",
            "8",
            "9",
            "10",
            "11",
            "12",
            "Bình Thạnh",
            "Gò Vấp",
            "Phú Nhuận",
            "Tân Bình",
            "Tân Phú",
            "Bình Tân",
            "Thủ Đức")) {
      m.put(d, "TP. Hồ Chí Minh");
    }
    for (String d :
        List.of("Hải Châu", "Thanh Khê", "Sơn Trà", "Ngũ Hành Sơn", "Liên Chiểu", "Cẩm Lệ")) {
      m.put(d, "Đà Nẵng");
    }
    for (String d :
        List.of("Hồng Bàng", "Ngô Quyền", "Lê Chân", "Hải An", "Kiến An", "Đồ Sơn", "Dương Kinh")) {
      m.put(d, "Hải Phòng");
    }
    for (String d : List.of("Ninh Kiều", "Bình Thủy", "Cái Răng", "Ô Môn", "Thốt Nốt")) {
      m.put(d, "Cần Thơ");
    }
    return Map.copyOf(m);
  }

  /** A province named in text, at its place. */
  private record Mention(String province, int start, int end) {}

  private static final Pattern SEPARATOR_ONLY = Pattern.compile("(?u)\\s*(?:,|;|và|、)\\s*");

  /** Words before a name that make it part of a person's name. */
  private static final Pattern PERSON_BEFORE =
      Pattern.compile(
          "(?u)(?:^|[^\\p{L}])(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương"
              + "|Lý|Đào|Đoàn|Vương|Trịnh|Trương|Lâm|Mai|Tô|Tạ|Cao|Lương|Đinh|Châu|Chu|Quách|Lưu|Văn"
              + "|Thị|Hữu|Đức|Công|Ngọc|Kim|(?i:đồng chí|đ/c|ông|bà|anh|chị|cô|em|cháu))\\s+$");

  /** Province names in {@code text}, without those in lists of provinces or in persons' names. */
  private static List<Mention> mentions(String text) {
    if (text == null || text.isEmpty()) return List.of();
    String t = Normalizer.normalize(text, Normalizer.Form.NFC);
    List<Mention> all = new ArrayList<>();
    forEachName(t, (province, start, end) -> all.add(new Mention(province, start, end)));
    boolean[] drop = new boolean[all.size()];
    // runs of names separated only by commas, semicolons or "và"
    int runStart = 0;
    for (int i = 1; i <= all.size(); i++) {
      boolean joined =
          i < all.size()
              && SEPARATOR_ONLY
                  .matcher(t.substring(all.get(i - 1).end(), all.get(i).start()))
                  .matches();
      if (!joined) {
        if (i - runStart >= 3) for (int j = runStart; j < i; j++) drop[j] = true;
        runStart = i;
      }
    }
    List<Mention> kept = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Mention m = all.get(i);
      String before = t.substring(Math.max(0, m.start() - 20), m.start());
      if (!drop[i] && !PERSON_BEFORE.matcher(before).find()) kept.add(m);
    }
    return kept;
  }

  /** Receives a province found in text with its span. */
  private interface NameSink {
    void accept(String province, int start, int end);
  }

  /**
   * Calls {@code action} with the canonical province of every name in {@code text}, left to right;
   * a name counts only as a whole word (no letter or number right before or after it), and where
   * names overlap the search goes on after the one taken, as a regex find loop would.
   */
  private static void forEachName(String text, Consumer<String> action) {
    forEachName(text, (province, start, end) -> action.accept(province));
  }

  private static void forEachName(String text, NameSink action) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char first = text.charAt(i);
      String[] candidates = first < NAMES_BY_FIRST_CHAR.length ? NAMES_BY_FIRST_CHAR[first] : null;
      if (candidates == null || i > 0 && isWordChar(text.codePointBefore(i))) continue;
      for (String name : candidates) {
        int end = i + name.length();
        if (text.startsWith(name, i) && (end == length || !isWordChar(text.codePointAt(end)))) {
          String province = CANONICAL_OF_SPELLING.get(name);
          if (province != null) action.accept(province, i, end);
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
    // glued spellings of two-word names as some portals print them ("ĐắkNông")
    for (String old : OLD_TO_NOW.keySet()) {
      String glued = old.replace(" ", "");
      if (!glued.equals(old) && !old.contains("-") && !old.startsWith("TP.")) names.add(glued);
    }
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
