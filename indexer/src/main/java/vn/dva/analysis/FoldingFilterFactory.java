package vn.dva.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory of {@link FoldingFilter} (the accent-free form stacked on the original). SPI name {@value
 * #NAME}. Argument {@code foldAlternatives} ({@code true} by default): whether abbreviation
 * alternatives added by {@link AbbreviationFilterFactory} are folded too.
 */
public final class FoldingFilterFactory extends TokenFilterFactory {

  /** SPI name. */
  public static final String NAME = "dvaFolding";

  private final boolean foldAlternatives;

  /**
   * @param args {@code foldAlternatives} optional; any other is an error
   */
  public FoldingFilterFactory(Map<String, String> args) {
    super(args);
    foldAlternatives = getBoolean(args, "foldAlternatives", true);
    Factories.noneLeft(args, NAME);
  }

  /** For the SPI loader only. */
  public FoldingFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new FoldingFilter(input, foldAlternatives);
  }
}
