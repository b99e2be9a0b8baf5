package vn.dva.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;

/**
 * Pairs of adjacent syllables as single terms ({@code dân vận khéo} → {@code dan_van}, {@code
 * van_kheo}), accents folded, for a companion field that rewards the syllables of a multi-syllable
 * word appearing together. Normalized like {@link VietnameseAnalyzer} (NFC, tone placement, i/y) so
 * every spelling gives the same pairs. A one-syllable text gives no terms. Thread-safe.
 */
public final class SyllableShingleAnalyzer extends Analyzer {

  /** Joins the two syllables of a pair. */
  public static final String SEPARATOR = "_";

  /** Creates the analyzer. */
  public SyllableShingleAnalyzer() {}

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return VietnameseAnalyzer.clean(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new VietnameseTokenizer();
    TokenStream chain = new ASCIIFoldingFilter(VietnameseAnalyzer.normalizeWords(source), false);
    ShingleFilter pairs = new ShingleFilter(chain, 2, 2);
    pairs.setOutputUnigrams(false);
    pairs.setTokenSeparator(SEPARATOR);
    return new TokenStreamComponents(source, pairs);
  }
}
