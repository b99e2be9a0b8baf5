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
 * they are already canonical. Expects NFC input (folding does not see NFD marks).
 */
public final class FoldingFilter extends ConditionalTokenFilter {

  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  /**
   * @param input the stream to fold, not null
   */
  public FoldingFilter(TokenStream input) {
    super(TonePlacementFilter.requireInput(input), in -> new ASCIIFoldingFilter(in, true));
  }

  @Override
  protected boolean shouldFilter() {
    String type = typeAtt.type();
    return !VietnameseTokenizer.DIRECTIVE.equals(type)
        && !SynonymGraphFilter.TYPE_SYNONYM.equals(type);
  }
}
