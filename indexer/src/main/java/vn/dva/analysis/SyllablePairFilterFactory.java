package vn.dva.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory of {@link SyllablePairFilter} (adjacent syllables joined into one term). SPI name {@value
 * #NAME}. Argument {@code separator} (default {@value SyllableShingleAnalyzer#SEPARATOR}).
 */
public final class SyllablePairFilterFactory extends TokenFilterFactory {

  /** SPI name. */
  public static final String NAME = "dvaSyllablePair";

  private final String separator;

  /**
   * @param args {@code separator} optional; any other is an error
   */
  public SyllablePairFilterFactory(Map<String, String> args) {
    super(args);
    separator = get(args, "separator", SyllableShingleAnalyzer.SEPARATOR);
    Factories.noneLeft(args, NAME);
  }

  /** For the SPI loader only. */
  public SyllablePairFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new SyllablePairFilter(input, separator);
  }
}
