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
 * byte-order mark first, then the HTTP header and the page's meta charset, then strict UTF-8, then
 * windows-1258 as the legacy Vietnamese fallback. Thread-safe and stateless.
 */
public final class TextDecoder {

  private static final Pattern HEADER_CHARSET =
      Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");

  private TextDecoder() {}

  /**
   * Decodes {@code bytes} to NFC text.
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
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return nfc(new String(bytes, declared));
    }
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) return nfc(utf8);
    return nfc(new String(bytes, Charset.forName("windows-1258")));
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
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
    return null;
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return null;
    }
  }

  /** NFC-normalizes {@code s}; null stays null. */
  public static String nfc(String s) {
    return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
