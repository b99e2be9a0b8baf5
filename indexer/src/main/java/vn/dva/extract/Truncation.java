package vn.dva.extract;

/**
 * Where to cut a document that is over a limit, so that its first part stays readable: markup is
 * cut before a tag or at a line end, never inside a UTF-8 sequence; text is cut at a line end when
 * one is near, never inside a surrogate pair. Pure and thread-safe.
 */
final class Truncation {

  /** How far before the limit a tag start or line end is looked for. */
  private static final int LOOK_BACK = 64 * 1024;

  private Truncation() {}

  /**
   * The number of leading bytes to keep of {@code bytes} cut at {@code limit}: the last {@code <}
   * or line feed within {@link #LOOK_BACK} bytes before the limit, else the last byte that does not
   * continue a UTF-8 sequence (in 8-bit legacy encodings any cut is between whole characters), else
   * the limit itself. {@code bytes.length} when it is within the limit.
   */
  static int markupCut(byte[] bytes, int limit) {
    if (bytes.length <= limit) return bytes.length;
    int floor = Math.max(1, limit - LOOK_BACK);
    for (int i = limit; i >= floor; i--) {
      if (bytes[i] == '<' || bytes[i] == '\n') return i;
    }
    for (int i = limit; i >= floor; i--) {
      if ((bytes[i] & 0xC0) != 0x80) return i; // not a UTF-8 continuation byte
    }
    return limit;
  }

  /**
   * {@code text} cut to at most {@code maxChars} characters: at the last line end in the final
   * tenth when there is one, else at the limit (one character less when the limit would split a
   * surrogate pair). {@code text} itself when it is within the limit.
   */
  static String text(String text, int maxChars) {
    if (text.length() <= maxChars) return text;
    int cut = maxChars;
    int line = text.lastIndexOf('\n', maxChars);
    if (line >= maxChars - maxChars / 10 && line > 0) {
      cut = line;
    } else if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut).strip();
  }
}
