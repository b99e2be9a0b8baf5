package vn.dva.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Recognises Vietnamese text typed in the legacy font encodings TCVN3 (ABC, {@code .VnTime}) and
 * VNI ({@code VNI-Times}) and converts it to Unicode. Such pages declare latin-1 or windows-1252
 * (or nothing), so a reader sees {@code Ban D©n vËn} or {@code Ban Daân vaän}. Conversion happens
 * on the raw characters, before any normalization: TCVN3's ư is 0xAD, the soft hyphen, which
 * Unicode processing drops. Windows-1258 is recognised too when a page declares latin-1 but writes
 * tone marks as windows-1258 combining characters (NFC composes them afterwards). Stateless and
 * thread-safe.
 */
public final class LegacyVietnameseEncodings {

  /** A legacy encoding this class converts. */
  public enum Encoding {
    /** TCVN 5712 VN3, the ABC fonts ({@code .VnTime}). */
    TCVN3,
    /** The VNI fonts ({@code VNI-Times}). */
    VNI,
    /** Windows-1258, detected when a page declares latin-1 but holds its combining tone marks. */
    WINDOWS_1258
  }

  private static final Charset CP1258 = Charset.forName("windows-1258");

  /** Windows-1258's combining grave, hook, tilde, acute, dot below, read as latin-1. */
  private static final String CP1258_MARKS = "\u00CC\u00D2\u00DE\u00EC\u00F2";

  /** Vowels as windows-1258 writes them, read as latin-1: a e i o u y, â ê ô, ă ơ ư. */
  private static final String CP1258_VOWELS =
      "aeiouyAEIOUY\u00E2\u00EA\u00F4\u00C2\u00CA\u00D4\u00E3\u00C3\u00F5\u00D5\u00FD\u00DD";

  /** At least this many hits, and one per this many words, before text counts as legacy. */
  private static final int MIN_HITS = 2;

  private static final int WORDS_PER_HIT = 12;

  private LegacyVietnameseEncodings() {}

  /**
   * The legacy encoding {@code latin1} is written in, or null when it looks like ordinary text.
   *
   * @param latin1 text whose chars are the document's bytes (ISO-8859-1 decoding), not null
   */
  public static Encoding detect(CharSequence latin1) {
    if (latin1 == null) throw new IllegalArgumentException("text must not be null");
    int tcvn3 = Tcvn3Encoding.evidence(latin1);
    int vni = VniEncoding.evidence(latin1);
    int cp1258 = cp1258Evidence(latin1);
    int needed = Math.max(MIN_HITS, words(latin1) / WORDS_PER_HIT);
    int best = Math.max(tcvn3, Math.max(vni, cp1258));
    if (best < needed) return null;
    if (best == tcvn3) return Encoding.TCVN3;
    return best == vni ? Encoding.VNI : Encoding.WINDOWS_1258;
  }

  /**
   * Converts {@code latin1} from {@code encoding} to Unicode (not yet normalized; NFC it after).
   *
   * @param latin1 text whose chars are the document's bytes, not null
   * @param encoding the encoding to read it as, not null
   */
  public static String toUnicode(CharSequence latin1, Encoding encoding) {
    if (latin1 == null) throw new IllegalArgumentException("text must not be null");
    if (encoding == null) throw new IllegalArgumentException("encoding must not be null");
    return switch (encoding) {
      case TCVN3 -> Tcvn3Encoding.toUnicode(latin1);
      case VNI -> VniEncoding.toUnicode(latin1);
      case WINDOWS_1258 ->
          new String(latin1.toString().getBytes(StandardCharsets.ISO_8859_1), CP1258);
    };
  }

  /**
   * Repairs text that was already decoded as latin-1 or windows-1252 from TCVN3 or VNI bytes (a
   * Word file in {@code .VnTime}, a page decoded by someone else). Text holding any character those
   * charsets cannot produce (real Vietnamese letters, CJK…) is returned unchanged, as is text
   * without legacy evidence. Null stays null. The result is not normalized.
   */
  public static String repair(String text) {
    if (text == null || text.isEmpty()) return text;
    String bytes = asLatin1(text);
    if (bytes == null) return text;
    Encoding encoding = detect(bytes);
    return encoding == null ? text : windows1252Punctuation(toUnicode(bytes, encoding));
  }

  /**
   * Gives back the windows-1252 punctuation (… “ ” – €) that the byte round trip turned into C1
   * controls.
   */
  private static String windows1252Punctuation(String converted) {
    Charset cp1252 = Charset.forName("windows-1252");
    StringBuilder out = new StringBuilder(converted.length());
    for (int i = 0; i < converted.length(); i++) {
      char c = converted.charAt(i);
      out.append(
          c >= 0x80 && c <= 0x9F ? new String(new byte[] {(byte) c}, cp1252) : String.valueOf(c));
    }
    return out.toString();
  }

  /** The text's windows-1252 bytes read back as latin-1, or null when a char has no such byte. */
  private static String asLatin1(String text) {
    boolean plain = true;
    for (int i = 0; i < text.length() && plain; i++) plain = text.charAt(i) <= 0xFF;
    if (plain) return text;
    CharsetEncoder cp1252 =
        Charset.forName("windows-1252")
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= 0xFF) {
        out.append(c);
        continue;
      }
      try {
        ByteBuffer b = cp1252.encode(CharBuffer.wrap(new char[] {c}));
        out.append((char) (b.get() & 0xFF));
      } catch (CharacterCodingException notCp1252) {
        return null;
      }
    }
    return out.toString();
  }

  /** Vowels followed by a windows-1258 combining tone mark. */
  private static int cp1258Evidence(CharSequence latin1) {
    int hits = 0;
    for (int i = 1; i < latin1.length(); i++) {
      if (CP1258_MARKS.indexOf(latin1.charAt(i)) >= 0
          && CP1258_VOWELS.indexOf(latin1.charAt(i - 1)) >= 0) hits++;
    }
    return hits;
  }

  private static int words(CharSequence s) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !inWord) words++;
      inWord = !space;
    }
    return words;
  }
}
