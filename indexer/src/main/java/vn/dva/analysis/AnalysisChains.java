package vn.dva.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.custom.CustomAnalyzer;

/**
 * The one definition of dva's analysis: every chain as a {@link CustomAnalyzer} of the factories in
 * this package. {@link VietnameseAnalyzer} and {@link SyllableShingleAnalyzer} wrap these chains,
 * and the OpenSearch plugin registers the same factories under the same names, so the embedded
 * index and a cluster analyse text alike.
 *
 * <p>The factories are named by class, not looked up by SPI name: a plugin class loader (as
 * OpenSearch's) is not searched by Lucene's SPI loader. Their SPI names ({@code dvaVietnamese},
 * {@code dvaFolding}…) are registered in {@code META-INF/services} for anyone composing their own
 * chain.
 *
 * <pre>
 * index:       dvaCleanText | dvaVietnamese | dvaWordNormalize | dvaFolding
 * query:       dvaCleanText | dvaVietnamese | dvaWordNormalize | dvaAbbreviation | dvaFolding(foldAlternatives=false)
 * query words: dvaCleanText | dvaVietnamese | dvaWordNormalize | dvaAbbreviation | dvaFolding
 * pairs:       dvaCleanText | dvaVietnamese(directives=false) | dvaWordNormalize | dvaAccentStrip | dvaSyllablePair
 * words:       dvaCleanText | dvaVietnamese | dvaWordNormalize   (what the abbreviation list is matched against)
 * </pre>
 */
public final class AnalysisChains {

  private AnalysisChains() {}

  /** For the index writer: the page as written, no abbreviation graph. */
  public static CustomAnalyzer index() {
    return build(false, true);
  }

  /** For a parser analysing the whole query: abbreviations, their alternatives not folded. */
  public static CustomAnalyzer query() {
    return build(true, false);
  }

  /** For a parser analysing each word alone: abbreviations, everything folded. */
  public static CustomAnalyzer queryWords() {
    return build(true, true);
  }

  /** Syllable pairs, accents stripped, for the pair field. */
  public static CustomAnalyzer pairs() {
    try {
      return CustomAnalyzer.builder()
          .addCharFilter(CleanTextCharFilterFactory.class)
          .withTokenizer(VietnameseTokenizerFactory.class, "directives", "false")
          .addTokenFilter(WordNormalizeFilterFactory.class)
          .addTokenFilter(AccentStripFilterFactory.class)
          .addTokenFilter(SyllablePairFilterFactory.class)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the pair chain", e);
    }
  }

  /** The words as the abbreviation step sees them: no abbreviations, no folding. */
  static CustomAnalyzer words() {
    try {
      return CustomAnalyzer.builder()
          .addCharFilter(CleanTextCharFilterFactory.class)
          .withTokenizer(VietnameseTokenizerFactory.class)
          .addTokenFilter(WordNormalizeFilterFactory.class)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the word chain", e);
    }
  }

  private static CustomAnalyzer build(boolean abbreviations, boolean foldAlternatives) {
    try {
      CustomAnalyzer.Builder chain =
          CustomAnalyzer.builder()
              .addCharFilter(CleanTextCharFilterFactory.class)
              .withTokenizer(VietnameseTokenizerFactory.class)
              .addTokenFilter(WordNormalizeFilterFactory.class);
      if (abbreviations) chain.addTokenFilter(AbbreviationFilterFactory.class);
      return chain
          .addTokenFilter(
              FoldingFilterFactory.class, "foldAlternatives", Boolean.toString(foldAlternatives))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the Vietnamese chain", e);
    }
  }
}
