package vn.dva.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Replaces each word by its diacritic-free form ({@code đảng} → {@code dang}), exactly as Lucene's
 * {@code ASCIIFoldingFilter} without the original, through a table of the same folding (see {@link
 * AsciiFold}). Expects NFC input. Not thread-safe, as every TokenFilter.
 */
public final class AccentStripFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private char[] folded = new char[64];

  /**
   * @param input the stream to fold, not null
   */
  public AccentStripFilter(TokenStream input) {
    super(TonePlacementFilter.requireInput(input));
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    char[] term = termAtt.buffer();
    int length = termAtt.length();
    if (!AsciiFold.changes(term, length)) return true;
    if (folded.length < 4 * length)
      folded = new char[ArrayUtil.oversize(4 * length, Character.BYTES)];
    termAtt.copyBuffer(folded, 0, AsciiFold.fold(term, length, folded));
    return true;
  }
}
