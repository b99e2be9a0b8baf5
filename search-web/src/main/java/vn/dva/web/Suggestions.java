package vn.dva.web;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.spell.DirectSpellChecker;
import vn.dva.cluster.ClusterSearch;
import vn.dva.search.SearchEngine;
import vn.dva.search.SearchService;

/**
 * "Did you mean" and directive-number autocomplete, both from the index's own vocabulary.
 *
 * <p>Accent restoration: each accent-less word of a query gets the accented words of the index that
 * fold to it; the combination chosen is the one whose neighbouring words occur together most often
 * as phrases in the text (so {@code dan van} becomes {@code dân vận}, not the more frequent single
 * word {@code văn}). A word the index does not hold at all is replaced by the nearest indexed word
 * (Lucene's DirectSpellChecker, up to two edits), accented in the same way. Operators, quotes,
 * field syntax and directive numbers are left as typed. The index is asked through a {@link
 * Lexicon}: the term dictionary of an embedded index, or counting requests to a cluster, with the
 * same answers. Directive autocomplete reads the articles' citations and works on either engine.
 * Thread-safe.
 */
final class Suggestions {

  /** Longest query, in words, that gets a suggestion. */
  static final int MAX_WORDS = 8;

  /** A suggested query. */
  record Suggestion(String text) {}

  private record Cached(IndexReader reader, Vocabulary vocabulary) {}

  /** The embedded index, or null on a cluster. */
  private final SearchService search;

  /** The cluster's words, or null on an embedded index. */
  private final ClusterLexicon cluster;

  private final DirectiveData directives;
  private final DirectSpellChecker spell = new DirectSpellChecker();
  private volatile Cached cached;

  /**
   * @param engine the engine of the pages: an embedded index or a cluster
   * @param directives the directive data of the same engine
   */
  Suggestions(SearchEngine engine, DirectiveData directives) {
    this.search = engine instanceof SearchService local ? local : null;
    this.cluster = engine instanceof ClusterSearch c ? new ClusterLexicon(c.words()) : null;
    this.directives = directives;
  }

  /** Whether {@link #didYouMean} can suggest anything: over an embedded index or a cluster. */
  boolean spells() {
    return search != null || cluster != null;
  }

  /** The vocabulary of the current index, rebuilt when the index changed. */
  private Vocabulary vocabulary(IndexReader reader) throws IOException {
    Cached c = cached;
    if (c != null && c.reader() == reader) return c.vocabulary();
    Vocabulary v = Vocabulary.read(reader);
    cached = new Cached(reader, v);
    return v;
  }

  /**
   * Directive numbers for autocomplete (at most {@code limit}); empty for blank input and when the
   * registry is too large for this server ({@link DirectiveData.TooLarge}).
   */
  List<Vocabulary.Entry> directives(String typed, int limit) throws IOException {
    if (typed == null || typed.isBlank()) return List.of();
    try {
      return Vocabulary.directivesMatching(directives.current().numbers(), typed.strip(), limit);
    } catch (DirectiveData.TooLarge e) {
      return List.of(); // no registry on this server: the box simply offers nothing
    }
  }

  /**
   * A better spelling of {@code query}, or null when there is none (blank, already right, too long,
   * nothing better known, or an engine that cannot tell).
   */
  Suggestion didYouMean(String query) throws IOException {
    if (!spells() || query == null || query.isBlank()) return null;
    String q = Normalizer.normalize(query, Normalizer.Form.NFC).strip();
    if (q.indexOf('"') >= 0 || q.indexOf(':') >= 0) return null;
    String[] words = q.split("\\s+");
    if (words.length > MAX_WORDS) return null;
    if (cluster != null) return suggest(cluster, words);
    return search.withSearcher(
        s -> suggest(new IndexLexicon(s, vocabulary(s.getIndexReader()), spell), words));
  }

  private static Suggestion suggest(Lexicon lexicon, String[] words) throws IOException {
    List<List<String>> options = new ArrayList<>();
    for (String w : words) options.add(candidates(lexicon, w));
    List<String> best = bestPath(options, lexicon.phrases(options));
    String suggested = String.join(" ", best);
    String typed = String.join(" ", words).toLowerCase(Locale.ROOT);
    return suggested.toLowerCase(Locale.ROOT).equals(typed) ? null : new Suggestion(suggested);
  }

  /** Spellings to consider for one typed word, best first; the word itself when nothing applies. */
  private static List<String> candidates(Lexicon lexicon, String typed) throws IOException {
    String w = typed.toLowerCase(Locale.ROOT);
    if (!w.matches("[\\p{L}\\p{M}]+") || w.equals("or") || w.equals("and") || w.equals("not"))
      return List.of(typed);
    String folded = Vocabulary.fold(w);
    if (lexicon.articles(w) == 0) {
      String near = lexicon.nearest(w);
      if (near == null) return List.of(w);
      w = near;
      folded = Vocabulary.fold(w);
    }
    if (!w.equals(folded)) return List.of(w);
    List<String> out = new ArrayList<>();
    for (Vocabulary.Entry e : lexicon.accentedFormsOf(folded)) out.add(e.term());
    if (out.isEmpty()) out.add(w);
    return out;
  }

  /**
   * The choice of one option per word that maximises how often neighbours occur as phrases ({@code
   * together[i][j][k]}: option j of word i-1 followed by option k of word i).
   */
  static List<String> bestPath(List<List<String>> options, long[][][] together) {
    int n = options.size();
    // score[i][k]: best total for words 0..i ending with option k; back[i][k]: its predecessor.
    double[][] score = new double[n][];
    int[][] back = new int[n][];
    for (int i = 0; i < n; i++) {
      List<String> opts = options.get(i);
      score[i] = new double[opts.size()];
      back[i] = new int[opts.size()];
      for (int k = 0; k < opts.size(); k++) {
        double prior = -0.01 * k; // earlier options are more frequent words
        if (i == 0) {
          score[i][k] = prior;
          continue;
        }
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < options.get(i - 1).size(); j++) {
          double s = score[i - 1][j] + Math.log1p(together[i][j][k]) + prior;
          if (s > bestScore) {
            bestScore = s;
            back[i][k] = j;
          }
        }
        score[i][k] = bestScore;
      }
    }
    int k = 0;
    for (int j = 1; j < score[n - 1].length; j++) if (score[n - 1][j] > score[n - 1][k]) k = j;
    String[] path = new String[n];
    for (int i = n - 1; i >= 0; i--) {
      path[i] = options.get(i).get(k);
      k = back[i][k];
    }
    return List.of(path);
  }
}
