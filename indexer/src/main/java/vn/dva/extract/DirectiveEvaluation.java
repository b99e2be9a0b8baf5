package vn.dva.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Precision and recall of {@link DirectiveExtractor} on a labelled set: sentences with the mentions
 * (number, and the issue date that belongs to it) a careful reader finds there.
 *
 * <p>Counted twice: on numbers alone, and on number + date (a mention whose date is missing or
 * wrong counts as a miss and a false find there). Thread-safe; pure apart from reading the set.
 */
public final class DirectiveEvaluation {

  /** The labelled set the extractor was tuned on (71 sentences). */
  public static final String DEVELOPMENT = "directive-labels.tsv";

  /** The labelled set written afterwards and measured without tuning (40 sentences). */
  public static final String HELD_OUT = "directive-labels-holdout.tsv";

  /**
   * One labelled sentence.
   *
   * @param text the sentence
   * @param expected mentions, each "NUMBER" or "NUMBER YYYY-MM-DD"
   */
  public record Labelled(String text, List<String> expected) {}

  /**
   * Counts of one level.
   *
   * @param truePositives found and expected
   * @param falsePositives found, not expected
   * @param falseNegatives expected, not found
   */
  public record Score(int truePositives, int falsePositives, int falseNegatives) {
    /** TP / (TP + FP); 1 when nothing was found. */
    public double precision() {
      int found = truePositives + falsePositives;
      return found == 0 ? 1 : (double) truePositives / found;
    }

    /** TP / (TP + FN); 1 when nothing was expected. */
    public double recall() {
      int expected = truePositives + falseNegatives;
      return expected == 0 ? 1 : (double) truePositives / expected;
    }
  }

  /**
   * The result.
   *
   * @param sentences sentences evaluated
   * @param numbers score on numbers alone
   * @param dated score on number + issue date
   * @param misses one line per sentence where the extractor differs from the label
   */
  public record Result(int sentences, Score numbers, Score dated, List<String> misses) {
    /** A short report for people: counts, precision and recall, then the misses. */
    public String report() {
      StringBuilder s = new StringBuilder();
      s.append(String.format(Locale.ROOT, "sentences: %d%n", sentences));
      line(s, "numbers", numbers);
      line(s, "numbers+dates", dated);
      for (String m : misses) s.append("miss: ").append(m).append(System.lineSeparator());
      return s.toString();
    }

    private static void line(StringBuilder s, String name, Score x) {
      s.append(
          String.format(
              Locale.ROOT,
              "%-14s precision %.3f  recall %.3f  (tp %d, fp %d, fn %d)%n",
              name,
              x.precision(),
              x.recall(),
              x.truePositives(),
              x.falsePositives(),
              x.falseNegatives()));
    }
  }

  private DirectiveEvaluation() {}

  /**
   * A labelled set shipped with dva: {@link #DEVELOPMENT} or {@link #HELD_OUT}.
   *
   * @throws IllegalArgumentException when no set has that name
   */
  public static List<Labelled> bundled(String name) {
    try (InputStream in = DirectiveEvaluation.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalArgumentException("no bundled labelled set named " + name);
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses a labelled set: one sentence per line, a tab, then the expected mentions separated by ";
   * " (nothing after the tab for a sentence without directives). Lines starting with # and blank
   * lines are skipped.
   *
   * @throws IllegalArgumentException for a line without a tab (the message gives its number)
   */
  public static List<Labelled> parse(String tsv) {
    List<Labelled> out = new ArrayList<>();
    String[] lines = tsv.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) continue;
      int tab = line.indexOf('\t');
      if (tab < 0)
        throw new IllegalArgumentException("line " + (i + 1) + " of the labelled set has no tab");
      List<String> expected = new ArrayList<>();
      for (String e : line.substring(tab + 1).split(";")) if (!e.isBlank()) expected.add(e.strip());
      out.add(new Labelled(TextDecoder.nfc(line.substring(0, tab)), expected));
    }
    return out;
  }

  /** Runs the extractor over every sentence and scores it. */
  public static Result evaluate(List<Labelled> set) {
    int[] numbers = new int[3];
    int[] dated = new int[3];
    List<String> misses = new ArrayList<>();
    for (Labelled l : set) {
      List<String> found = new ArrayList<>();
      for (DirectiveMention m : DirectiveExtractor.mentions(l.text())) {
        found.add(m.number() + (m.issued() == null ? "" : " " + m.issued()));
      }
      score(numbersOnly(l.expected()), numbersOnly(found), numbers);
      score(l.expected(), found, dated);
      if (!sameMultiset(l.expected(), found)) {
        misses.add(l.text() + " → expected " + l.expected() + ", found " + found);
      }
    }
    return new Result(
        set.size(),
        new Score(numbers[0], numbers[1], numbers[2]),
        new Score(dated[0], dated[1], dated[2]),
        misses);
  }

  private static List<String> numbersOnly(List<String> mentions) {
    return mentions.stream().map(m -> m.split(" ", 2)[0]).toList();
  }

  private static void score(List<String> expected, List<String> found, int[] counts) {
    Map<String, Integer> left = new HashMap<>();
    for (String e : expected) left.merge(e, 1, Integer::sum);
    for (String f : found) {
      Integer n = left.get(f);
      if (n != null && n > 0) {
        counts[0]++;
        left.put(f, n - 1);
      } else {
        counts[1]++;
      }
    }
    for (int n : left.values()) counts[2] += n;
  }

  private static boolean sameMultiset(List<String> a, List<String> b) {
    return a.stream().sorted().toList().equals(b.stream().sorted().toList());
  }
}
