package vn.dva.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Makes the old and new tone-mark placements one term by moving the mark of a syllable ending in
 * {@code oa}, {@code oe} or {@code uy} onto the first vowel: {@code hoà} → {@code hòa}, {@code
 * khoẻ} → {@code khỏe}, {@code thuỷ} → {@code thủy}, {@code uý} → {@code úy}, capitals alike. Only
 * open syllables are touched, where the placement is a style choice: {@code hoàng}, {@code thuyền},
 * {@code ngoài} and {@code quý} ({@code qu} is the onset) stay as they are. Expects NFC input.
 */
public final class TonePlacementFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  /**
   * @param input the stream to normalize, not null
   */
  public TonePlacementFilter(TokenStream input) {
    super(requireInput(input));
  }

  static TokenStream requireInput(TokenStream input) {
    if (input == null) throw new IllegalArgumentException("input token stream must not be null");
    return input;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    normalize(termAtt.buffer(), termAtt.length());
    return true;
  }

  /** Moves the mark in place; the length never changes. Visible for the analyzer's normalize(). */
  static void normalize(char[] term, int length) {
    if (length < 2) return;
    char first = term[length - 2];
    char second = term[length - 1];
    int tone = VietnameseLetters.tone(second);
    if (tone == 0 || VietnameseLetters.tone(first) != 0) return;
    char b1 = Character.toLowerCase(VietnameseLetters.base(first));
    char b2 = Character.toLowerCase(VietnameseLetters.base(second));
    boolean styleChoice = b1 == 'o' && (b2 == 'a' || b2 == 'e') || b1 == 'u' && b2 == 'y';
    if (!styleChoice) return;
    if (b1 == 'u' && length >= 3 && Character.toLowerCase(term[length - 3]) == 'q') return;
    if (length >= 3 && isVowel(term[length - 3])) return;
    term[length - 2] = VietnameseLetters.withTone(first, tone);
    term[length - 1] = VietnameseLetters.base(second);
  }

  private static boolean isVowel(char c) {
    return "aăâeêioôơuưy".indexOf(Character.toLowerCase(VietnameseLetters.base(c))) >= 0;
  }
}
