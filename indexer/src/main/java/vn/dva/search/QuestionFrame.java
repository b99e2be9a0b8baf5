package vn.dva.search;

import java.util.List;
import java.util.Locale;
import vn.dva.analysis.AsciiFold;

/**
 * The opening clause of a question that says where the answer is to be looked for rather than what
 * is asked: "Theo Bộ luật Dân sự 2015, hoa lợi được hiểu như thế nào?" asks about "hoa lợi"; the
 * law it names is written on hundreds of pages, and its words and syllable pairs, counted like the
 * rest, outweigh the one term asked about. Such a clause opens with a word that cites a source
 * ({@code theo}, {@code căn cứ}, {@code chiếu theo}, {@code dựa theo}, {@code dựa vào}, {@code dựa
 * trên}; accents optional) and ends at the first comma; what follows must hold at least {@value
 * #MIN_WORDS_AFTER} words. Other openings ("Trong…", "Khi…", "Đối với…") often hold the subject
 * itself ("Khi xảy ra tình trạng quá liều Biseptol, cần phải làm gì?") and are not frames: measured
 * on ViMedAQA, treating them so costs 0.9 to 1.8 points of nDCG@10. Stateless.
 */
final class QuestionFrame {

  /** Words that open a frame, folded. */
  private static final List<String> OPENERS =
      List.of("theo", "can cu", "chieu theo", "dua theo", "dua vao", "dua tren");

  /** Fewest words after the comma for the clause before it to count as a frame. */
  static final int MIN_WORDS_AFTER = 2;

  private QuestionFrame() {}

  /**
   * Where the frame of {@code text} ends: the index of the comma that closes it, or -1 when the
   * text does not open with one.
   */
  static int end(String text) {
    String folded = AsciiFold.fold(text.toLowerCase(Locale.ROOT));
    int start = 0;
    while (start < folded.length() && Character.isWhitespace(folded.charAt(start))) start++;
    boolean opens = false;
    for (String opener : OPENERS) {
      int after = start + opener.length();
      opens |=
          folded.startsWith(opener, start)
              && after < folded.length()
              && Character.isWhitespace(folded.charAt(after));
    }
    if (!opens) return -1;
    int comma = text.indexOf(',');
    if (comma < 0) return -1;
    String rest = text.substring(comma + 1).strip();
    if (rest.isEmpty() || rest.split("\\s+").length < MIN_WORDS_AFTER) return -1;
    return comma;
  }
}
