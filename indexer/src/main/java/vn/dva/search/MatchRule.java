package vn.dva.search;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.dva.analysis.AsciiFold;

/**
 * How many of a query's words a document must match, as Elasticsearch's {@code
 * minimum_should_match}: a short query requires every word; a longer one requires a share of them,
 * so that the passage answering "Người lao động được nghỉ bao lâu 1 năm?" matches although it never
 * says "bao lâu". Documents matching more words still rank higher, as each word adds its score.
 *
 * <p>Where the line lies depends on what was typed. Keywords ("đồng bào DTTS hộ nghèo Nghệ An")
 * name what the page must hold: up to {@value #KEYWORDS_UP_TO} words are all required. A question
 * (ending in {@code ?} or asking with gì, nào, sao, đâu, bao nhiêu…) carries words the answer does
 * not repeat: up to {@value #QUESTION_UP_TO} words are all required, and a longer one needs {@value
 * #SHARE} of its words, at least {@value #FLOOR}. Measured with {@code dva relevance} (the judged
 * keyword queries: MRR 0.977 with the question line for all, 0.987 with 7) and {@code dva relevance
 * --beir} (questions: ViMedAQA nDCG@10 76.3 with 7 words required, 81.7 with the question rule,
 * 82.75 with every word optional).
 *
 * <p>The words that ask ({@link #asks}) are not counted: the answer to "Vành tai là gì?" says what
 * the ear is without saying "gì", so only "vành tai là" is required; the asking word still scores
 * where it occurs. Measured with {@code dva relevance --beir}: ViMedAQA typed 81.66 → 82.29,
 * unaccented 80.71 → 81.34 (with the folded forms); ALQAC 95.11 → 95.30 and 95.39 → 95.57. So are
 * the words of phrases that ask ({@link #askingPhrases}: "như thế nào", "bao lâu", "tại sao").
 * Stateless.
 */
final class MatchRule {

  /** Keyword queries of up to this many words require all of them. */
  static final int KEYWORDS_UP_TO = 7;

  /** Questions of up to this many words require all of them. */
  static final int QUESTION_UP_TO = 4;

  /** Share of the words a longer query requires, rounded down. */
  static final double SHARE = 0.2;

  /** A longer query requires at least this many words. */
  static final int FLOOR = 2;

  /** Words that ask (as typed, with accents: folded, "dau" is also "đau"). */
  private static final Set<String> ASKING =
      Set.of("gì", "nào", "sao", "đâu", "ai", "nhiêu", "mấy", "chăng", "hả", "ư");

  /**
   * The same words without accents, for a query typed without any: there "dau" may be "đâu" (where)
   * or "đau" (pain), and counting it as asking only makes it optional, never drops it.
   */
  private static final Set<String> ASKING_FOLDED =
      Set.of("gi", "nao", "sao", "dau", "ai", "nhieu", "may", "chang", "ha", "u");

  /**
   * Phrases that ask as a whole: in "hoa lợi được hiểu như thế nào?" neither "như" nor "thế" names
   * anything the answer holds, though neither asks alone ("như" is also "as", "bao" "to wrap").
   */
  private static final List<List<String>> ASKING_PHRASES =
      List.of(
          List.of("như", "thế", "nào"),
          List.of("thế", "nào"),
          List.of("ra", "sao"),
          List.of("bao", "nhiêu"),
          List.of("bao", "lâu"),
          List.of("bao", "giờ"),
          List.of("tại", "sao"),
          List.of("vì", "sao"),
          List.of("làm", "sao"));

  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

  private static final Pattern NOT_LETTER = Pattern.compile("\\P{L}+");

  private MatchRule() {}

  /**
   * The number of the {@code words} counted clauses a document must match; 0 for none.
   *
   * @param question whether the query is a question ({@link #isQuestion})
   */
  static int required(int words, boolean question) {
    if (words <= (question ? QUESTION_UP_TO : KEYWORDS_UP_TO)) return words;
    return Math.max(FLOOR, (int) Math.floor(words * SHARE));
  }

  /**
   * Whether {@code word}, one word as typed (punctuation around it ignored), asks rather than
   * names: such a word is not counted by {@link #required}.
   *
   * @param plainQuery whether the whole query was typed without accents, so that the folded forms
   *     ask too
   */
  static boolean asks(String word, boolean plainQuery) {
    String w = bare(word);
    return ASKING.contains(w) || (plainQuery && ASKING_FOLDED.contains(w));
  }

  /**
   * The positions in {@code words} (one word as typed each, punctuation around it ignored; null for
   * a clause that is not a word) of the words of a phrase that asks ({@code như thế nào}, {@code
   * bao lâu}, {@code tại sao}…): like the words of {@link #asks}, they are not counted by {@link
   * #required}.
   *
   * @param plainQuery whether the whole query was typed without accents, so that the phrases'
   *     folded forms ask too
   */
  static Set<Integer> askingPhrases(List<String> words, boolean plainQuery) {
    Set<Integer> out = new HashSet<>();
    for (List<String> phrase : ASKING_PHRASES) {
      for (int i = 0; i + phrase.size() <= words.size(); i++) {
        if (phraseAt(words, i, phrase, plainQuery))
          for (int k = 0; k < phrase.size(); k++) out.add(i + k);
      }
    }
    return out;
  }

  /**
   * Whether {@code words} (as in {@link #askingPhrases}) hold {@code phrase} (lower case, accented)
   * from position {@code at}; its folded form counts too when the query was typed without accents.
   */
  static boolean phraseAt(List<String> words, int at, List<String> phrase, boolean plainQuery) {
    for (int k = 0; k < phrase.size(); k++) {
      String typed = words.get(at + k);
      if (typed == null) return false;
      typed = bare(typed);
      String want = phrase.get(k);
      if (!typed.equals(want) && !(plainQuery && typed.equals(AsciiFold.fold(want)))) return false;
    }
    return true;
  }

  /** A word as typed, lower case, without the punctuation around or inside it. */
  private static String bare(String word) {
    return NOT_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /** Whether {@code typed} ends with a question mark or holds a word that asks. */
  static boolean isQuestion(String typed) {
    String t = typed.strip();
    while (!t.isEmpty() && "\"”’»)]. ".indexOf(t.charAt(t.length() - 1)) >= 0)
      t = t.substring(0, t.length() - 1);
    if (t.endsWith("?") || t.endsWith("？")) return true;
    var m = WORD.matcher(t.toLowerCase(Locale.ROOT));
    while (m.find()) if (ASKING.contains(m.group())) return true;
    return false;
  }
}
