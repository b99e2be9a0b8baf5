package vn.dva.analysis;

import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;

/**
 * Analysis for Vietnamese article text and queries. Index with {@link #forIndexing()}; query with
 * {@link #forQuery()} (parser analysing the whole query) or {@code new VietnameseAnalyzer()}
 * (parser splitting on whitespace). The chain:
 *
 * <ol>
 *   <li>NFC (not ICU's default NFKC_Casefold, which would also rewrite {@code ½} and full-width
 *       forms), and the look-alike {@code Ð}/{@code ð} (U+00D0/U+00F0) read as {@code Đ}/{@code đ};
 *   <li>{@link VietnameseTokenizer}: syllables, with directive numbers as one canonical token;
 *   <li>lower case;
 *   <li>{@link TonePlacementFilter}: {@code hoà} and {@code hòa} one term;
 *   <li>{@link SpellingVariantFilter}: {@code kĩ} and {@code kỹ} one term;
 *   <li>abbreviations ({@link AbbreviationSynonyms}, not in {@link #forIndexing()}): {@code MTTQ}
 *       and {@code Mặt trận Tổ quốc} each become the graph {@code (mttq | mặt trận tổ quốc)};
 *   <li>{@link FoldingFilter}: the accent-free form added at the same position, the original kept.
 * </ol>
 *
 * No stopwords: {@code không}, {@code được}, {@code số} are content words here. Thread-safe, as
 * every Analyzer; reuse one instance.
 */
public final class VietnameseAnalyzer extends Analyzer {

  private final boolean abbreviations;
  private final boolean foldAlternatives;

  /**
   * The query analyzer for a parser that splits the query on whitespace (each word analysed alone,
   * so graphs stay small): abbreviations expanded into alternatives, folded like the rest. Index
   * with {@link #forIndexing()}: an abbreviation graph written into the index shifts the positions
   * after it and breaks phrase queries. For a parser that analyses the whole query, use {@link
   * #forQuery()}.
   */
  public VietnameseAnalyzer() {
    this(true, true);
  }

  private VietnameseAnalyzer(boolean abbreviations, boolean foldAlternatives) {
    this.abbreviations = abbreviations;
    this.foldAlternatives = foldAlternatives;
  }

  /**
   * The multi-word spellings of the abbreviation list ({@code Mặt trận Tổ quốc}, {@code dân tộc
   * thiểu số}) as accent-free lower-case words, longest first: a query parser that splits on
   * whitespace must keep such runs together (quote them) for the synonym step to see them.
   */
  public static List<List<String>> multiWordAbbreviations() {
    return MultiWordHolder.FORMS;
  }

  /** Loaded on first use, after this class is initialised (the list is read with its chain). */
  private static final class MultiWordHolder {
    static final List<List<String>> FORMS = AbbreviationSynonyms.multiWordForms();
  }

  /** For the index writer: the page as written, no abbreviation graph. */
  public static VietnameseAnalyzer forIndexing() {
    return new VietnameseAnalyzer(false, true);
  }

  /**
   * For a query parser that analyses the whole query ({@code setSplitOnWhitespace(false)}, best
   * with {@code setAutoGenerateMultiTermSynonymsPhraseQuery(true)}): abbreviations expanded both
   * ways into a graph of alternatives, the alternatives not folded so the graph stays small.
   */
  public static VietnameseAnalyzer forQuery() {
    return new VietnameseAnalyzer(true, false);
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return clean(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return clean(reader);
  }

  static Reader clean(Reader reader) {
    return CleanText.of(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new VietnameseTokenizer();
    TokenStream chain = normalizeWords(source);
    if (abbreviations)
      chain = new SynonymGraphFilter(chain, AbbreviationSynonyms.defaults(), false);
    chain = new FoldingFilter(chain, foldAlternatives);
    return new TokenStreamComponents(source, chain);
  }

  /**
   * Lower case, tone placement, i/y spelling: the steps before abbreviations and folding, in one
   * filter (the three as separate filters cost a token-stream call each per token).
   */
  static TokenStream normalizeWords(TokenStream source) {
    return new WordNormalizeFilter(source);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new TonePlacementFilter(new LowerCaseFilter(in));
  }
}
