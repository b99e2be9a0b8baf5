package vn.dva.analysis;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/**
 * Factory of the first analysis step, {@link CleanText}: NFC and the look-alike {@code Ð}/{@code ð}
 * read as {@code Đ}/{@code đ}. SPI name {@value #NAME}; takes no arguments. The same step runs for
 * normalization (wildcard and prefix terms), so those see NFC text too.
 */
public final class CleanTextCharFilterFactory extends CharFilterFactory {

  /** SPI name. */
  public static final String NAME = "dvaCleanText";

  /**
   * @param args no arguments; any left over is an error naming it
   */
  public CleanTextCharFilterFactory(Map<String, String> args) {
    super(args);
    Factories.noneLeft(args, NAME);
  }

  /** For the SPI loader only. */
  public CleanTextCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return CleanText.of(input);
  }

  @Override
  public Reader normalize(Reader input) {
    return CleanText.of(input);
  }
}
