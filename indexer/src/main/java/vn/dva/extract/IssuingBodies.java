package vn.dva.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of the bodies that issue directives, as citations write them ("Ban Chấp hành Trung ương
 * Đảng (khóa XI)", "BCHTW", "Hội nghị Trung ương 7", "BTV Tỉnh ủy", "UBND tỉnh Lạng Sơn"), read
 * into one name per body: {@code Ban Chấp hành Trung ương Đảng}, {@code Ban Thường vụ Tỉnh ủy Lạng
 * Sơn}, {@code Ủy ban nhân dân tỉnh Lạng Sơn}. Stateless and thread-safe.
 */
final class IssuingBodies {

  /** A body found at the start of a text. */
  record Found(String name, int end) {}

  /**
   * Spellings and the name they stand for, most specific first ("Ban Thường vụ Tỉnh ủy" before
   * "Tỉnh ủy", "Thủ tướng Chính phủ" before "Chính phủ"). A name ending in a space takes the
   * province: the one written next, else the document's.
   */
  private static final String[][] BODIES = {
    {
      "(?:hội nghị\\s+(?:lần thứ\\s+\\S+\\s+)?)?(?:ban chấp hành|bch)\\s*(?:trung ương|tw)(?:\\s+đảng)?"
          + "|bchtw|bchtư|hội nghị\\s+(?:lần thứ\\s+\\S+\\s+)?trung ương(?:\\s+\\d{1,2}|\\s+lần thứ\\s+\\S+)?(?:\\s+đảng)?",
      "Ban Chấp hành Trung ương Đảng"
    },
    {"bộ chính trị|bct(?=\\s|,|$)", "Bộ Chính trị"},
    {"ban bí thư(?:\\s+trung ương(?:\\s+đảng)?)?", "Ban Bí thư"},
    {"ban dân vận\\s+(?:trung ương|tw)(?:\\s+đảng)?|ban dân vận tw", "Ban Dân vận Trung ương"},
    {"ban tuyên giáo\\s+(?:trung ương|tw)", "Ban Tuyên giáo Trung ương"},
    {"ban tổ chức\\s+(?:trung ương|tw)", "Ban Tổ chức Trung ương"},
    {"ban dân vận\\s+tỉnh ủy", "Ban Dân vận Tỉnh ủy "},
    {"(?:ban thường vụ|btv)\\s+tỉnh ủy", "Ban Thường vụ Tỉnh ủy "},
    {"(?:ban thường vụ|btv)\\s+thành ủy", "Ban Thường vụ Thành ủy "},
    {"(?:ban chấp hành|bch)\\s+đảng bộ\\s+(?:tỉnh|thành phố)", "Ban Chấp hành Đảng bộ tỉnh "},
    {"(?:ban thường vụ|btv)\\s+huyện ủy", "Ban Thường vụ Huyện ủy"},
    {"tỉnh ủy", "Tỉnh ủy "},
    {"thành ủy", "Thành ủy "},
    {"huyện ủy", "Huyện ủy"},
    {"(?:ủy ban nhân dân|ubnd)\\s+(?:tỉnh|thành phố)", "Ủy ban nhân dân tỉnh "},
    {"(?:hội đồng nhân dân|hđnd)\\s+(?:tỉnh|thành phố)", "Hội đồng nhân dân tỉnh "},
    {"ủy ban thường vụ quốc hội|ubtvqh", "Ủy ban Thường vụ Quốc hội"},
    {"quốc hội", "Quốc hội"},
    {"thủ tướng(?:\\s+chính phủ)?", "Thủ tướng Chính phủ"},
    {"chính phủ", "Chính phủ"},
  };

  private static final Pattern[] PATTERNS = new Pattern[BODIES.length];

  static {
    for (int i = 0; i < BODIES.length; i++) {
      PATTERNS[i] = Pattern.compile("(?:" + BODIES[i][0] + ")(?![\\p{L}\\p{N}])");
    }
  }

  /** "(khóa XI)", ", khóa X" after a central body: part of the body's words, not of the name. */
  private static final Pattern TERM_TAIL =
      Pattern.compile("(?iu)\\s*,?\\s*\\(?\\s*kh(?:óa|oá)\\s+[IVXL]{1,6}\\s*\\)?");

  private IssuingBodies() {}

  /**
   * The body named at {@code from} in {@code text}, or null.
   *
   * @param folded {@link #lowerWithNewTones} of {@code text}
   * @param province the document's province, appended to provincial bodies when the text names none
   *     right after the body; may be null
   */
  static Found at(String text, String folded, int from, String province) {
    for (int i = 0; i < PATTERNS.length; i++) {
      Matcher m = PATTERNS[i].matcher(folded).region(from, text.length());
      if (!m.lookingAt()) continue;
      String name = BODIES[i][1];
      int end = m.end();
      if (name.endsWith(" ")) {
        String written = provinceAt(text, end);
        String p = written != null ? written : province;
        if (written != null) end = skipProvince(text, end);
        name = p == null ? name.strip() : name + Provinces.canonical(p).orElse(p);
      }
      Matcher term = TERM_TAIL.matcher(text).region(end, text.length());
      if (term.lookingAt()) end = term.end();
      return new Found(name, end);
    }
    return null;
  }

  /** Lower case with "uỷ" written "ủy", offsets unchanged (both are two chars). */
  static String lowerWithNewTones(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = Character.toLowerCase(text.charAt(i));
      out[i] = c == 'ð' ? 'đ' : c;
    }
    for (int i = 0; i + 1 < out.length; i++) {
      if (out[i] == 'u' && out[i + 1] == 'ỷ') {
        out[i] = 'ủ';
        out[i + 1] = 'y';
      }
    }
    return new String(out);
  }

  private static String provinceAt(String text, int from) {
    int i = skipSpaces(text, from);
    String best = null;
    for (String spelling : Provinces.spellings()) {
      if (text.regionMatches(i, spelling, 0, spelling.length())
          && (i + spelling.length() == text.length()
              || !Character.isLetterOrDigit(text.charAt(i + spelling.length())))
          && (best == null || spelling.length() > best.length())) {
        best = spelling;
      }
    }
    return best == null ? null : Provinces.canonical(best).orElse(best);
  }

  private static int skipProvince(String text, int from) {
    int i = skipSpaces(text, from);
    int best = from;
    for (String spelling : Provinces.spellings()) {
      if (text.regionMatches(i, spelling, 0, spelling.length())) {
        best = Math.max(best, i + spelling.length());
      }
    }
    return best;
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
    return i;
  }
}
