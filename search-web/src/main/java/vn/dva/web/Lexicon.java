package vn.dva.web;

import java.io.IOException;
import java.util.List;

/**
 * The four questions "did you mean" asks of an index's words, answered by an embedded index ({@link
 * IndexLexicon}) or a cluster ({@link ClusterLexicon}) alike, so both suggest the same.
 */
interface Lexicon {

  /** The number of articles whose text holds {@code word}. */
  long articles(String word) throws IOException;

  /**
   * The accented words of the text that fold to {@code folded}, most frequent first (ties by word),
   * at most {@link Vocabulary#CANDIDATES}.
   */
  List<Vocabulary.Entry> accentedFormsOf(String folded) throws IOException;

  /** The nearest word of the text (up to two edits), or null when none is near. */
  String nearest(String word) throws IOException;

  /**
   * For each word {@code i > 0} and each option {@code k} of it, how many articles hold option
   * {@code j} of word {@code i - 1} directly followed by it: {@code [i][j][k]} ({@code [0]} empty).
   */
  long[][][] phrases(List<List<String>> options) throws IOException;
}
