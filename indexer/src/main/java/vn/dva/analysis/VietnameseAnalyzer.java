package vn.dva.analysis;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;

/**
 * Analysis for Vietnamese article text and queries, the same chain on both sides:
 *
 * <ol>
 *   <li>NFC (not ICU's default NFKC_Casefold, which would also rewrite {@code ½} and full-width
 *       forms), and the look-alike {@code Ð}/{@code ð} (U+00D0/U+00F0) read as {@code Đ}/{@code đ};
 *   <li>{@link VietnameseTokenizer}: syllables, with directive numbers as one canonical token;
 *   <li>lower case;
 *   <li>{@link TonePlacementFilter}: {@code hoà} and {@code hòa} one term;
 *   <li>{@link SpellingVariantFilter}: {@code kĩ} and {@code kỹ} one term;
 *   <li>{@link FoldingFilter}: the accent-free form added at the same position, the original kept.
 * </ol>
 *
 * No stopwords: {@code không}, {@code được}, {@code số} are content words here. Thread-safe, as
 * every Analyzer; reuse one instance.
 */
public final class VietnameseAnalyzer extends Analyzer {

  private static final NormalizeCharMap LOOK_ALIKES;

  static {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    map.add("\u00D0", "\u0110");
    map.add("\u00F0", "\u0111");
    LOOK_ALIKES = map.build();
  }

  /** The analyzer used for title and text, at index and at query time. */
  public VietnameseAnalyzer() {}

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return clean(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return clean(reader);
  }

  private static Reader clean(Reader reader) {
    return new MappingCharFilter(LOOK_ALIKES, new ICUNormalizer2CharFilter(reader, Normalizer2.getNFCInstance()));
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new VietnameseTokenizer();
    TokenStream chain = new LowerCaseFilter(source);
    chain = new TonePlacementFilter(chain);
    chain = new SpellingVariantFilter(chain);
    chain = new FoldingFilter(chain);
    return new TokenStreamComponents(source, chain);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new TonePlacementFilter(new LowerCaseFilter(in));
  }
}
