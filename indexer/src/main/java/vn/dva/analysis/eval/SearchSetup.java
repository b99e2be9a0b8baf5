package vn.dva.analysis.eval;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import vn.dva.analysis.SyllableShingleAnalyzer;
import vn.dva.analysis.VietnameseAnalyzer;

/**
 * One way of analysing and querying the corpus, compared by {@link RelevanceEvaluation}. Every
 * setup parses the query the same way: the classic query parser over a field holding title and
 * text, every word required, the whole query analysed at once (so multi-word abbreviation
 * alternatives apply, each as a phrase), plus an optional title match (boost 2) for ranking. Query
 * syntax characters other than quotes are escaped, as users type directive numbers with slashes.
 * (One field rather than MultiFieldQueryParser: that parser requires both fields to match when the
 * whole query is one synonym graph.)
 */
public enum SearchSetup {
  /** Lucene's StandardAnalyzer on both sides: the baseline. */
  STANDARD("StandardAnalyzer (baseline)"),
  /** VietnameseAnalyzer: forIndexing() for the index, forQuery() for queries. */
  DVA("VietnameseAnalyzer"),
  /** forIndexing() + new VietnameseAnalyzer(), query split on whitespace: as the search service. */
  DVA_ONE_ANALYZER("VietnameseAnalyzer(), query split by words"),
  /** DVA plus a field of syllable pairs, matched optionally so adjacent syllables score higher. */
  DVA_SHINGLES("VietnameseAnalyzer + syllable shingles"),
  /** DVA plus an optional sloppy phrase of the whole query over the text. */
  DVA_PROXIMITY("VietnameseAnalyzer + phrase proximity boost"),
  /**
   * The product itself: the corpus written by {@code DocumentIndexer} to an index on disk and
   * searched through {@code SearchService}, exactly as {@code dva search} and the web UI do.
   */
  PRODUCT("dva search as shipped (DocumentIndexer + SearchService)");

  static final String TITLE = "title";
  static final String ALL = "all";
  static final String SHINGLES = "all_shingles";

  private final String label;

  SearchSetup(String label) {
    this.label = label;
  }

  /** Human-readable name. */
  public String label() {
    return label;
  }

  /** The analyzer that writes the index. */
  Analyzer indexAnalyzer() {
    if (this == STANDARD) return new StandardAnalyzer();
    Analyzer text = VietnameseAnalyzer.forIndexing();
    return new PerFieldAnalyzerWrapper(
        text, Map.of(SHINGLES, new SyllableShingleAnalyzer(), "id", new KeywordAnalyzer()));
  }

  /** Whether the index needs the shingle field. */
  boolean wantsShingles() {
    return this == DVA_SHINGLES;
  }

  private Analyzer queryAnalyzer() {
    if (this == STANDARD) return new StandardAnalyzer();
    return this == DVA_ONE_ANALYZER ? new VietnameseAnalyzer() : VietnameseAnalyzer.forQuery();
  }

  /** The query for what a user typed. */
  Query query(String typed) throws ParseException {
    Analyzer analyzer = queryAnalyzer();
    String escaped = escapeAllButQuotes(typed);
    QueryParser all = parser(ALL, analyzer, QueryParser.Operator.AND);
    all.setSplitOnWhitespace(this == DVA_ONE_ANALYZER);
    BooleanQuery.Builder query =
        new BooleanQuery.Builder().add(all.parse(escaped), BooleanClause.Occur.MUST);
    Query title = parser(TITLE, analyzer, QueryParser.Operator.OR).parse(escaped);
    if (title != null) query.add(new BoostQuery(title, 2f), BooleanClause.Occur.SHOULD);
    String words = escapeAllButQuotes(typed.replace("\"", " ")).strip();
    if (this == DVA_SHINGLES) {
      Query pairs = SyllableShingleAnalyzer.pairsQuery(SHINGLES, typed);
      if (pairs != null) query.add(pairs, BooleanClause.Occur.SHOULD);
    } else if (this == DVA_PROXIMITY && !words.isEmpty()) {
      query.add(
          parser(ALL, analyzer, QueryParser.Operator.AND).parse("\"" + words + "\"~3"),
          BooleanClause.Occur.SHOULD);
    }
    return query.build();
  }

  private static QueryParser parser(
      String field, Analyzer analyzer, QueryParser.Operator operator) {
    QueryParser parser = new QueryParser(field, analyzer);
    parser.setDefaultOperator(operator);
    parser.setSplitOnWhitespace(false);
    parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    return parser;
  }

  static String escapeAllButQuotes(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\+-!():^[]{}~*?|&/".indexOf(c) >= 0) out.append('\\');
      out.append(c);
    }
    return out.toString();
  }
}
