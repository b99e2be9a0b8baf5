package vn.dva.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Adds the diacritic-free form of each word at the same position, keeping the original ({@code
 * đảng} → {@code đảng} + {@code dang}), so a query typed without accents finds accented text while
 * an exact match, which matches both terms, scores higher. Directive numbers are left as they are:
 * they are already canonical. Abbreviation alternatives added by the synonym step can be left too
 * ({@code foldAlternatives = false}): a query parser that analyses the whole query enumerates the
 * paths of the graph, and folding every syllable of an alternative doubles them per syllable; the
 * words the user typed are folded anyway. Expects NFC input (folding does not see NFD marks).
 */
public final class FoldingFilter extends ConditionalTokenFilter {

  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  private final boolean foldAlternatives;

  /**
   * @param input the stream to fold, not null
   * @param foldAlternatives whether tokens typed {@link SynonymGraphFilter#TYPE_SYNONYM} are folded
   */
  public FoldingFilter(TokenStream input, boolean foldAlternatives) {
    super(TonePlacementFilter.requireInput(input), in -> new ASCIIFoldingFilter(in, true));
    this.foldAlternatives = foldAlternatives;
  }

  @Override
  protected boolean shouldFilter() {
    String type = typeAtt.type();
    if (VietnameseTokenizer.DIRECTIVE.equals(type)) return false;
    return foldAlternatives || !SynonymGraphFilter.TYPE_SYNONYM.equals(type);
  }
}
