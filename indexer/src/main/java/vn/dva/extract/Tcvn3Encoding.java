package vn.dva.extract;

/**
 * TCVN3 (ABC, TCVN 5712 VN3), the 8-bit Vietnamese encoding of the {@code .VnTime} fonts:
 * lower-case letters with their tone marks take the bytes 0xA1–0xFE, which a latin-1 or
 * windows-1252 reader shows as {@code Ban D©n vËn TØnh ñy}. Capitals with tone marks were drawn by
 * separate upper-case fonts from the same bytes, so they come back in lower case. Thread-safe.
 */
final class Tcvn3Encoding {

  /** Unicode for bytes 0xA1–0xFE; a space means the byte keeps its latin-1 meaning. */
  private static final String HIGH =
      "ĂÂÊÔƠƯĐăâêôơưđ      " // A1–AE, then AF–B4 unused
          + "àảãáạ ằẳẵắ" // B5–BE (BA unused)
          + "       ặ" // BF–C6
          + "ầẩẫấậè ẻẽéẹềểễếệìỉ" // C7–D8 (CD unused)
          + "   ĩíịò ỏõóọồổỗốộờởỡớợù ủũúụừửữứựỳỷỹýỵ"; // D9–FE

  private Tcvn3Encoding() {}

  /** The Unicode letter for latin-1 char {@code c} read as TCVN3, or {@code c} itself. */
  static char toUnicode(char c) {
    if (c < 0xA1 || c > 0xFE) return c;
    char u = HIGH.charAt(c - 0xA1);
    return u == ' ' ? c : u;
  }

  /**
   * Converts text whose chars are TCVN3 bytes (as latin-1 reads them) to Unicode, not normalized.
   */
  static String toUnicode(CharSequence latin1) {
    StringBuilder out = new StringBuilder(latin1.length());
    for (int i = 0; i < latin1.length(); i++) out.append(toUnicode(latin1.charAt(i)));
    return out.toString();
  }

  /**
   * How strongly {@code latin1} looks like TCVN3, counting what ordinary latin-1 text almost never
   * has: TCVN3 letters from the symbol range 0xA1–0xBF (©, ª, «, ¬, ­, ®, µ, ¶, ·, ¸, ¹ …) or ×, ÷
   * touching an ASCII letter, and latin-1 capitals inside a lower-case word ({@code vËn}, {@code
   * TØnh}).
   */
  static int evidence(CharSequence latin1) {
    int hits = 0;
    for (int i = 0; i < latin1.length(); i++) {
      char c = latin1.charAt(i);
      if (toUnicode(c) == c) continue;
      boolean symbol = c <= 0xBF || c == 0xD7 || c == 0xF7;
      if (symbol) {
        if (c == 0xAB && isQuote(latin1, i)) continue;
        if (isAsciiLetter(latin1, i - 1) || isAsciiLetter(latin1, i + 1)) hits++;
      } else if (c <= 0xDE
          && (isLower(latin1, i - 1) || isAsciiLetter(latin1, i - 1) && isLower(latin1, i + 1))) {
        hits++;
      }
    }
    return hits;
  }

  /** « followed by a capital and closed by » is a French quote, not TCVN3's ô. */
  private static boolean isQuote(CharSequence s, int i) {
    for (int j = i + 1; j < Math.min(s.length(), i + 200); j++)
      if (s.charAt(j) == 0xBB) return true;
    return false;
  }

  private static boolean isLower(CharSequence s, int i) {
    return i >= 0 && i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z';
  }

  static boolean isAsciiLetter(CharSequence s, int i) {
    if (i < 0 || i >= s.length()) return false;
    char c = s.charAt(i);
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
