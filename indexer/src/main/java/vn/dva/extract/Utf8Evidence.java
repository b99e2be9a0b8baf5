package vn.dva.extract;

/**
 * How much of a byte sequence reads as UTF-8: the number of well-formed multi-byte sequences and
 * the number of bytes above 0x7F that belong to none (RFC 3629: no overlong forms, no surrogates,
 * nothing above U+10FFFF).
 *
 * <p>It decides between UTF-8 and the legacy 8-bit Vietnamese encodings statistically, not by the
 * first bad byte: text written in TCVN3, VNI or windows-1258 forms a valid UTF-8 sequence only by
 * chance (none of the bundled legacy pages has one; windows-1258 re-encodings of the bundled UTF-8
 * pages have at most 2%), while a UTF-8 page with a few stray bytes (a lone 0xA0 pasted from a
 * windows-1252 editor) still has many valid sequences for each bad byte. Pure and thread-safe.
 *
 * @param valid well-formed multi-byte sequences
 * @param invalid bytes above 0x7F that start or continue no well-formed sequence
 */
record Utf8Evidence(int valid, int invalid) {

  /** Counts the sequences of {@code bytes}. */
  static Utf8Evidence of(byte[] bytes) {
    int valid = 0;
    int invalid = 0;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int length = sequenceLength(bytes, i);
      if (length > 0) {
        valid++;
        i += length;
      } else {
        invalid++;
        i++;
      }
    }
    return new Utf8Evidence(valid, invalid);
  }

  /** Whether every byte is ASCII or part of a well-formed sequence. */
  boolean allValid() {
    return invalid == 0;
  }

  /**
   * Whether the bytes are UTF-8 with some stray bytes rather than a legacy encoding: at least one
   * valid sequence, and more valid sequences than stray bytes; as many when {@code declaredUtf8}
   * (the declaration breaks a tie).
   */
  boolean mostlyUtf8(boolean declaredUtf8) {
    if (valid == 0) return false;
    return declaredUtf8 ? valid >= invalid : valid > invalid;
  }

  /** The length of the well-formed sequence starting at {@code i}, or 0 when there is none. */
  private static int sequenceLength(byte[] b, int i) {
    int lead = b[i] & 0xFF;
    int length;
    int min2 = 0x80;
    int max2 = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) min2 = 0xA0; // overlong
      if (lead == 0xED) max2 = 0x9F; // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) min2 = 0x90; // overlong
      if (lead == 0xF4) max2 = 0x8F; // above U+10FFFF
    } else {
      return 0;
    }
    if (i + length > b.length) return 0;
    int second = b[i + 1] & 0xFF;
    if (second < min2 || second > max2) return 0;
    for (int k = 2; k < length; k++) {
      int c = b[i + k] & 0xFF;
      if (c < 0x80 || c > 0xBF) return 0;
    }
    return length;
  }
}
