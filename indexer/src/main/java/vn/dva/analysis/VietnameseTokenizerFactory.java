package vn.dva.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Factory of {@link VietnameseTokenizer}. SPI name {@value #NAME}. Argument {@code directives}
 * ({@code true} by default): whether directive numbers become one canonical token; {@code false}
 * for fields that only rank, such as the syllable-pair field.
 */
public final class VietnameseTokenizerFactory extends TokenizerFactory {

  /** SPI name. */
  public static final String NAME = "dvaVietnamese";

  private final boolean directives;

  /**
   * @param args {@code directives} optional ({@code true}/{@code false}); any other is an error
   */
  public VietnameseTokenizerFactory(Map<String, String> args) {
    super(args);
    directives = getBoolean(args, "directives", true);
    Factories.noneLeft(args, NAME);
  }

  /** For the SPI loader only. */
  public VietnameseTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public VietnameseTokenizer create(AttributeFactory factory) {
    return new VietnameseTokenizer(factory, directives);
  }
}
