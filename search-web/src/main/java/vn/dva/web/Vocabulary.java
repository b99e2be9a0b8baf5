package vn.dva.web;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import vn.dva.index.IndexSchema;

/**
 * What the index knows about words and directive numbers, read once per index reader: for every
 * accent-less spelling the accented words of the text that fold to it (most frequent first), and
 * the directive numbers cited with their article counts. Immutable.
 */
final class Vocabulary {

  /** Accented candidates kept per folded spelling. */
  static final int CANDIDATES = 3;

  /** A word or number with the number of articles holding it. */
  record Entry(String term, int articles) {}

  private final Map<String, List<Entry>> accented;
  private final List<Entry> directives;

  private Vocabulary(Map<String, List<Entry>> accented, List<Entry> directives) {
    this.accented = accented;
    this.directives = directives;
  }

  /** Reads the terms of {@code reader}: one pass over the text field and the directive field. */
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
    Comparator<Entry> byCount =
        Comparator.comparingInt(Entry::articles).reversed().thenComparing(Entry::term);
    Map<String, List<Entry>> top = new HashMap<>();
    byFolded.forEach(
        (k, v) -> {
          v.sort(byCount);
          top.put(k, List.copyOf(v.subList(0, Math.min(CANDIDATES, v.size()))));
        });
    List<Entry> numbers = new ArrayList<>();
    Terms dir = MultiTerms.getTerms(reader, IndexSchema.DIRECTIVE);
    if (dir != null) {
      TermsEnum it = dir.iterator();
      for (BytesRef t = it.next(); t != null; t = it.next())
        numbers.add(new Entry(t.utf8ToString(), it.docFreq()));
    }
    numbers.sort(byCount);
    return new Vocabulary(top, List.copyOf(numbers));
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
  List<Entry> directivesMatching(String typed, int limit) {
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
