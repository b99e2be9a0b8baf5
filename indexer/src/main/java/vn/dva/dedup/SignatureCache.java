package vn.dva.dedup;

import java.util.Arrays;

/**
 * The signatures and ids of at most {@code capacity} documents of one reader, forgotten all at once
 * when full, so that linking a commit of any size holds a bounded number of them (about 0.6 KB
 * each). Keys are document numbers in an open-addressing table of primitive ints. Not thread-safe.
 */
final class SignatureCache {

  /** Marks a cached document that has no signature (text too short). */
  private static final Signature NONE = new Signature(new int[MinHasher.HASHES], 0);

  private final int capacity;
  private final int[] keys;
  private final int[] slots;
  private final Signature[] signatures;
  private final String[] ids;
  private int size;

  /**
   * @param capacity documents held before all are forgotten, 1 or more
   */
  SignatureCache(int capacity) {
    if (capacity < 1)
      throw new IllegalArgumentException("capacity must be 1 or more, got " + capacity);
    this.capacity = capacity;
    int table = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) << 1;
    keys = new int[table];
    slots = new int[table];
    signatures = new Signature[capacity];
    ids = new String[capacity];
    Arrays.fill(keys, -1);
  }

  /** Whether {@code doc} is cached. */
  boolean contains(int doc) {
    return find(doc) >= 0;
  }

  /** The cached signature of {@code doc}, null when it has none; {@code doc} must be cached. */
  Signature signature(int doc) {
    Signature s = signatures[slots[find(doc)]];
    return s == NONE ? null : s;
  }

  /** The cached id of {@code doc}; {@code doc} must be cached. */
  String id(int doc) {
    return ids[slots[find(doc)]];
  }

  /** Caches {@code doc}, forgetting everything first when full. */
  void put(int doc, Signature signature, String id) {
    if (size == capacity) clear();
    int mask = keys.length - 1;
    int i = hash(doc) & mask;
    while (keys[i] != -1 && keys[i] != doc) i = (i + 1) & mask;
    if (keys[i] == -1) {
      keys[i] = doc;
      slots[i] = size++;
    }
    signatures[slots[i]] = signature == null ? NONE : signature;
    ids[slots[i]] = id;
  }

  /** Forgets every document. */
  void clear() {
    Arrays.fill(keys, -1);
    Arrays.fill(signatures, 0, size, null);
    Arrays.fill(ids, 0, size, null);
    size = 0;
  }

  private int find(int doc) {
    int mask = keys.length - 1;
    for (int i = hash(doc) & mask; keys[i] != -1; i = (i + 1) & mask) if (keys[i] == doc) return i;
    return -1;
  }

  private static int hash(int doc) {
    return doc * 0x9E3779B9 ^ (doc >>> 16);
  }
}
