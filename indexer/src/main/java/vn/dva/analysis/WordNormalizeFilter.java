package vn.dva.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lower case, then {@link TonePlacementFilter}, then {@link SpellingVariantFilter}, in one filter:
 * the same terms as {@code SpellingVariantFilter(TonePlacementFilter(LowerCaseFilter(input)))}
 * (checked against that chain in the tests), with one token-stream call per token instead of three,
 * and an ASCII-only word lower-cased without the code-point loop. Expects NFC input. Not
 * thread-safe, as every TokenFilter.
 */
final class WordNormalizeFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  /**
   * @param input the stream to normalize, not null
   */
  WordNormalizeFilter(TokenStream input) {
    super(TonePlacementFilter.requireInput(input));
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    char[] term = termAtt.buffer();
    int length = termAtt.length();
    lowerCase(term, length);
    TonePlacementFilter.normalize(term, length);
    SpellingVariantFilter.normalize(term, length);
    return true;
  }

  /**
   * As LowerCaseFilter: ASCII capitals directly, anything else through Lucene's code-point loop.
   */
  private static void lowerCase(char[] term, int length) {
    for (int i = 0; i < length; i++) {
      char c = term[i];
      if (c >= 0x80) {
        CharacterUtils.toLowerCase(term, i, length);
        return;
      }
      if (c >= 'A' && c <= 'Z') term[i] = (char) (c + ('a' - 'A'));
    }
  }
}
