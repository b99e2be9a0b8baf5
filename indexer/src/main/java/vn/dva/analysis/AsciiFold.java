package vn.dva.analysis;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * {@link ASCIIFoldingFilter#foldToASCII} as a lookup table built once from it, so the folding is
 * the same char for char. The Lucene method is one switch of some thousand cases, too large for the
 * JIT to compile (HotSpot's huge-method limit), so it runs interpreted: it was 3% of all indexing
 * samples. Thread-safe; the table takes about 200 kB.
 */
public final class AsciiFold {

  /** For each char from U+0080: the one char it folds to, or {@link #MULTI} when it needs more. */
  private static final char[] SINGLE = new char[0x10000];

  /** Marks a char whose fold is longer than one char (or empty), found in {@link #LONG}. */
  private static final char MULTI = '\uFFFF';

  private static final char[][] LONG = new char[0x10000][];

  static {
    char[] in = new char[1];
    char[] out = new char[8];
    for (int c = 0; c < 0x10000; c++) {
      in[0] = (char) c;
      int n = c < 0x80 ? 1 : ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, 1);
      if (c < 0x80) out[0] = (char) c;
      if (n == 1 && out[0] != MULTI) SINGLE[c] = out[0];
      else {
        SINGLE[c] = MULTI;
        LONG[c] = java.util.Arrays.copyOf(out, n);
      }
    }
  }

  private AsciiFold() {}

  /** Whether folding {@code term[0..length)} changes it. */
  static boolean changes(char[] term, int length) {
    for (int i = 0; i < length; i++) {
      char c = term[i];
      if (c >= 0x80 && SINGLE[c] != c) return true;
    }
    return false;
  }

  /**
   * {@code s} folded (for a query's words; analysis folds terms in place with the method below).
   */
  public static String fold(String s) {
    char[] in = s.toCharArray();
    if (!changes(in, in.length)) return s;
    char[] out = new char[4 * in.length];
    return new String(out, 0, fold(in, in.length, out));
  }

  /**
   * Folds {@code term[0..length)} into {@code out}, which must hold {@code 4 * length} chars.
   *
   * @return the length of the folded form
   */
  static int fold(char[] term, int length, char[] out) {
    int n = 0;
    for (int i = 0; i < length; i++) {
      char c = term[i];
      char f = SINGLE[c];
      if (f != MULTI) out[n++] = f;
      else {
        char[] many = LONG[c];
        System.arraycopy(many, 0, out, n, many.length);
        n += many.length;
      }
    }
    return n;
  }
}
