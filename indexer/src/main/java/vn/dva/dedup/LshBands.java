package vn.dva.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Locality-sensitive hashing of signatures: {@value #BANDS} bands of {@value #ROWS} slots each,
 * every band one index term. Two texts share a term when one band is equal in both, which happens
 * with probability 1 − (1 − J³)^42 at Jaccard similarity J: 0.68 at J = 0.3, 0.94 at 0.4 and over
 * 0.99 from 0.5, while texts of different stories (J under 0.05) share one in under 0.6% of pairs.
 * Candidates found this way are then checked on the whole signature.
 */
public final class LshBands {

  /** Bands per signature. */
  public static final int BANDS = 42;

  /** Slots per band. */
  public static final int ROWS = 3;

  private LshBands() {}

  /** The band terms of {@code s}: band number and a hash of its slots, e.g. {@code 07:1k3f…}. */
  public static List<String> terms(Signature s) {
    List<String> out = new ArrayList<>(BANDS);
    int[] m = s.mins();
    for (int b = 0; b < BANDS; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) h = MinHasher.mix(h * 31 + m[b * ROWS + r]);
      out.add((b < 10 ? "0" : "") + b + ":" + Long.toUnsignedString(h, 36));
    }
    return out;
  }
}
