package vn.dva.extract;

import java.text.Normalizer;

/**
 * VNI (the {@code VNI-Times} fonts), the 8-bit Vietnamese encoding that writes a letter as an ASCII
 * vowel followed by a mark drawn by a latin-1 character: {@code aù} = á, {@code eä} = ệ, {@code aê}
 * = ă, {@code ô} = ơ, {@code ö} = ư, {@code ñ} = đ; the toned i and ỵ are single characters ({@code
 * æ} = ỉ, {@code ò} = ị). A latin-1 reader shows {@code Ñaûng}, {@code nhaân daân}, {@code Chæ
 * thò}. Thread-safe.
 */
final class VniEncoding {

  private static final char GRAVE = '\u0300';
  private static final char ACUTE = '\u0301';
  private static final char TILDE = '\u0303';
  private static final char HOOK = '\u0309';
  private static final char DOT = '\u0323';
  private static final char CIRCUMFLEX = '\u0302';
  private static final char BREVE = '\u0306';
  private static final char HORN = '\u031B';

  /** Tone marks after any vowel: ù ø û õ ï. */
  private static final String TONE_KEYS = "ùøûõï";

  private static final char[] TONES = {ACUTE, GRAVE, HOOK, TILDE, DOT};

  /** Circumflex (plain or with a tone) after a, e, o: â á à å ã ä. */
  private static final String CIRCUMFLEX_KEYS = "âáàåãä";

  /** Breve (plain or with a tone) after a: ê é è ú ü ë. */
  private static final String BREVE_KEYS = "êéèúüë";

  private static final char[] WITH = {0, ACUTE, GRAVE, HOOK, TILDE, DOT};

  /** Single characters: đ, ơ, ư, the toned i and ỵ, lower case (capitals by case mapping). */
  private static final String SINGLE_FROM = "ñôöæóòî";

  private static final String SINGLE_TO = "đơưỉĩịỵ";

  private VniEncoding() {}

  /** Converts text whose chars are VNI bytes (as latin-1 reads them) to NFC Unicode. */
  static String toUnicode(CharSequence latin1) {
    StringBuilder out = new StringBuilder(latin1.length());
    int i = 0;
    while (i < latin1.length()) {
      char c = latin1.charAt(i);
      StringBuilder letter = new StringBuilder(3);
      int single = SINGLE_FROM.indexOf(Character.toLowerCase(c));
      char lower = Character.toLowerCase(c);
      if (single >= 0) {
        char u = SINGLE_TO.charAt(single);
        letter.append(Character.isUpperCase(c) ? Character.toUpperCase(u) : u);
      } else if ("aeouy".indexOf(lower) >= 0) {
        letter.append(c);
      } else {
        out.append(c);
        i++;
        continue;
      }
      i++;
      char mark = i < latin1.length() ? Character.toLowerCase(latin1.charAt(i)) : 0;
      boolean plainVowel = single < 0;
      int k;
      if ((k = TONE_KEYS.indexOf(mark)) >= 0 && (plainVowel || lower == 'ô' || lower == 'ö')) {
        letter.append(TONES[k]);
        i++;
      } else if (plainVowel
          && "aeo".indexOf(lower) >= 0
          && (k = CIRCUMFLEX_KEYS.indexOf(mark)) >= 0) {
        letter.append(CIRCUMFLEX);
        if (WITH[k] != 0) letter.append(WITH[k]);
        i++;
      } else if (plainVowel && lower == 'a' && (k = BREVE_KEYS.indexOf(mark)) >= 0) {
        letter.append(BREVE);
        if (WITH[k] != 0) letter.append(WITH[k]);
        i++;
      }
      out.append(Normalizer.normalize(letter, Normalizer.Form.NFC));
    }
    return out.toString();
  }

  /**
   * How strongly {@code latin1} looks like VNI: ASCII vowels followed by a VNI mark ({@code aø},
   * {@code eä}, {@code aê}), {@code ô} and {@code ö} followed by a tone mark, {@code ñ} before a
   * letter and the toned i {@code æ}, {@code ò}, {@code î} after a consonant, counted.
   */
  static int evidence(CharSequence latin1) {
    int hits = 0;
    for (int i = 0; i + 1 < latin1.length(); i++) {
      char c = Character.toLowerCase(latin1.charAt(i));
      char mark = Character.toLowerCase(latin1.charAt(i + 1));
      boolean toned = TONE_KEYS.indexOf(mark) >= 0 && "aeouyôö".indexOf(c) >= 0;
      boolean hatted = CIRCUMFLEX_KEYS.indexOf(mark) >= 0 && "aeo".indexOf(c) >= 0;
      boolean breve = BREVE_KEYS.indexOf(mark) >= 0 && c == 'a';
      boolean stroke = c == 'ñ' && Tcvn3Encoding.isAsciiLetter(latin1, i + 1);
      boolean toneOfI =
          "æòî".indexOf(latin1.charAt(i + 1)) >= 0 && "bcdghklmnpqrstvx".indexOf(c) >= 0;
      if (toned || hatted || breve || stroke || toneOfI) hits++;
    }
    return hits;
  }
}
