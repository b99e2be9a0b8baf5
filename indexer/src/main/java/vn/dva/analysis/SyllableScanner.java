package vn.dva.analysis;

import java.util.Arrays;

/**
 * Word segments of text made only of Latin and Vietnamese letters, ASCII digits, ASCII punctuation,
 * typographic quotes and dashes and ordinary white space, found without ICU: the same segments as
 * ICU's root word break iterator gives a word status (checked against it in the tests), from the
 * Unicode word-break rules that apply to those characters. Letters, digits and {@code _} join;
 * {@code .}, {@code '} and {@code :} join two letters; {@code .}, {@code '}, {@code ,} and {@code
 * ;} join two digits; everything else in the set separates. Any other character (combining marks,
 * other scripts, emoji, non-ASCII punctuation or spaces) makes {@link #scan} give up, and the
 * caller uses ICU. Not thread-safe; reuse one per tokenizer.
 */
final class SyllableScanner {

  private static final byte UNSAFE = 0;
  private static final byte SEPARATOR = 1;
  private static final byte LETTER = 2;
  private static final byte DIGIT = 3;
  private static final byte UNDERSCORE = 4;
  private static final byte POINT = 5; // '.', '\'', '‘', '’': between letters or between digits
  private static final byte COMMA = 6; // ',' and ';': between digits only
  private static final byte COLON = 7; // ':': between letters only

  /** Class of each char below U+2030; higher chars are unsafe. */
  private static final byte[] CLASS = new byte[0x2030];

  static {
    for (char c : " \t\n\r!\"#$%&()*+-/<=>?@[\\]^`{|}~".toCharArray()) CLASS[c] = SEPARATOR;
    for (char c = 'a'; c <= 'z'; c++) CLASS[c] = CLASS[Character.toUpperCase(c)] = LETTER;
    for (char c = '0'; c <= '9'; c++) CLASS[c] = DIGIT;
    CLASS['_'] = UNDERSCORE;
    // typographic punctuation common in news text: quotes, dashes, ellipsis, no-break space, ² (m²)
    for (char c : "\u00A0\u00AB\u00B2\u00BB\u2013\u2014\u201C\u201D\u2026".toCharArray())
      CLASS[c] = SEPARATOR;
    CLASS['.'] = CLASS['\''] = CLASS['\u2018'] = CLASS['\u2019'] = POINT;
    CLASS[','] = CLASS[';'] = COMMA;
    CLASS[':'] = COLON;
    for (char c = '\u00C0'; c <= '\u00FF'; c++)
      if (c != '\u00D7' && c != '\u00F7') CLASS[c] = LETTER;
    for (char c : "ăĂđĐĩĨũŨơƠưƯ".toCharArray()) CLASS[c] = LETTER;
    for (char c = '\u1EA0'; c <= '\u1EF9'; c++) CLASS[c] = LETTER;
  }

  /** Segment i is [bounds[2i], bounds[2i+1]). */
  private int[] bounds = new int[128];

  private int count;

  /**
   * Splits {@code text} into word segments (runs holding a letter, digit or {@code _}).
   *
   * @return false when the text holds a character outside the known set; the segments are then
   *     undefined
   */
  boolean scan(String text) {
    count = 0;
    int length = text.length();
    int i = 0;
    while (i < length) {
      byte type = classOf(text.charAt(i));
      if (type == UNSAFE) return false;
      if (type != LETTER && type != DIGIT && type != UNDERSCORE) {
        i++;
        continue;
      }
      int start = i;
      byte previous = type;
      i++;
      while (i < length) {
        byte t = classOf(text.charAt(i));
        if (t == LETTER || t == DIGIT || t == UNDERSCORE) {
          previous = t;
          i++;
        } else if (t >= POINT && i + 1 < length) {
          byte after = classOf(text.charAt(i + 1));
          boolean joins =
              t != COLON && previous == DIGIT && after == DIGIT
                  || t != COMMA && previous == LETTER && after == LETTER;
          if (!joins) break;
          i += 2;
        } else {
          break;
        }
      }
      add(start, i);
    }
    return true;
  }

  /** Number of segments found by the last {@link #scan}. */
  int count() {
    return count;
  }

  int start(int segment) {
    return bounds[2 * segment];
  }

  int end(int segment) {
    return bounds[2 * segment + 1];
  }

  private static byte classOf(char c) {
    return c < CLASS.length ? CLASS[c] : UNSAFE;
  }

  private void add(int start, int end) {
    if (2 * count + 2 > bounds.length) bounds = Arrays.copyOf(bounds, bounds.length * 2);
    bounds[2 * count] = start;
    bounds[2 * count + 1] = end;
    count++;
  }
}
