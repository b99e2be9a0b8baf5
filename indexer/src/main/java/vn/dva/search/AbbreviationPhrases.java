package vn.dva.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dva.analysis.VietnameseAnalyzer;

/**
 * Quotes the multi-word spellings of known abbreviations in a query ({@code dân tộc thiểu số} →
 * {@code "dân tộc thiểu số"}), so that a parser splitting on whitespace hands the run to the
 * analyzer whole and its synonym step can match {@code DTTS} as well. Runs already in quotes, after
 * a {@code field:} prefix or joined by an operator are left alone. Matching ignores case, accents
 * and tone placement. Thread-safe and stateless.
 */
final class AbbreviationPhrases {

  /** A word of the query and where it stands. */
  private record Word(String folded, int start, int end) {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** What may stand between two words of one run: spaces and dashes ("kinh tế - xã hội"). */
  private static final Pattern JOINER = Pattern.compile("[\\s\\-–]+");

  private AbbreviationPhrases() {}

  /** {@code query} with each multi-word abbreviation spelling put in double quotes. */
  static String quote(String query) {
    List<Word> words = freeWords(query);
    if (words.size() < 2) return query;
    StringBuilder out = new StringBuilder(query.length() + 8);
    int copied = 0;
    for (int i = 0; i < words.size(); ) {
      int n = longestRunAt(query, words, i);
      if (n < 2) {
        i++;
        continue;
      }
      int start = words.get(i).start();
      int end = words.get(i + n - 1).end();
      out.append(query, copied, start).append('"').append(query, start, end).append('"');
      copied = end;
      i += n;
    }
    return out.append(query.substring(copied)).toString();
  }

  private static int longestRunAt(String query, List<Word> words, int i) {
    for (List<String> form : VietnameseAnalyzer.multiWordAbbreviations()) {
      int n = form.size();
      if (i + n > words.size()) continue;
      boolean match = true;
      for (int k = 0; k < n && match; k++) {
        match = words.get(i + k).folded().equals(form.get(k));
        if (match && k > 0) {
          String between = query.substring(words.get(i + k - 1).end(), words.get(i + k).start());
          match = JOINER.matcher(between).matches();
        }
      }
      if (match) return n;
    }
    return 0;
  }

  /** The words outside quotes that are neither field names nor field values nor operators. */
  private static List<Word> freeWords(String query) {
    List<Word> out = new ArrayList<>();
    boolean[] quoted = quotedChars(query);
    Matcher m = WORD.matcher(query);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      if (quoted[s]) continue;
      if (e < query.length() && query.charAt(e) == ':') continue;
      if (s > 0 && query.charAt(s - 1) == ':') continue;
      if (s > 0
          && (query.charAt(s - 1) == '-' || query.charAt(s - 1) == '+')
          && (s == 1 || Character.isWhitespace(query.charAt(s - 2)))) {
        out.add(new Word("\u0000", s, e));
        continue;
      }
      String w = m.group();
      if (w.equals("AND") || w.equals("OR") || w.equals("NOT")) {
        out.add(new Word("\u0000", s, e));
        continue;
      }
      out.add(new Word(fold(w), s, e));
    }
    return out;
  }

  private static boolean[] quotedChars(String query) {
    boolean[] quoted = new boolean[query.length() + 1];
    boolean in = false;
    for (int i = 0; i < query.length(); i++) {
      if (query.charAt(i) == '"' && (i == 0 || query.charAt(i - 1) != '\\')) in = !in;
      quoted[i] = in || query.charAt(i) == '"';
    }
    return quoted;
  }

  private static String fold(String word) {
    String plain =
        Normalizer.normalize(word, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replace('đ', 'd')
            .replace('Đ', 'D');
    return plain.toLowerCase(Locale.ROOT);
  }
}
