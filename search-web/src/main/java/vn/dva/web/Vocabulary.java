package vn.dva.web;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import vn.dva.extract.DirectiveCitation;
import vn.dva.index.IndexSchema;
import vn.dva.review.CitingArticle;

/**
 * What the index knows about words and directive numbers: for every accent-less spelling the
 * accented words of the text that fold to it (most frequent first), read once per index reader of
 * an embedded index (a cluster's are looked up instead: {@link ClusterLexicon}); and the directive
 * numbers cited with their article counts, from the articles of either engine. Immutable.
 */
final class Vocabulary {

  /** Accented candidates kept per folded spelling. */
  static final int CANDIDATES = 3;

  /** A word or number with the number of articles holding it. */
  record Entry(String term, int articles) {}

  private static final Comparator<Entry> BY_COUNT =
      Comparator.comparingInt(Entry::articles).reversed().thenComparing(Entry::term);

  private final Map<String, List<Entry>> accented;

  private Vocabulary(Map<String, List<Entry>> accented) {
    this.accented = accented;
  }

  /**
   * Every directive number cited by {@code articles} with the number of articles citing it, most
   * cited first: the counts of the index's directive field, read from the stored citations so that
   * an index on a cluster gives the same.
   */
  static List<Entry> directiveNumbers(List<CitingArticle> articles) {
    Map<String, Integer> counts = new HashMap<>();
    for (CitingArticle a : articles) {
      Set<String> numbers = new HashSet<>();
      for (DirectiveCitation c : a.citations()) numbers.add(c.number());
      numbers.forEach(n -> counts.merge(n, 1, Integer::sum));
    }
    List<Entry> out = new ArrayList<>();
    counts.forEach((n, k) -> out.add(new Entry(n, k)));
    out.sort(BY_COUNT);
    return List.copyOf(out);
  }

  /** Reads the accented words of the text field of {@code reader} (an embedded index). */
  static Vocabulary read(IndexReader reader) throws IOException {
    Map<String, List<Entry>> byFolded = new HashMap<>();
    Terms text = MultiTerms.getTerms(reader, IndexSchema.TEXT);
    if (text != null) {
      TermsEnum it = text.iterator();
      for (BytesRef t = it.next(); t != null; t = it.next()) {
        String word = t.utf8ToString();
        String folded = fold(word);
        if (folded.equals(word)) continue;
        byFolded.computeIfAbsent(folded, k -> new ArrayList<>()).add(new Entry(word, it.docFreq()));
      }
    }
    Map<String, List<Entry>> top = new HashMap<>();
    byFolded.forEach((k, v) -> top.put(k, top(v)));
    return new Vocabulary(top);
  }

  /** The {@link #CANDIDATES} most frequent of {@code forms}, ties by word. */
  static List<Entry> top(List<Entry> forms) {
    List<Entry> sorted = new ArrayList<>(forms);
    sorted.sort(BY_COUNT);
    return List.copyOf(sorted.subList(0, Math.min(CANDIDATES, sorted.size())));
  }

  /**
   * Accented words of the index that fold to {@code folded}, most frequent first; empty if none.
   */
  List<Entry> accentedFormsOf(String folded) {
    return accented.getOrDefault(folded, List.of());
  }

  /**
   * Directive numbers matching what a user typed, best first: numbers starting with it, then
   * numbers containing it; accents, case and spaces ignored ({@code 18-ct}, {@code qd}).
   */
  static List<Entry> directivesMatching(List<Entry> directives, String typed, int limit) {
    String key = fold(typed).replace(" ", "");
    List<Entry> starts = new ArrayList<>();
    List<Entry> contains = new ArrayList<>();
    for (Entry e : directives) {
      String f = fold(e.term());
      if (f.startsWith(key)) starts.add(e);
      else if (f.contains(key)) contains.add(e);
    }
    starts.addAll(contains);
    return starts.subList(0, Math.min(limit, starts.size()));
  }

  /** Lower case without diacritics, {@code đ} as {@code d}: how accent-less users type. */
  static String fold(String s) {
    String d =
        Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "");
    return d.replace('đ', 'd').replace('ð', 'd');
  }
}
