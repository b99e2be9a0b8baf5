package vn.dva.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Adds the diacritic-free form of each word at the same position, keeping the original ({@code
 * đảng} → {@code dang} + {@code đảng}), so a query typed without accents finds accented text while
 * an exact match, which matches both terms, scores higher. The tokens come out as Lucene's {@code
 * ASCIIFoldingFilter(preserveOriginal=true)} gives them (folded form first, then the original at
 * position increment 0, a word already plain ASCII once), from a table of the same folding.
 * Directive numbers are left as they are: they are already canonical. Abbreviation alternatives
 * added by the synonym step can be left too ({@code foldAlternatives = false}): a query parser that
 * analyses the whole query enumerates the paths of the graph, and folding every syllable of an
 * alternative doubles them per syllable; the words the user typed are folded anyway. Expects NFC
 * input (folding does not see NFD marks).
 */
public final class FoldingFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);

  private final boolean foldAlternatives;
  private char[] folded = new char[64];
  private char[] original = new char[64];

  /** Length of the original term still to emit, or -1 when none is pending. */
  private int pending = -1;

  /**
   * @param input the stream to fold, not null
   * @param foldAlternatives whether tokens typed {@link SynonymGraphFilter#TYPE_SYNONYM} are folded
   */
  public FoldingFilter(TokenStream input, boolean foldAlternatives) {
    super(TonePlacementFilter.requireInput(input));
    this.foldAlternatives = foldAlternatives;
  }

  /**
   * The original comes back as the folded token with its term restored and increment 0, rather than
   * through captureState/restoreState (a copy of every attribute per accented word, 3% of indexing
   * samples): this filter ends its chains, so nothing changes the other attributes between the two
   * tokens.
   */
  @Override
  public boolean incrementToken() throws IOException {
    if (pending >= 0) {
      termAtt.copyBuffer(original, 0, pending);
      posIncAtt.setPositionIncrement(0);
      pending = -1;
      return true;
    }
    if (!input.incrementToken()) return false;
    char[] term = termAtt.buffer();
    int length = termAtt.length();
    if (!shouldFold() || !AsciiFold.changes(term, length)) return true;
    if (folded.length < 4 * length)
      folded = new char[ArrayUtil.oversize(4 * length, Character.BYTES)];
    if (original.length < length) original = new char[ArrayUtil.oversize(length, Character.BYTES)];
    System.arraycopy(term, 0, original, 0, length);
    pending = length;
    termAtt.copyBuffer(folded, 0, AsciiFold.fold(term, length, folded));
    return true;
  }

  private boolean shouldFold() {
    String type = typeAtt.type();
    if (VietnameseTokenizer.DIRECTIVE.equals(type)) return false;
    return foldAlternatives || !SynonymGraphFilter.TYPE_SYNONYM.equals(type);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = -1;
  }
}
