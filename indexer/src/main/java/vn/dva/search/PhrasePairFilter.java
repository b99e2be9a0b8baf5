package vn.dva.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.dva.analysis.SyllableShingleAnalyzer;
import vn.dva.index.IndexSchema;

/**
 * Narrows a phrase query to the documents whose {@link IndexSchema#TEXT_PAIRS} field holds the
 * phrase's inner syllable pairs, as Elasticsearch's {@code index_phrases} does: the pair terms are
 * added as FILTER clauses, so Lucene leads the conjunction with the rarest pair and checks
 * positions only where every pair is present. Scores are unchanged (a filter adds nothing).
 *
 * <p>The filter must never drop a document the phrase matches. The pair field is built by a
 * tokenizer that does not recognise directive numbers, so a word glued to a written number ({@code
 * số31-QĐ/TW} gives {@code số} in the text field but {@code so31} among the pairs, {@code
 * 18-CT/TUngày} gives {@code ngày} but {@code tungay}) pairs differently. Such a fragment always
 * stands next to the directive token, so inside a matched phrase it can only be the first or the
 * last word; the pairs touching those two words are left out and only the inner pairs are used
 * (phrases of four words or more). Phrases with slop, gaps, stacked alternatives, or terms that are
 * not plain folded syllables or numbers get no filter. Stateless and thread-safe.
 */
final class PhrasePairFilter {

  /** A folded syllable or a number, as both the text and the pair analyzers emit them. */
  private static final Pattern PLAIN = Pattern.compile("[a-z0-9]+");

  private PhrasePairFilter() {}

  /**
   * {@code phrase} with its inner pair terms as FILTER clauses, or {@code phrase} itself when no
   * pair is certain to be present in every matching document.
   *
   * @param phrase a query over the title or text field; other query types are returned unchanged
   */
  static Query narrow(Query phrase) {
    List<String> pairs = innerPairs(foldedTerms(phrase));
    if (pairs.isEmpty()) return phrase;
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(phrase, BooleanClause.Occur.MUST);
    for (String pair : pairs) {
      b.add(new TermQuery(new Term(IndexSchema.TEXT_PAIRS, pair)), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /**
   * The pair terms between the words at positions 1 … n-2 of {@code words}: pairs of adjacent inner
   * words. Empty when {@code words} is null or shorter than four.
   */
  static List<String> innerPairs(List<String> words) {
    List<String> out = new ArrayList<>();
    if (words == null) return out;
    for (int i = 1; i + 2 < words.size(); i++) {
      out.add(words.get(i) + SyllableShingleAnalyzer.SEPARATOR + words.get(i + 1));
    }
    return out;
  }

  /**
   * The phrase's words as folded syllables, one per consecutive position, or null when the query is
   * not an exact phrase of plain folded words on the title or text field. (A phrase of words and
   * their folded twins reaches here already split by {@link FoldedPhraseParser} into its folded
   * phrase; any other multi-term phrase gets no filter.)
   */
  static List<String> foldedTerms(Query query) {
    if (query instanceof PhraseQuery p) {
      if (p.getSlop() != 0 || !textField(p.getField())) return null;
      Term[] terms = p.getTerms();
      int[] at = p.getPositions();
      List<String> out = new ArrayList<>();
      for (int i = 0; i < terms.length; i++) {
        if (at[i] != at[0] + i) return null;
        String t = terms[i].text();
        if (!PLAIN.matcher(t).matches()) return null;
        out.add(t);
      }
      return out;
    }
    return null;
  }

  private static boolean textField(String field) {
    return IndexSchema.TEXT.equals(field) || IndexSchema.TITLE.equals(field);
  }
}
