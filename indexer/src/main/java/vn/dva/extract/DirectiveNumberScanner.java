package vn.dva.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds directive numbers in text with their spans, in every spelling seen on provincial portals:
 * {@code 18-CT/TU}, {@code 217- QĐ/TW}, {@code 10-Ctr/TU}, {@code 49/NQ-TU} (slash and hyphen
 * swapped), {@code số31-QĐ/TW} (glued), lists ({@code 217, 218-QĐ/TW}), State numbers ({@code
 * 15/2020/NĐ-CP}, {@code 1234/QĐ-UBND}, {@code 202/2025/QH15}) and the bare form "Chỉ thị 05 của Bộ
 * Chính trị". Dates are not read here except inside the bare form. Stateless and thread-safe.
 */
final class DirectiveNumberScanner {

  private static final String L = "[\\p{L}\\p{M}]";
  private static final String HY = "[-‐‑–—−]";
  private static final String SP = "[ \\u00A0]{0,2}";

  /**
   * A number must not continue another number, date or code ("1/2-CT/TU", "2.18-QĐ/TW"). Checked in
   * code rather than with a regex look-behind, which made every pattern ten times slower.
   */
  private static final IntPredicate GLUED_TO_NUMBER =
      c -> Character.isDigit(c) || "/.-‐‑–—−".indexOf(c) >= 0;

  private static final Pattern PARTY =
      Pattern.compile(
          "(\\d{1,4})"
              + SP
              + HY
              + SP
              + "("
              + L
              + "{1,4})"
              + SP
              + "/"
              + SP
              + "("
              + L
              + "{2,10})(?!\\p{N})");

  private static final Pattern STATE =
      Pattern.compile(
          "(\\d{1,5})"
              + SP
              + "/"
              + SP
              + "(?:((?:19|20)\\d\\d)"
              + SP
              + "/"
              + SP
              + ")?("
              + L
              + "{1,5})"
              + SP
              + HY
              + SP
              + "("
              + L
              + "{2,10}\\d{0,2})(?![\\p{N}\\p{L}\\p{M}])");

  private static final Pattern ASSEMBLY =
      Pattern.compile(
          "(?i)"
              + "(\\d{1,5})"
              + SP
              + "/"
              + SP
              + "((?:19|20)\\d\\d)"
              + SP
              + "[/‐‑-]"
              + SP
              + "((?:UBTV)?QH\\d{1,2})(?![\\p{N}\\p{L}])");

  /**
   * "Chỉ thị 05 CT/TW": a Party number with a space where the hyphen belongs. Taken only after the
   * type's name ("Chỉ thị", "Nghị quyết số") naming the same type, with the code in capitals: a
   * number and a word pair with a slash ("3 xã/phường", "2 HTX/tổ") are not numbers.
   */
  private static final Pattern PARTY_SPACED =
      Pattern.compile(
          "(\\d{1,4})[ \\u00A0]{1,2}(\\p{Lu}[\\p{L}\\p{M}]{0,3})/(\\p{Lu}{2,10})(?![\\p{N}\\p{L}])");

  private static final String TYPE_NAMES = String.join("|", DirectiveCodes.typeNames());

  /**
   * The part of "Chỉ thị 05 [ngày 15/5/2016] của " from the number on; the body that follows
   * decides the issuer. Tried only where a run of digits starts, because a case-insensitive
   * alternation of type names tried at every position of the text is slow.
   */
  private static final Pattern BARE_TAIL =
      Pattern.compile(
          "(?iu)(\\d{1,4}+(?:\\s{0,3}+(?:,|và|,\\s{0,3}+và)\\s{0,3}+\\d{1,4}+){0,20}+)"
              + "(?!\\p{N}|\\s*[-‐‑–—−/.]\\s*\\p{Alnum}|\\s*,\\s*\\d|\\s+và\\s+\\d)"
              + "(?:\\s*,?\\s*(?:ban hành\\s+)?ngày\\s+(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4}))?"
              + "\\s*,?\\s*(?:của|do)\\s+");

  /** The type name (and "số") that must stand just before the number of the bare form. */
  private static final Pattern BARE_LEAD =
      Pattern.compile("(?iu)(?<![\\p{L}])(" + TYPE_NAMES + ")\\s+(?:số\\s*)?$");

  private static final String U = "(?:ủy|uỷ)";

  /** Issuing bodies named in words, most specific first, with their issuer code. */
  private static final Object[][] BODIES = {
    {"Ban Dân vận Trung ương", "BDVTW"},
    {"Ban Dân vận (?:Tỉnh|Thành) " + U, "BDVTU"},
    {"Ban Dân vận Huyện " + U, "BDVHU"},
    {"Bộ Chính trị", "TW"},
    {"Ban Bí thư", "TW"},
    {"Ban Chấp hành Trung ương", "TW"},
    {"BCH ?(?:Trung ương|TW)", "TW"},
    {"Trung ương", "TW"},
    {"(?:Ban Thường vụ |BTV |Ban Chấp hành Đảng bộ |BCH Đảng bộ )?(?:Tỉnh|Thành) " + U, "TU"},
    {"Ban (?:Chấp hành|Thường vụ) Đảng bộ (?:tỉnh|thành phố)", "TU"},
    {"(?:Ban Thường vụ |BTV )?Huyện " + U, "HU"},
    {"(?:Ban Thường vụ |BTV )?Quận " + U, "QU"},
    {"Đảng " + U + " Khối", "ĐUK"},
    {"Đảng " + U, "ĐU"},
  };

  private static final List<Pattern> BODY_PATTERNS = compileBodies();

  private static final Pattern LIST_LEAD =
      Pattern.compile(
          "(?iu)(?:(?<![\\p{L}])(?:"
              + TYPE_NAMES
              + ")(?:\\s+số)?|(?<![\\p{L}])số|(?<![\\p{L}])các)\\s*:?\\s*$");

  private DirectiveNumberScanner() {}

  /** Every mention in {@code text}, ordered by start, never overlapping; empty for null. */
  static List<DirectiveMention> scan(String text) {
    return scan(text, true);
  }

  /**
   * The same as {@link #scan(String)} with the numbered patterns searched by a plain {@code find}
   * at every offset and no pre-check before the bare form: the reference the pre-filtered scan is
   * tested against. Several times slower.
   */
  static List<DirectiveMention> scanWithoutPrefilter(String text) {
    return scan(text, false);
  }

  private static List<DirectiveMention> scan(String text, boolean prefilter) {
    List<DirectiveMention> found = new ArrayList<>();
    if (text == null || text.isEmpty()) return found;
    int[] starts = prefilter ? numberStarts(text) : null;
    scanParty(text, starts, found);
    scanPartySpaced(text, starts, found);
    scanState(text, starts, found);
    scanAssembly(text, starts, found);
    scanBare(text, prefilter, found);
    found.sort(Comparator.comparingInt(DirectiveMention::start));
    List<DirectiveMention> out = new ArrayList<>();
    int lastEnd = -1;
    for (DirectiveMention m : found) {
      if (m.start() >= lastEnd) {
        out.add(m);
        lastEnd = m.end();
      }
    }
    return out;
  }

  /**
   * Where {@link #PARTY}, {@link #STATE} and {@link #ASSEMBLY} may match: an ASCII digit (their
   * {@code \d}) that does not follow a character of {@link #GLUED_TO_NUMBER}. Digits are rare in
   * prose, so trying the patterns only here instead of at every offset saves most of their cost.
   */
  private static int[] numberStarts(String text) {
    int[] starts = new int[16];
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' && (i == 0 || !GLUED_TO_NUMBER.test(text.charAt(i - 1)))) {
        if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
        starts[count++] = i;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  /**
   * Finds the first match starting at or after {@code from} whose start does not follow a character
   * of {@link #GLUED_TO_NUMBER}; false when there is none. With {@code starts} (from {@link
   * #numberStarts}) the pattern is tried only at those offsets, with transparent bounds so that
   * look-arounds see the whole text: the same match a {@code find} loop gives, since every pattern
   * starts with a digit.
   */
  private static boolean findFrom(Matcher m, String text, int from, int[] starts) {
    if (starts == null) {
      while (from <= text.length() && m.find(from)) {
        if (m.start() == 0 || !GLUED_TO_NUMBER.test(text.charAt(m.start() - 1))) return true;
        from = m.start() + 1;
      }
      return false;
    }
    int k = Arrays.binarySearch(starts, from);
    m.useTransparentBounds(true).useAnchoringBounds(false);
    for (k = k >= 0 ? k : -k - 1; k < starts.length; k++) {
      if (m.region(starts[k], text.length()).lookingAt()) return true;
    }
    return false;
  }

  private static void scanParty(String text, int[] starts, List<DirectiveMention> out) {
    Matcher m = PARTY.matcher(text);
    for (int from = 0; findFrom(m, text, from, starts); ) {
      from = m.end();
      String type = DirectiveCodes.type(m.group(2));
      if (type == null) continue;
      int issuerEnd = m.end(3);
      String issuer = DirectiveCodes.partyIssuer(m.group(3));
      if (issuer == null) {
        issuerEnd = gluedIssuerEnd(text, m.start(3), m.end(3));
        if (issuerEnd < 0) continue;
        issuer = DirectiveCodes.partyIssuer(text.substring(m.start(3), issuerEnd));
      }
      addWithList(text, m.group(1), type, issuer, m.start(), issuerEnd, out);
    }
  }

  private static void scanPartySpaced(String text, int[] starts, List<DirectiveMention> out) {
    Matcher m = PARTY_SPACED.matcher(text);
    for (int from = 0; findFrom(m, text, from, starts); ) {
      from = m.end();
      String type = DirectiveCodes.type(m.group(2));
      String issuer = DirectiveCodes.partyIssuer(m.group(3));
      if (type == null || issuer == null || !type.equals(typeNamedBefore(text, m.start())))
        continue;
      addWithList(text, m.group(1), type, issuer, m.start(), m.end(), out);
    }
  }

  /** "18-CT/TUvề": the longest upper-case issuer prefix that is followed by a lower-case letter. */
  private static int gluedIssuerEnd(String text, int from, int to) {
    for (int k = to - 1; k >= from + 2; k--) {
      String prefix = text.substring(from, k);
      if (!prefix.equals(DirectiveCodes.upper(prefix))) continue;
      if (Character.isLowerCase(text.charAt(k)) && DirectiveCodes.partyIssuer(prefix) != null)
        return k;
    }
    return -1;
  }

  private static void scanState(String text, int[] starts, List<DirectiveMention> out) {
    Matcher m = STATE.matcher(text);
    for (int from = 0; findFrom(m, text, from, starts); ) {
      from = m.end();
      String type = DirectiveCodes.type(m.group(3));
      if (type == null) {
        addOfficialLetter(text, m, out);
        continue;
      }
      String partyIssuer = DirectiveCodes.partyIssuer(m.group(4));
      if (m.group(2) == null && partyIssuer != null && !isStateIssuerWord(m.group(4))) {
        addWithList(text, m.group(1), type, partyIssuer, m.start(), m.end(), out);
        continue;
      }
      String issuer = DirectiveCodes.stateIssuer(m.group(4));
      if (issuer == null || !DirectiveCodes.isStateType(type)) continue;
      String number =
          m.group(1) + "/" + (m.group(2) == null ? "" : m.group(2) + "/") + type + "-" + issuer;
      out.add(
          new DirectiveMention(
              m.start(), m.end(), number, type, issuer, null, null, m.start(), m.end()));
    }
  }

  /**
   * "Công văn số 456/UBND-VX": official letters carry the issuer and the department instead of a
   * type code; they count only after the words "Công văn".
   */
  private static void addOfficialLetter(String text, Matcher m, List<DirectiveMention> out) {
    if (m.group(2) != null || !"CV".equals(typeNamedBefore(text, m.start()))) return;
    String issuer = DirectiveCodes.stateIssuer(m.group(3));
    String department = DirectiveCodes.stateIssuer(m.group(4));
    if (issuer == null || department == null) return;
    String number = m.group(1) + "/" + issuer + "-" + department;
    out.add(
        new DirectiveMention(
            m.start(), m.end(), number, "CV", issuer, null, null, m.start(), m.end()));
  }

  private static boolean isStateIssuerWord(String issuer) {
    String s = DirectiveCodes.upper(issuer);
    return s.contains("UBND") || s.contains("HĐND") || s.contains("HDND");
  }

  private static void scanAssembly(String text, int[] starts, List<DirectiveMention> out) {
    Matcher m = ASSEMBLY.matcher(text);
    for (int from = 0; findFrom(m, text, from, starts); ) {
      from = m.end();
      String issuer = DirectiveCodes.upper(m.group(3));
      String type = typeNamedBefore(text, m.start());
      if (type == null) type = "L";
      String number = m.group(1) + "/" + m.group(2) + "/" + issuer;
      out.add(
          new DirectiveMention(
              m.start(), m.end(), number, type, issuer, null, null, m.start(), m.end()));
    }
  }

  private static final Pattern NAME_BEFORE =
      Pattern.compile("(?iu)(?<![\\p{L}])(" + TYPE_NAMES + ")(?:\\s+số)?\\s*:?\\s*$");

  private static String typeNamedBefore(String text, int at) {
    Matcher m = NAME_BEFORE.matcher(text.substring(Math.max(0, at - 40), at));
    return m.find() ? DirectiveCodes.typeOfName(m.group(1)) : null;
  }

  private static void scanBare(String text, boolean prefilter, List<DirectiveMention> out) {
    Matcher tail = BARE_TAIL.matcher(text);
    for (int at = 0; at < text.length(); at++) {
      if (!Character.isDigit(text.charAt(at)) || at > 0 && Character.isDigit(text.charAt(at - 1))) {
        continue;
      }
      if (prefilter && !mayEndBareLead(text, at)) continue;
      tail.region(at, text.length());
      if (!tail.lookingAt()) continue;
      Matcher lead = BARE_LEAD.matcher(text.substring(Math.max(0, at - 40), at));
      if (!lead.find()) continue;
      int nameStart = at - (lead.regionEnd() - lead.start(1));
      String type = DirectiveCodes.typeOfName(lead.group(1));
      if (type == null || DirectiveCodes.isStateType(type) && !partyTypeToo(type)) continue;
      String issuer = null;
      int bodyEnd = tail.end();
      for (int i = 0; i < BODY_PATTERNS.size() && issuer == null; i++) {
        Matcher b = BODY_PATTERNS.get(i).matcher(text).region(tail.end(), text.length());
        if (b.lookingAt()) {
          issuer = (String) BODIES[i][1];
          bodyEnd = b.end();
        }
      }
      if (issuer == null) continue;
      LocalDate date =
          tail.group(2) == null
              ? null
              : IssueDateReader.date(tail.group(2), tail.group(3), tail.group(4));
      // "Nghị quyết số 26 và 27 của Trung ương": one mention per number, the first spanning the
      // name
      Matcher digits = DIGITS.matcher(text).region(tail.start(1), tail.end(1));
      boolean first = true;
      while (digits.find()) {
        String number = digits.group() + "-" + type + "/" + issuer;
        int start = first ? nameStart : digits.start();
        out.add(
            new DirectiveMention(
                start, digits.end(), number, type, issuer, date, null, nameStart, bodyEnd));
        first = false;
      }
      at = tail.end() - 1;
    }
  }

  private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");

  /** The last letter of every type name and of "số", in both cases. */
  private static final String LEAD_ENDS = leadEnds();

  /**
   * Whether the text before {@code at} can end {@link #BARE_LEAD} ("Chỉ thị ", "Nghị quyết số "):
   * "số" glued to the number, or white space ({@code \s}) after a letter that ends a type name or
   * "số". A cheap test that spares the two regexes for most numbers ("ngày 15", "năm 2020").
   */
  private static boolean mayEndBareLead(String text, int at) {
    if (at == 0) return false;
    char before = text.charAt(at - 1);
    if (before == 'ố' || before == 'Ố') return true;
    int j = at - 1;
    // the lead is searched for in the 40 characters before the number
    while (j >= Math.max(0, at - 40) && isRegexSpace(text.charAt(j))) j--;
    return j < at - 1 && j >= 0 && endsLead(text.charAt(j));
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Whether {@code c} matches a letter of {@link #LEAD_ENDS} case-insensitively, as (?iu) does. */
  private static boolean endsLead(char c) {
    return LEAD_ENDS.indexOf(c) >= 0
        || LEAD_ENDS.indexOf(Character.toLowerCase(c)) >= 0
        || LEAD_ENDS.indexOf(Character.toUpperCase(c)) >= 0
        || LEAD_ENDS.indexOf(Character.toLowerCase(Character.toUpperCase(c))) >= 0;
  }

  private static String leadEnds() {
    StringBuilder ends = new StringBuilder("ốỐ");
    for (String name : DirectiveCodes.typeNames()) {
      char last = name.charAt(name.length() - 1);
      ends.append(last).append(Character.toUpperCase(last)).append(Character.toLowerCase(last));
    }
    return ends.toString();
  }

  /** Party types that share a code with State types (NQ, CT, KH …) may appear in the bare form. */
  private static boolean partyTypeToo(String type) {
    return !type.equals("NĐ") && !type.equals("TTLT") && !type.equals("L");
  }

  /**
   * Adds a Party number and the bare numbers listed before it: "Quyết định số 217, 218-QĐ/TW" gives
   * 217-QĐ/TW and 218-QĐ/TW. A list counts only after a type name, "số" or "các".
   */
  private static void addWithList(
      String text,
      String digits,
      String type,
      String issuer,
      int start,
      int end,
      List<DirectiveMention> out) {
    List<int[]> items = new ArrayList<>();
    int q = start;
    while (true) {
      int k = skipSpacesBack(text, q);
      if (k > 0 && (text.charAt(k - 1) == ',' || text.charAt(k - 1) == ';')) k--;
      else if (k > 2 && text.startsWith("và", k - 2) && Character.isWhitespace(text.charAt(k - 3)))
        k -= 2;
      else break;
      k = skipSpacesBack(text, k);
      int e = k;
      while (k > 0 && Character.isDigit(text.charAt(k - 1))) k--;
      if (e - k < 1 || e - k > 4) break;
      if (k > 0
          && !Character.isWhitespace(text.charAt(k - 1))
          && !Character.isLetter(text.charAt(k - 1))) break;
      items.add(new int[] {k, e});
      q = k;
    }
    int groupStart = start;
    if (!items.isEmpty() && LIST_LEAD.matcher(text.substring(Math.max(0, q - 40), q)).find()) {
      groupStart = items.get(items.size() - 1)[0];
      for (int i = items.size() - 1; i >= 0; i--) {
        int[] it = items.get(i);
        String n = text.substring(it[0], it[1]) + "-" + type + "/" + issuer;
        out.add(new DirectiveMention(it[0], it[1], n, type, issuer, null, null, groupStart, end));
      }
    }
    String number = digits + "-" + type + "/" + issuer;
    out.add(new DirectiveMention(start, end, number, type, issuer, null, null, groupStart, end));
  }

  private static int skipSpacesBack(String text, int k) {
    while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) k--;
    return k;
  }

  private static List<Pattern> compileBodies() {
    List<Pattern> list = new ArrayList<>();
    for (Object[] body : BODIES) {
      list.add(Pattern.compile("(?iu)" + body[0] + "(?![\\p{L}])"));
    }
    return List.copyOf(list);
  }
}
