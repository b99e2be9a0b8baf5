package vn.dva.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;
import vn.dva.analysis.AsciiFold;

/**
 * The classic multi-field parser with phrase queries that do not explode over diacritics.
 *
 * <p>Once the query chain expands an abbreviation, a quoted phrase becomes a token graph, and
 * Lucene turns a graph phrase into one phrase per path. Every accented syllable also carries its
 * folded twin at the same position, so a phrase of k accented syllables had 2^k paths: "quy chế dân
 * chủ ở cơ sở" parsed into about 130 phrase queries, and searching and highlighting them dominated
 * query time in {@code scripts/bench}. The index holds the folded twin of every word, so the
 * all-folded path already matches every document any mixed path matches; only ranking needs the
 * others. This parser keeps, for each path spelled the same once folded, the all-folded path and
 * the path with the most diacritics (the words as typed), so an exact match still scores above a
 * folded one. A phrase without abbreviations, which Lucene makes a MultiPhraseQuery over each word
 * and its twin, gets the same two phrases. Exact phrases of four words or more are narrowed by
 * their inner syllable pairs ({@link PhrasePairFilter}). Not thread-safe, as every classic parser.
 */
final class FoldedPhraseParser extends MultiFieldQueryParser {

  private final boolean pairFilters;

  /**
   * False while a phrase with slop is parsed: the pairs of a sloppy phrase need not be adjacent.
   */
  private boolean exact = true;

  /**
   * @param pairFilters whether exact phrases are narrowed with their inner syllable pairs ({@link
   *     PhrasePairFilter}); matches and scores are the same either way
   */
  FoldedPhraseParser(
      String[] fields, Analyzer analyzer, Map<String, Float> boosts, boolean pairFilters) {
    super(fields, analyzer, boosts);
    this.pairFilters = pairFilters;
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop)
      throws org.apache.lucene.queryparser.classic.ParseException {
    // the classic parser analyses a quoted phrase with slop 0 and applies its slop afterwards, and
    // only to a bare PhraseQuery or MultiPhraseQuery: a sloppy phrase must stay one of those
    exact = slop == 0;
    try {
      return super.getFieldQuery(field, queryText, slop);
    } finally {
      exact = true;
    }
  }

  @Override
  protected Query analyzePhrase(String field, TokenStream stream, int slop) throws IOException {
    return narrow(super.analyzePhrase(field, stream, slop));
  }

  @Override
  protected Query analyzeMultiPhrase(String field, TokenStream stream, int slop)
      throws IOException {
    Query multi = super.analyzeMultiPhrase(field, stream, slop);
    if (!exact || !(multi instanceof MultiPhraseQuery m)) {
      return narrow(multi);
    }
    Query split = foldedAndTyped(m);
    return split == null ? narrow(multi) : split;
  }

  /**
   * A phrase whose positions each hold a word and its folded twin ({@code "(hoa hòa) (giai giải)"})
   * as the folded phrase required and the typed one adding its score, as {@link
   * #analyzeGraphPhrase} builds it; null when a position holds anything else. A MultiPhraseQuery
   * merges and sorts the positions of both terms in every document, and the folded term already
   * holds every position the typed one does: that merge was over half the cost of such a phrase.
   */
  private Query foldedAndTyped(MultiPhraseQuery m) {
    Term[][] terms = m.getTermArrays();
    int[] at = m.getPositions();
    String field = null;
    List<String> plain = new ArrayList<>();
    List<String> typed = new ArrayList<>();
    for (Term[] alternatives : terms) {
      String folded = null;
      String asTyped = null;
      for (Term t : alternatives) {
        if (field == null) field = t.field();
        if (!t.field().equals(field)) return null;
        String f = fold(t.text());
        if (f.equals(t.text())) {
          if (folded != null) return null;
          folded = f;
        } else {
          if (asTyped != null) return null;
          asTyped = t.text();
        }
      }
      if (folded == null || (asTyped != null && !fold(asTyped).equals(folded))) return null;
      plain.add(folded);
      typed.add(asTyped == null ? folded : asTyped);
    }
    if (field == null) return null;
    return new BooleanQuery.Builder()
        .add(narrow(phrase(field, plain, at, 0)), BooleanClause.Occur.MUST)
        .add(phrase(field, typed, at, 0), BooleanClause.Occur.SHOULD)
        .build();
  }

  private Query narrow(Query phrase) {
    return pairFilters && exact ? PhrasePairFilter.narrow(phrase) : phrase;
  }

  @Override
  protected Query analyzeGraphPhrase(TokenStream source, String field, int slop)
      throws IOException {
    source.reset();
    GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(source);
    Map<String, List<String>> folded = new LinkedHashMap<>();
    Map<String, List<String>> typed = new LinkedHashMap<>();
    Map<String, int[]> positions = new LinkedHashMap<>();
    for (Iterator<TokenStream> it = graph.getFiniteStrings(); it.hasNext(); ) {
      TokenStream path = it.next();
      CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = path.addAttribute(PositionIncrementAttribute.class);
      List<String> terms = new ArrayList<>();
      List<Integer> at = new ArrayList<>();
      int position = -1;
      path.reset();
      while (path.incrementToken()) {
        position += Math.max(1, increment.getPositionIncrement());
        terms.add(term.toString());
        at.add(position);
      }
      path.end();
      path.close();
      if (terms.isEmpty()) continue;
      String key = fold(String.join(" ", terms));
      positions.putIfAbsent(key, at.stream().mapToInt(Integer::intValue).toArray());
      if (nonAscii(terms) == 0) folded.putIfAbsent(key, terms);
      List<String> best = typed.get(key);
      if (best == null || nonAscii(terms) > nonAscii(best)) typed.put(key, terms);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Map.Entry<String, List<String>> e : typed.entrySet()) {
      int[] at = positions.get(e.getKey());
      Query asTyped = phrase(field, e.getValue(), at, slop);
      List<String> plain = folded.get(e.getKey());
      if (plain == null || plain.equals(e.getValue())) {
        any.add(narrow(asTyped), BooleanClause.Occur.SHOULD);
      } else {
        // Every document the typed phrase matches also matches the folded one, so requiring the
        // folded phrase and adding the typed one's score matches and scores as "either" did, but
        // checks the typed phrase's positions only in documents the folded phrase matched.
        any.add(
            new BooleanQuery.Builder()
                .add(narrow(phrase(field, plain, at, slop)), BooleanClause.Occur.MUST)
                .add(asTyped, BooleanClause.Occur.SHOULD)
                .build(),
            BooleanClause.Occur.SHOULD);
      }
    }
    return any.build();
  }

  private static Query phrase(String field, List<String> terms, int[] positions, int slop) {
    if (terms.size() == 1) return new TermQuery(new Term(field, terms.get(0)));
    PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(slop);
    for (int i = 0; i < terms.size(); i++) phrase.add(new Term(field, terms.get(i)), positions[i]);
    return phrase.build();
  }

  private static int nonAscii(List<String> terms) {
    int n = 0;
    for (String t : terms) {
      for (int i = 0; i < t.length(); i++) {
        if (t.charAt(i) > 0x7F) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  static String fold(String s) {
    return AsciiFold.fold(s);
  }
}
