package vn.dva.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Every Vietnamese spelling an accent-less word could stand for, written as the index writes it:
 * the letters that take a shape mark vary ({@code d}→đ, {@code a}→ă/â, {@code e}→ê, {@code o}→ô/ơ,
 * {@code u}→ư), one of the five tone marks goes on one vowel (or none), and each spelling then runs
 * through the index's own word chain ({@link AnalysisChains#words()}: tone placement, spelling
 * variants), so {@code hoà}/{@code hòa} or {@code kĩ}/{@code kỹ} come out as the one term the index
 * holds. Used where no term dictionary can be walked (an index on a cluster): the forms are then
 * looked up by their document counts. Words with more than {@value #MAX_VOWELS} vowel letters (no
 * Vietnamese syllable has that many) get none. Thread-safe.
 */
public final class AccentedForms {

  /** Vowel letters of the longest Vietnamese syllables ({@code khuyu}, {@code nguoi}). */
  static final int MAX_VOWELS = 4;

  private static final char[] MARKS = {'\u0300', '\u0301', '\u0309', '\u0303', '\u0323'};

  private static final Analyzer WORDS = AnalysisChains.words();

  private AccentedForms() {}

  /**
   * The accented spellings that fold to {@code folded} (lower case, no marks), each once, as index
   * terms; never {@code folded} itself. Empty for anything that is not letters.
   */
  public static List<String> of(String folded) {
    String w = folded.toLowerCase(Locale.ROOT);
    if (!w.matches("\\p{L}+") || !fold(w).equals(w)) return List.of();
    int vowels = 0;
    for (char c : w.toCharArray()) if ("aeiouy".indexOf(c) >= 0) vowels++;
    if (vowels > MAX_VOWELS) return List.of();
    List<String> shapes = new ArrayList<>(List.of(""));
    for (char c : w.toCharArray()) {
      String options = shapesOf(c);
      List<String> next = new ArrayList<>(shapes.size() * options.length());
      for (String s : shapes) for (char o : options.toCharArray()) next.add(s + o);
      shapes = next;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String shape : shapes) {
      add(out, shape, w);
      for (int i = 0; i < shape.length(); i++) {
        if ("aeiouy".indexOf(Character.toLowerCase(fold(shape.substring(i, i + 1)).charAt(0))) < 0)
          continue;
        for (char mark : MARKS)
          add(out, shape.substring(0, i + 1) + mark + shape.substring(i + 1), w);
      }
    }
    return List.copyOf(out);
  }

  private static String shapesOf(char c) {
    return switch (c) {
      case 'd' -> "dđ";
      case 'a' -> "aăâ";
      case 'e' -> "eê";
      case 'o' -> "oôơ";
      case 'u' -> "uư";
      default -> String.valueOf(c);
    };
  }

  /** Adds {@code spelling} as the index writes it, when that is one accented term of {@code w}. */
  private static void add(Set<String> out, String spelling, String w) {
    String term = indexTerm(Normalizer.normalize(spelling, Normalizer.Form.NFC));
    if (term != null && !term.equals(w) && fold(term).equals(w)) out.add(term);
  }

  /** The single term the index's word chain makes of {@code word}, or null when not one term. */
  static String indexTerm(String word) {
    try (TokenStream ts = WORDS.tokenStream("text", word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String first = ts.incrementToken() ? term.toString() : null;
      boolean more = first != null && ts.incrementToken();
      ts.end();
      return more ? null : first;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse " + word, e);
    }
  }

  /** Lower case without marks, {@code đ} as {@code d}: the accent-less spelling. */
  static String fold(String s) {
    String d =
        Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "");
    return d.replace('đ', 'd').replace('ð', 'd');
  }
}
