package vn.dva.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.dva.analysis.SyllableShingleAnalyzer;
import vn.dva.extract.DirectiveExtractor;
import vn.dva.index.IndexSchema;

/**
 * Turns what a user typed into a Lucene query.
 *
 * <p>Directive numbers are recognised first ({@code 18-CT/TU}, {@code 15/2020/NĐ-CP}, any spelling)
 * and become exact clauses on the {@link IndexSchema#DIRECTIVE} field: the classic parser would
 * split them, and would read {@code /2020/} as a regular expression. The rest goes to the classic
 * query parser over title and text, where every word must match ({@code AND} by default), quotes
 * make phrases, {@code OR} and {@code -word} work, and {@code field:value} reaches the keyword
 * fields. Remaining slashes are escaped, so dates like 19/01/2023 are words. Thread-safe.
 */
public final class QueryBuilder {

  /** Title matches weigh twice a text match. */
  private static final Map<String, Float> BOOSTS =
      Map.of(IndexSchema.TITLE, 2f, IndexSchema.TEXT, 1f);

  private final Analyzer analyzer;
  private final boolean pairFilters;

  /** A builder whose exact phrases are narrowed by their syllable pairs (see below). */
  public QueryBuilder(Analyzer analyzer) {
    this(analyzer, true);
  }

  /**
   * @param analyzer the query analyzer of the title and text fields
   * @param pairFilters whether an exact phrase of four words or more also requires its inner
   *     syllable pairs in {@link IndexSchema#TEXT_PAIRS} (a filter that never drops a match and
   *     leaves scores alone, so phrase positions are checked on far fewer documents); false gives
   *     the plain query, for comparing the two. The index must hold {@code text_pairs} for every
   *     document, as every index written since that field was added does.
   */
  public QueryBuilder(Analyzer analyzer, boolean pairFilters) {
    this.analyzer = analyzer;
    this.pairFilters = pairFilters;
  }

  /** What the query asks for, split into the directive clauses and the parsed free text. */
  public record ParsedQuery(Query query, Query highlightQuery, List<String> directives) {}

  /**
   * Parses {@code text}. Blank text matches every document.
   *
   * @throws InvalidQueryException when the free-text part cannot be parsed; the message says where
   */
  public ParsedQuery parse(String text) {
    String q = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).strip();
    List<String> directives = new ArrayList<>();
    StringBuilder rest = new StringBuilder();
    int at = 0;
    for (DirectiveExtractor.NumberMatch m : DirectiveExtractor.numbersIn(q)) {
      if (m.start() < at) continue;
      rest.append(q, at, m.start()).append(' ');
      directives.add(m.number());
      at = m.end();
    }
    rest.append(q.substring(at));
    String free = AbbreviationPhrases.quote(escapeSlashes(rest.toString()).strip());

    BooleanQuery.Builder all = new BooleanQuery.Builder();
    BooleanQuery.Builder highlight = new BooleanQuery.Builder();
    boolean any = false;
    for (String d : directives) {
      all.add(new TermQuery(new Term(IndexSchema.DIRECTIVE, d)), BooleanClause.Occur.MUST);
      Query phrase = textQuery(d);
      if (phrase != null) highlight.add(phrase, BooleanClause.Occur.SHOULD);
      any = true;
    }
    if (!free.isEmpty() && isOnlyOperators(free) && directives.isEmpty()) {
      throw new InvalidQueryException(
          "Câu tìm không có từ nào để tìm: \"" + free + "\" (query has no searchable words)");
    }
    if (!free.isEmpty() && !isOnlyOperators(free)) {
      Query parsed = parseFree(free);
      all.add(parsed, BooleanClause.Occur.MUST);
      // syllables of a word found together rank higher (measured by dva relevance)
      Query pairs = SyllableShingleAnalyzer.pairsQuery(IndexSchema.TEXT_PAIRS, free);
      if (pairs != null) all.add(pairs, BooleanClause.Occur.SHOULD);
      highlight.add(parsed, BooleanClause.Occur.SHOULD);
      any = true;
    }
    if (!any) return new ParsedQuery(new MatchAllDocsQuery(), null, List.of());
    return new ParsedQuery(all.build(), highlight.build(), List.copyOf(directives));
  }

  private Query parseFree(String free) {
    MultiFieldQueryParser parser =
        new FoldedPhraseParser(
            new String[] {IndexSchema.TITLE, IndexSchema.TEXT}, analyzer, BOOSTS, pairFilters);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setSplitOnWhitespace(true);
    parser.setAutoGeneratePhraseQueries(false);
    // DTTS must mean the phrase "dân tộc thiểu số", not those four words anywhere
    parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    parser.setAllowLeadingWildcard(false);
    try {
      Query query = parser.parse(free);
      if (query instanceof BooleanQuery b && b.clauses().isEmpty()) {
        throw new InvalidQueryException(
            "Câu tìm không có từ nào để tìm: \"" + free + "\" (query has no searchable words)");
      }
      SearchableFields.check(query);
      return query;
    } catch (ParseException | IllegalArgumentException e) {
      if (e instanceof InvalidQueryException iq) throw iq;
      // Lucene's parser wording ("Encountered <EOF> at line 1…") means nothing to our users
      throw new InvalidQueryException(
          "Không hiểu câu tìm \""
              + free
              + "\": kiểm tra dấu ngoặc kép, ngoặc đơn và dấu hai chấm (cannot parse the query:"
              + " check its quotes, brackets and colons)",
          e);
    } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException(
          "Câu tìm \"" + free + "\" mở rộng ra quá nhiều từ (query expands to too many terms)", e);
    }
  }

  /** The directive number as a phrase over the text, for highlighting it where it appears. */
  private Query textQuery(String number) {
    QueryParser parser = new QueryParser(IndexSchema.TEXT, analyzer);
    try {
      return parser.parse("\"" + QueryParser.escape(number) + "\"");
    } catch (ParseException e) {
      return null;
    }
  }

  private static boolean isOnlyOperators(String s) {
    return s.replaceAll("(?i)\\b(AND|OR|NOT)\\b|[,;]", "").isBlank();
  }

  private static String escapeSlashes(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '/' && (i == 0 || s.charAt(i - 1) != '\\')) out.append('\\');
      out.append(c);
    }
    return out.toString();
  }
}
