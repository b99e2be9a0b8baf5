package vn.dva.opensearch;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.CharFilterFactory;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.SearchPlugin;
import vn.dva.analysis.AbbreviationFilterFactory;
import vn.dva.analysis.AccentStripFilterFactory;
import vn.dva.analysis.CleanTextCharFilterFactory;
import vn.dva.analysis.FoldingFilterFactory;
import vn.dva.analysis.SpellingVariantFilterFactory;
import vn.dva.analysis.SyllablePairFilterFactory;
import vn.dva.analysis.SyllableShingleAnalyzer;
import vn.dva.analysis.TonePlacementFilterFactory;
import vn.dva.analysis.VietnameseAnalyzer;
import vn.dva.analysis.VietnameseTokenizerFactory;
import vn.dva.analysis.WordNormalizeFilterFactory;

/**
 * dva on OpenSearch. Registers every analysis component under its Lucene SPI name ({@code
 * dvaCleanText}, {@code dvaVietnamese}, {@code dvaWordNormalize}, {@code dvaTonePlacement}, {@code
 * dvaSpellingVariant}, {@code dvaAbbreviation}, {@code dvaFolding}, {@code dvaAccentStrip}, {@code
 * dvaSyllablePair}) for custom chains; the analyzers dva itself uses, built by the same code as
 * embedded ({@code dva_index}, {@code dva_query}, {@code dva_query_words}, {@code dva_pairs}); and
 * the query {@code dva} ({@link DvaQueryBuilder}).
 */
public final class DvaPlugin extends Plugin implements AnalysisPlugin, SearchPlugin {

  /** Analyzer the text fields are indexed with ({@link VietnameseAnalyzer#forIndexing()}). */
  public static final String INDEX_ANALYZER = "dva_index";

  /** Analyzer for a parser analysing the whole query ({@link VietnameseAnalyzer#forQuery()}). */
  public static final String QUERY_ANALYZER = "dva_query";

  /** Analyzer for word-by-word query parsing ({@code new VietnameseAnalyzer()}). */
  public static final String QUERY_WORDS_ANALYZER = "dva_query_words";

  /** Analyzer of the syllable-pair field ({@link SyllableShingleAnalyzer}). */
  public static final String PAIRS_ANALYZER = "dva_pairs";

  /** Created by the node. */
  public DvaPlugin() {}

  @Override
  public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
    return Map.of(
        CleanTextCharFilterFactory.NAME,
        LuceneComponents.charFilter(CleanTextCharFilterFactory::new));
  }

  @Override
  public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
    return Map.of(
        VietnameseTokenizerFactory.NAME,
        LuceneComponents.tokenizer(VietnameseTokenizerFactory::new));
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(
        WordNormalizeFilterFactory.NAME,
        LuceneComponents.filter(WordNormalizeFilterFactory::new),
        TonePlacementFilterFactory.NAME,
        LuceneComponents.filter(TonePlacementFilterFactory::new),
        SpellingVariantFilterFactory.NAME,
        LuceneComponents.filter(SpellingVariantFilterFactory::new),
        AbbreviationFilterFactory.NAME,
        LuceneComponents.filter(AbbreviationFilterFactory::new),
        FoldingFilterFactory.NAME,
        LuceneComponents.filter(FoldingFilterFactory::new),
        AccentStripFilterFactory.NAME,
        LuceneComponents.filter(AccentStripFilterFactory::new),
        SyllablePairFilterFactory.NAME,
        LuceneComponents.filter(SyllablePairFilterFactory::new));
  }

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    return Map.of(
        INDEX_ANALYZER, analyzer(VietnameseAnalyzer::forIndexing),
        QUERY_ANALYZER, analyzer(VietnameseAnalyzer::forQuery),
        QUERY_WORDS_ANALYZER, analyzer(VietnameseAnalyzer::new),
        PAIRS_ANALYZER, analyzer(SyllableShingleAnalyzer::new));
  }

  @Override
  public List<QuerySpec<?>> getQueries() {
    return List.of(
        new QuerySpec<>(DvaQueryBuilder.NAME, DvaQueryBuilder::new, DvaQueryBuilder::fromXContent));
  }

  private static AnalysisProvider<AnalyzerProvider<? extends Analyzer>> analyzer(
      Supplier<Analyzer> chain) {
    return (indexSettings, environment, name, settings) ->
        new Provider(indexSettings, name, settings, chain.get());
  }

  /** One analyzer of an index, built when the index is created or opened. */
  private static final class Provider extends AbstractIndexAnalyzerProvider<Analyzer> {
    private final Analyzer analyzer;

    Provider(
        IndexSettings indexSettings,
        String name,
        org.opensearch.common.settings.Settings settings,
        Analyzer analyzer) {
      super(indexSettings, name, settings);
      this.analyzer = analyzer;
    }

    @Override
    public Analyzer get() {
      return analyzer;
    }
  }
}
