package vn.dva.search;

import java.util.List;

/**
 * A question that asks what something is, and the words that name that thing: "Định nghĩa của
 * "Người lao động"?", "Khái niệm về an ninh mạng", "Thế nào là hoa lợi?", "An ninh mạng là gì?",
 * "hoa lợi được hiểu như thế nào?". Vietnamese answers such a question with a copula: "Người lao
 * động là người làm việc…", "Hoa lợi là sản vật tự nhiên…"; the page that defines the term holds
 * the term followed by "là", while the pages that merely use it seldom do. The words that frame the
 * question ("định nghĩa của", "là gì", "được hiểu như thế nào") ask rather than name (answer
 * patterns of this kind are an old device of question answering: Ravichandran and Hovy, 2002).
 *
 * <p>A frame that opens the question names the thing after it (all of the rest); a frame that
 * closes it names the thing before it (its last {@value #SUBJECT_BEFORE} words: "Chức năng chính
 * của hầu họng là gì?" looks for "của hầu họng là"). Accents are optional when the query was typed
 * without any. Stateless.
 */
final class DefinitionQuestion {

  /** Words before a closing frame taken as the thing asked about. */
  static final int SUBJECT_BEFORE = 3;

  /** Frames that open a question, longest first where one begins another. */
  private static final List<List<String>> OPENING =
      frames(
          "định nghĩa của",
          "định nghĩa về",
          "định nghĩa",
          "khái niệm của",
          "khái niệm về",
          "khái niệm",
          "thế nào được gọi là",
          "thế nào là",
          "như thế nào là");

  /** Frames that close a question. */
  private static final List<List<String>> CLOSING =
      frames(
          "được hiểu như thế nào",
          "được hiểu là gì",
          "được định nghĩa như thế nào",
          "được định nghĩa là gì",
          "có nghĩa là gì",
          "nghĩa là gì",
          "là gì");

  /**
   * Where the frame and the thing asked about lie, as positions in the words of the question:
   * {@code [frameFrom, frameTo)} and {@code [subjectFrom, subjectTo)}.
   */
  record Found(int frameFrom, int frameTo, int subjectFrom, int subjectTo) {}

  private DefinitionQuestion() {}

  /**
   * The definition frame of a question, or null when it asks something else.
   *
   * @param words the question's clauses in order: a word as typed (punctuation around it ignored),
   *     or null for a clause that is not a plain word (a phrase may be the thing asked about but
   *     never part of the frame)
   * @param plainQuery whether the query was typed without accents, so that the frames' folded forms
   *     count too
   */
  static Found find(List<String> words, boolean plainQuery) {
    int n = words.size();
    for (List<String> frame : OPENING)
      if (frame.size() < n && MatchRule.phraseAt(words, 0, frame, plainQuery))
        return new Found(0, frame.size(), frame.size(), n);
    for (List<String> frame : CLOSING) {
      int at = n - frame.size();
      if (at > 0 && MatchRule.phraseAt(words, at, frame, plainQuery))
        return new Found(at, n, Math.max(0, at - SUBJECT_BEFORE), at);
    }
    return null;
  }

  private static List<List<String>> frames(String... frames) {
    return java.util.Arrays.stream(frames).map(f -> List.of(f.split(" "))).toList();
  }
}
