package vn.dva.analysis;

import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;

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
 * No stopwords: {@code không}, {@code được}, {@code số} are content words here. Each variant wraps
 * a chain of {@link AnalysisChains}, the definition the OpenSearch plugin shares. Thread-safe, as
 * every Analyzer; reuse one instance.
 */
public final class VietnameseAnalyzer extends DelegatingAnalyzerWrapper {

  private final Analyzer chain;

  /**
   * The query analyzer for a parser that splits the query on whitespace (each word analysed alone,
   * so graphs stay small): abbreviations expanded into alternatives, folded like the rest. Index
   * with {@link #forIndexing()}: an abbreviation graph written into the index shifts the positions
   * after it and breaks phrase queries. For a parser that analyses the whole query, use {@link
   * #forQuery()}.
   */
  public VietnameseAnalyzer() {
    this(AnalysisChains.queryWords());
  }

  private VietnameseAnalyzer(Analyzer chain) {
    super(GLOBAL_REUSE_STRATEGY);
    this.chain = chain;
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
    return new VietnameseAnalyzer(AnalysisChains.index());
  }

  /**
   * For a query parser that analyses the whole query ({@code setSplitOnWhitespace(false)}, best
   * with {@code setAutoGenerateMultiTermSynonymsPhraseQuery(true)}): abbreviations expanded both
   * ways into a graph of alternatives, the alternatives not folded so the graph stays small.
   */
  public static VietnameseAnalyzer forQuery() {
    return new VietnameseAnalyzer(AnalysisChains.query());
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return chain;
  }

  /** NFC and look-alikes, the first step of every chain ({@link CleanText}). */
  static Reader clean(Reader reader) {
    return CleanText.of(reader);
  }

  /**
   * Lower case, tone placement, i/y spelling: the steps before abbreviations and folding, in one
   * filter (the three as separate filters cost a token-stream call each per token).
   */
  static TokenStream normalizeWords(TokenStream source) {
    return new WordNormalizeFilter(source);
  }
}
