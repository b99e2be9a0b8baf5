package vn.dva.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory of {@link AccentStripFilter} (each word replaced by its accent-free form). SPI name
 * {@value #NAME}; no arguments.
 */
public final class AccentStripFilterFactory extends TokenFilterFactory {

  /** SPI name. */
  public static final String NAME = "dvaAccentStrip";

  /**
   * @param args no arguments; any is an error
   */
  public AccentStripFilterFactory(Map<String, String> args) {
    super(args);
    Factories.noneLeft(args, NAME);
  }

  /** For the SPI loader only. */
  public AccentStripFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new AccentStripFilter(input);
  }
}
