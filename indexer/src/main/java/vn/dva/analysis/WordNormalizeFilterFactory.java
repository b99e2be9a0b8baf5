package vn.dva.analysis;

import java.util.Map;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory of {@link WordNormalizeFilter} (lower case, tone placement, i/y spelling in one step).
 * SPI name {@value #NAME}; no arguments. For wildcard and prefix terms it lower-cases and moves
 * tone marks only, as the analyzers always did: an i/y rewrite of a term's prefix would change what
 * the prefix matches.
 */
public final class WordNormalizeFilterFactory extends TokenFilterFactory {

  /** SPI name. */
  public static final String NAME = "dvaWordNormalize";

  /**
   * @param args no arguments; any is an error
   */
  public WordNormalizeFilterFactory(Map<String, String> args) {
    super(args);
    Factories.noneLeft(args, NAME);
  }

  /** For the SPI loader only. */
  public WordNormalizeFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new WordNormalizeFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return new TonePlacementFilter(new LowerCaseFilter(input));
  }
}
