package vn.dva.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The MinHash signature of one text and its number of distinct shingles, with the similarity
 * estimates made from two of them. Immutable.
 *
 * @param mins the minimum hash per hash function, {@link MinHasher#HASHES} of them
 * @param shingles distinct shingles in the text
 */
public record Signature(int[] mins, int shingles) {

  public Signature {
    if (mins.length != MinHasher.HASHES)
      throw new IllegalArgumentException(
          "a signature has " + MinHasher.HASHES + " slots, got " + mins.length);
    mins = mins.clone();
  }

  /** Estimated Jaccard similarity of the two shingle sets: the share of equal slots. */
  public double jaccard(Signature other) {
    int same = 0;
    for (int i = 0; i < mins.length; i++) if (mins[i] == other.mins[i]) same++;
    return same / (double) mins.length;
  }

  /**
   * {@link #jaccard}, or -1 as soon as fewer than {@code least} slots can still be equal: a
   * candidate far from a near-duplicate is rejected before all slots are compared.
   */
  public double jaccardOfAtLeast(Signature other, int least) {
    int same = 0;
    for (int i = 0; i < mins.length; i++) {
      if (mins[i] == other.mins[i]) same++;
      else if (same + (mins.length - 1 - i) < least) return -1;
    }
    return same / (double) mins.length;
  }

  /**
   * Estimated share of the smaller text's shingles found in the larger one (the overlap
   * coefficient), from the Jaccard estimate and the two set sizes: |A∩B| = J(|A|+|B|)/(1+J). A copy
   * with a cut lead or an added footer keeps this near 1 where its Jaccard similarity drops.
   */
  public double overlap(Signature other) {
    return overlap(other, jaccard(other));
  }

  /** As {@link #overlap(Signature)}, from the {@code jaccard} estimate already taken. */
  public double overlap(Signature other, double jaccard) {
    double j = jaccard;
    double common = j * (shingles + other.shingles) / (1 + j);
    return Math.min(1.0, common / Math.min(shingles, other.shingles));
  }

  /** The signature as bytes, for a stored field. */
  public byte[] toBytes() {
    ByteBuffer b = ByteBuffer.allocate(4 * (mins.length + 1));
    b.putInt(shingles);
    for (int m : mins) b.putInt(m);
    return b.array();
  }

  /** The signature {@link #toBytes()} wrote. */
  public static Signature fromBytes(byte[] bytes, int offset, int length) {
    ByteBuffer b = ByteBuffer.wrap(bytes, offset, length);
    int shingles = b.getInt();
    int[] mins = new int[(length - 4) / 4];
    for (int i = 0; i < mins.length; i++) mins[i] = b.getInt();
    return new Signature(mins, shingles);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature s && s.shingles == shingles && Arrays.equals(s.mins, mins);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(mins) + shingles;
  }

  @Override
  public String toString() {
    return "Signature[shingles=" + shingles + "]";
  }
}
