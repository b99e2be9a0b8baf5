package vn.dva.analysis;

import java.text.Normalizer;

/**
 * Tone marks of precomposed Vietnamese vowels: which base letter and which of the five marks a
 * character carries, and the character for a base letter and a mark. Covers a, e, i, o, u, y and
 * their capitals (plain vowels only: â, ê, ô, ơ, ư, ă are not needed by the callers). Thread-safe.
 */
final class VietnameseLetters {

  /** Combining grave, acute, hook above, tilde, dot below; index + 1 is the tone number. */
  private static final char[] MARKS = {'\u0300', '\u0301', '\u0309', '\u0303', '\u0323'};

  private static final String BASES = "aeiouyAEIOUY";

  /** For each char up to U+1EFF: base letter in the low 16 bits, tone (1-5) above; 0 if none. */
  private static final int[] TONED = new int[0x1F00];

  /** [base index][tone] → char; tone 0 is the base itself. */
  private static final char[][] COMPOSED = new char[BASES.length()][MARKS.length + 1];

  static {
    for (int b = 0; b < BASES.length(); b++) {
      char base = BASES.charAt(b);
      COMPOSED[b][0] = base;
      for (int t = 0; t < MARKS.length; t++) {
        String nfc = Normalizer.normalize("" + base + MARKS[t], Normalizer.Form.NFC);
        if (nfc.length() != 1)
          throw new IllegalStateException("no precomposed form of " + base + " with mark " + t);
        char c = nfc.charAt(0);
        COMPOSED[b][t + 1] = c;
        TONED[c] = base | ((t + 1) << 16);
      }
    }
  }

  private VietnameseLetters() {}

  /** The tone (1-5) carried by {@code c}, or 0 for an untoned or non-covered character. */
  static int tone(char c) {
    return c < TONED.length ? TONED[c] >>> 16 : 0;
  }

  /**
   * The base letter of {@code c} when it is a covered vowel with or without a tone, else {@code c}.
   */
  static char base(char c) {
    if (c < TONED.length && TONED[c] != 0) return (char) (TONED[c] & 0xFFFF);
    return c;
  }

  /** {@code base} (one of aeiouy or a capital) carrying {@code tone} (0-5). */
  static char withTone(char base, int tone) {
    int b = BASES.indexOf(base);
    if (b < 0) throw new IllegalArgumentException("not a plain vowel: '" + base + "'");
    if (tone < 0 || tone > MARKS.length)
      throw new IllegalArgumentException("tone out of range 0-5: " + tone);
    return COMPOSED[b][tone];
  }
}
