package vn.dva.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns fetched bytes into NFC text, choosing the charset ourselves rather than trusting jsoup: a
 * byte-order mark first, then UTF-8 when the bytes are mostly well-formed UTF-8 (a statistical
 * decision, see {@link Utf8Evidence}), then the HTTP header and the page's meta charset, the legacy
 * Vietnamese encodings (TCVN3, VNI, windows-1258) when the bytes show them, and windows-1258 as the
 * fallback. Thread-safe and stateless.
 */
public final class TextDecoder {

  private static final Pattern HEADER_CHARSET =
      Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");

  private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

  /** Charsets that legacy font pages declare: their bytes may be TCVN3 or VNI. */
  private static final java.util.Set<String> LATIN =
      java.util.Set.of("ISO-8859-1", "windows-1252", "US-ASCII", "ISO-8859-15");

  private TextDecoder() {}

  /**
   * Decodes {@code bytes} to NFC text: a byte-order mark wins. A charset other than UTF-8, latin-1,
   * windows-1252, ASCII and windows-1258 is used as declared. Otherwise the bytes decide ({@link
   * Utf8Evidence}): valid UTF-8 with multi-byte sequences is UTF-8 whatever the declaration; bytes
   * with more valid UTF-8 sequences than stray bytes (as many, when declared UTF-8 or undeclared)
   * are UTF-8 with each stray byte replaced by U+FFFD; only the rest are 8-bit: windows-1258 when
   * declared, else the legacy Vietnamese font encodings (TCVN3, VNI) or misdeclared windows-1258
   * when the bytes show them ({@link LegacyVietnameseEncodings}), else the declared charset, else
   * windows-1258.
   *
   * @param bytes the raw document, not null
   * @param contentType the HTTP Content-Type header, or null
   * @return the decoded text in NFC, never null
   */
  public static String decode(byte[] bytes, String contentType) {
    if (bytes == null) throw new IllegalArgumentException("bytes must not be null");
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
      return nfc(new String(bytes, skip, bytes.length - skip, bom));
    }
    Charset declared = declaredCharset(bytes, contentType);
    boolean declaredUtf8 = declared != null && declared.equals(StandardCharsets.UTF_8);
    boolean eightBit =
        declared == null
            || declaredUtf8
            || declared.equals(WINDOWS_1258)
            || LATIN.contains(declared.name());
    if (!eightBit) return nfc(new String(bytes, declared));
    // which of UTF-8 and the 8-bit encodings the bytes are is a matter of statistics, with the
    // declaration as a tie-breaker only: servers send default charsets, editors paste stray bytes
    Utf8Evidence utf8 = Utf8Evidence.of(bytes);
    if (utf8.allValid() && (utf8.valid() > 0 || declared == null || declaredUtf8)) {
      return nfc(new String(bytes, StandardCharsets.UTF_8));
    }
    if (utf8.mostlyUtf8(declared == null || declaredUtf8)) return nfc(lenientUtf8(bytes));
    if (declared != null && declared.equals(WINDOWS_1258)) {
      return nfc(new String(bytes, declared));
    }
    String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
    LegacyVietnameseEncodings.Encoding legacy = LegacyVietnameseEncodings.detect(latin1);
    if (legacy != null) return nfc(LegacyVietnameseEncodings.toUnicode(latin1, legacy));
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return nfc(new String(bytes, declared));
    }
    return nfc(new String(bytes, WINDOWS_1258));
  }

  /**
   * Repairs text another reader decoded as latin-1 or windows-1252 from a legacy Vietnamese font
   * (TCVN3, VNI), e.g. a Word file in {@code .VnTime}, and returns it in NFC. Text that is not
   * legacy comes back NFC-normalized and otherwise unchanged; null stays null.
   */
  public static String repairLegacy(String text) {
    return nfc(LegacyVietnameseEncodings.repair(text));
  }

  /** The charset named by the header or, failing that, by a meta tag in the first 64 KiB. */
  static Charset declaredCharset(byte[] bytes, String contentType) {
    Charset fromHeader = contentType == null ? null : named(HEADER_CHARSET.matcher(contentType));
    String head = new String(bytes, 0, Math.min(bytes.length, 65536), StandardCharsets.ISO_8859_1);
    Charset fromMeta = named(META_CHARSET.matcher(head));
    return fromHeader != null ? fromHeader : fromMeta;
  }

  private static Charset named(Matcher m) {
    if (!m.find()) return null;
    String name = m.group(1).toLowerCase(Locale.ROOT);
    try {
      return Charset.forName(name);
    } catch (RuntimeException unknownOrIllegal) {
      return null;
    }
  }

  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
      return StandardCharsets.UTF_16BE;
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
      return StandardCharsets.UTF_16LE;
    return null;
  }

  /**
   * UTF-8 with each ill-formed subsequence replaced by U+FFFD (as the Unicode standard advises).
   */
  private static String lenientUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException cannotHappen) {
      throw new IllegalStateException(cannotHappen);
    }
  }

  /** NFC-normalizes {@code s}; null stays null. */
  public static String nfc(String s) {
    return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
