package vn.dva.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * MinHash signatures of a text's syllable shingles (runs of {@value #SHINGLE} syllables).
 *
 * <p>Syllables are runs of letters and digits, lower-cased and stripped of tone and vowel marks
 * ({@code đ} as {@code d}), so that a copy re-typed with the old tone placement ({@code hoà}) or
 * converted from a legacy encoding still matches. {@value #HASHES} hash functions (one 64-bit
 * mixing function with as many seeds) give a signature whose share of equal slots estimates the
 * Jaccard similarity of two shingle sets, with a standard error of at most 0.045. Thread-safe and
 * stateless.
 */
public final class MinHasher {

  /** Syllables per shingle: three make common phrases of the domain rare enough. */
  public static final int SHINGLE = 3;

  /** Slots in a signature: {@link LshBands#BANDS} bands of {@link LshBands#ROWS} rows. */
  public static final int HASHES = LshBands.BANDS * LshBands.ROWS;

  /** Texts with fewer shingles than this get no signature: too short to call copies. */
  public static final int MIN_SHINGLES = 25;

  private static final long[] SEEDS = new long[HASHES];

  static {
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) SEEDS[i] = mix(s += 0x9E3779B97F4A7C15L);
  }

  private MinHasher() {}

  /**
   * The signature of {@code text}, or null when it has fewer than {@link #MIN_SHINGLES} distinct
   * shingles.
   */
  public static Signature signature(String text) {
    long[] shingles = shingles(text);
    if (shingles.length < MIN_SHINGLES) return null;
    int[] mins = new int[HASHES];
    Arrays.fill(mins, Integer.MAX_VALUE);
    for (long h : shingles) {
      for (int i = 0; i < HASHES; i++) {
        int v = (int) (mix(h ^ SEEDS[i]) >>> 33);
        if (v < mins[i]) mins[i] = v;
      }
    }
    return new Signature(mins, shingles.length);
  }

  /** The distinct shingle hashes of {@code text}, sorted. */
  static long[] shingles(String text) {
    List<String> syllables = syllables(text);
    if (syllables.size() < SHINGLE) return new long[0];
    long[] out = new long[syllables.size() - SHINGLE + 1];
    for (int i = 0; i < out.length; i++) {
      long h = 0xcbf29ce484222325L; // FNV-1a 64
      for (int j = 0; j < SHINGLE; j++) {
        String s = syllables.get(i + j);
        for (int k = 0; k < s.length(); k++) {
          h ^= s.charAt(k);
          h *= 0x100000001b3L;
        }
        h ^= ' ';
        h *= 0x100000001b3L;
      }
      out[i] = h;
    }
    return Arrays.stream(out).sorted().distinct().toArray();
  }

  /** The folded syllables of {@code text}, in order. */
  static List<String> syllables(String text) {
    String folded =
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replace('đ', 'd')
            .replace('Đ', 'D')
            .toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      boolean word = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
      if (word && start < 0) start = i;
      if (!word && start >= 0) {
        out.add(folded.substring(start, i));
        start = -1;
      }
    }
    return out;
  }

  /** SplitMix64's finaliser: a 64-bit mixing function with good avalanche. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
