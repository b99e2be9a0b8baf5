package vn.dva.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * Pairs of adjacent syllables as single terms ({@code dân vận khéo} → {@code dan_van}, {@code
 * van_kheo}), accents folded, for a companion field that rewards the syllables of a multi-syllable
 * word appearing together. Normalized like {@link VietnameseAnalyzer} (NFC, tone placement, i/y) so
 * every spelling gives the same pairs. A one-syllable text gives no terms. Thread-safe.
 */
public final class SyllableShingleAnalyzer extends DelegatingAnalyzerWrapper {

  /** Joins the two syllables of a pair. */
  public static final String SEPARATOR = "_";

  /** Query syntax and operators, dropped before pairing what the user typed. */
  private static final java.util.regex.Pattern SYNTAX =
      java.util.regex.Pattern.compile("[\"()+\\-^~*?:\\\\\\[\\]{}]|\\b(?:AND|OR|NOT)\\b");

  private static final SyllableShingleAnalyzer SHARED = new SyllableShingleAnalyzer();

  private final Analyzer chain = AnalysisChains.pairs();

  /** Creates the analyzer ({@link AnalysisChains#pairs()}). */
  public SyllableShingleAnalyzer() {
    super(GLOBAL_REUSE_STRATEGY);
  }

  /**
   * An optional-match query over {@code field} (indexed with this analyzer) for the syllable pairs
   * of what the user typed: add it as a SHOULD clause beside the main query, so that pages holding
   * the syllables of a word together rank above pages holding them apart (measured by {@code dva
   * relevance}). Query syntax and operators in {@code typed} are ignored.
   *
   * @param field the pair field, not null
   * @param typed the user's query; null or a single syllable gives null
   * @return the query, or null when there is no pair
   */
  public static org.apache.lucene.search.Query pairsQuery(String field, String typed) {
    if (field == null) throw new IllegalArgumentException("field must not be null");
    if (typed == null) return null;
    String words = SYNTAX.matcher(typed).replaceAll(" ");
    return new org.apache.lucene.util.QueryBuilder(SHARED)
        .createBooleanQuery(field, words, org.apache.lucene.search.BooleanClause.Occur.SHOULD);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return chain;
  }
}
