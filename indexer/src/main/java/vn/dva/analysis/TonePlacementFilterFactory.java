package vn.dva.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory of {@link TonePlacementFilter} ({@code hoà} and {@code hòa} one term). SPI name {@value
 * #NAME}; no arguments. Safe for wildcard and prefix terms (it only moves a mark).
 */
public final class TonePlacementFilterFactory extends TokenFilterFactory {

  /** SPI name. */
  public static final String NAME = "dvaTonePlacement";

  /**
   * @param args no arguments; any is an error
   */
  public TonePlacementFilterFactory(Map<String, String> args) {
    super(args);
    Factories.noneLeft(args, NAME);
  }

  /** For the SPI loader only. */
  public TonePlacementFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new TonePlacementFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return new TonePlacementFilter(input);
  }
}
