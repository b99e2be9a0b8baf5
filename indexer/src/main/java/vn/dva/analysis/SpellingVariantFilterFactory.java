package vn.dva.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory of {@link SpellingVariantFilter} ({@code kĩ} and {@code kỹ} one term). SPI name {@value
 * #NAME}; no arguments.
 */
public final class SpellingVariantFilterFactory extends TokenFilterFactory {

  /** SPI name. */
  public static final String NAME = "dvaSpellingVariant";

  /**
   * @param args no arguments; any is an error
   */
  public SpellingVariantFilterFactory(Map<String, String> args) {
    super(args);
    Factories.noneLeft(args, NAME);
  }

  /** For the SPI loader only. */
  public SpellingVariantFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new SpellingVariantFilter(input);
  }
}
