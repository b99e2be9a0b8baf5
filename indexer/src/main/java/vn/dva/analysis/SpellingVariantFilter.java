package vn.dva.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Makes the two accepted spellings of a final {@code i}/{@code y} one term, writing {@code y}:
 * {@code kĩ} → {@code kỹ}, {@code lí} → {@code lý}, {@code mĩ} → {@code mỹ}, {@code sĩ} → {@code
 * sỹ}, {@code qui} → {@code quy}, {@code hi} → {@code hy}, {@code ti} → {@code ty}, tone kept. Only
 * the syllables where Vietnamese allows both are touched: an onset h, k, l, m, s, t or qu followed
 * by the vowel alone. {@code thi}, {@code chi}, {@code đi}, {@code vi} and the word {@code y} are
 * left alone, as are longer syllables ({@code kim}, {@code lỉnh}). Expects lower case NFC input.
 */
public final class SpellingVariantFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  /**
   * @param input the stream to normalize, not null
   */
  public SpellingVariantFilter(TokenStream input) {
    super(TonePlacementFilter.requireInput(input));
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    normalize(termAtt.buffer(), termAtt.length());
    return true;
  }

  /** Rewrites a final i in place; the length never changes. Shared with WordNormalizeFilter. */
  static void normalize(char[] term, int length) {
    boolean onset =
        length == 2 && "hklmst".indexOf(term[0]) >= 0
            || length == 3 && term[0] == 'q' && term[1] == 'u';
    if (onset && VietnameseLetters.base(term[length - 1]) == 'i') {
      term[length - 1] = VietnameseLetters.withTone('y', VietnameseLetters.tone(term[length - 1]));
    }
  }
}
