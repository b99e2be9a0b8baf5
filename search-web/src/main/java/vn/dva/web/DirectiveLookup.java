package vn.dva.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import vn.dva.extract.DirectiveCitation;
import vn.dva.extract.DirectiveExtractor;
import vn.dva.review.CitingArticle;

/**
 * Batch lookup of directive numbers: for each typed number, how many articles cite it, how often,
 * the first and last publication dates of those articles and the issue years seen. Reads the stored
 * citations of the engine's articles (the directive data's), so it is the same on either engine;
 * counts every identity of a number together. Thread-safe.
 */
final class DirectiveLookup {

  /** Most numbers looked up at once. */
  static final int MAX_NUMBERS = 500;

  /**
   * One looked-up number.
   *
   * @param typed what the user gave
   * @param number the canonical number, or null when {@code typed} holds none
   * @param articles articles citing it
   * @param mentions mentions in those articles
   * @param first earliest publication date among them, or null
   * @param last latest publication date among them, or null
   * @param years issue years seen in the citations, ascending
   */
  record Row(
      String typed,
      String number,
      int articles,
      int mentions,
      LocalDate first,
      LocalDate last,
      List<Integer> years) {}

  private final DirectiveData data;

  DirectiveLookup(DirectiveData data) {
    this.data = data;
  }

  /**
   * Splits pasted text or CSV content into candidate numbers: one per line, or per cell when
   * separated by commas, semicolons or tabs; blanks and duplicates dropped, order kept.
   */
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) return out;
    for (String part : text.split("[\\r\\n,;\\t]+")) {
      String p = part.strip().replaceAll("^\"|\"$", "").strip();
      if (!p.isEmpty() && !out.contains(p)) out.add(p);
    }
    return out;
  }

  /** Looks up each of {@code typed} (at most {@link #MAX_NUMBERS}, checked by the caller). */
  List<Row> lookup(List<String> typed) throws IOException {
    List<CitingArticle> articles = data.current().articles();
    List<Row> rows = new ArrayList<>();
    for (String t : typed) rows.add(row(articles, t));
    return rows;
  }

  private static Row row(List<CitingArticle> articles, String typed) {
    List<DirectiveExtractor.NumberMatch> found = DirectiveExtractor.numbersIn(typed);
    if (found.isEmpty()) return new Row(typed, null, 0, 0, null, null, List.of());
    String number = found.get(0).number();
    int citing = 0;
    int mentions = 0;
    LocalDate first = null;
    LocalDate last = null;
    TreeSet<Integer> years = new TreeSet<>();
    for (CitingArticle a : articles) {
      boolean cites = false;
      for (DirectiveCitation c : a.citations()) {
        if (!c.number().equals(number)) continue;
        cites = true;
        mentions += c.mentions();
        if (c.issued() != null) years.add(c.issued().getYear());
      }
      if (!cites) continue;
      citing++;
      LocalDate d = a.published();
      if (d != null) {
        if (first == null || d.isBefore(first)) first = d;
        if (last == null || d.isAfter(last)) last = d;
      }
    }
    return new Row(typed, number, citing, mentions, first, last, List.copyOf(years));
  }
}
