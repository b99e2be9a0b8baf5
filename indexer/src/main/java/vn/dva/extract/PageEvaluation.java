package vn.dva.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores {@link DocumentExtractor} on hand-labelled HTML pages, in the format of {@code
 * ../shared/real-pages/gold.json}: headline, article date, province, where the main text starts and
 * ends, the page's kind, and the document numbers cited in the main text.
 *
 * <p>Conventions of the labels, kept here: pages are read as files (no site hints); strings are
 * compared after NFC and white-space collapse; a field a label flags as uncertain ({@code
 * uncertain_fields}) is shown but not scored; a certain date or province may be null (the page
 * shows none, the story is national), and then the extractor must give none; an article with no
 * first or last words has an empty body and is right only with empty text; numbers listed as {@code
 * optional} count neither as found nor as missed. Headline, date, province, start and end are
 * scored on articles only; kind and numbers on every page. Thread-safe; reads only the given files.
 */
public final class PageEvaluation {

  /**
   * The label of one page.
   *
   * @param file file name inside the pages folder
   * @param article whether the page is an article ({@code is_article})
   * @param title the headline a reader sees
   * @param published the article's date, null when the page shows none
   * @param province the province the story is about, null for national stories
   * @param firstWords the first words of the main text, null for an empty body
   * @param lastWords the last words of the main text, null for an empty body
   * @param directives canonical numbers cited in the main text
   * @param optional numbers an extractor may or may not find
   * @param uncertain fields a second reader might label differently ({@code published}, …)
   */
  public record Gold(
      String file,
      boolean article,
      String title,
      LocalDate published,
      String province,
      String firstWords,
      String lastWords,
      List<String> directives,
      Set<String> optional,
      Set<String> uncertain) {}

  /**
   * What the extractor made of one page and how it scored; a check is null when not scored.
   *
   * @param gold the label
   * @param doc what extraction gave, null when it failed
   * @param error the failure's message, null when extraction succeeded
   */
  public record Page(
      Gold gold,
      ExtractedDocument doc,
      String error,
      Boolean title,
      Boolean date,
      Boolean province,
      Boolean start,
      Boolean end,
      boolean kind,
      Set<String> found,
      int truePositives,
      int falsePositives,
      int falseNegatives) {}

  /** A fraction of scored cases; {@code total} 0 gives 1. */
  public record Fraction(int right, int total) {
    public double value() {
      return total == 0 ? 1 : (double) right / total;
    }

    @Override
    public String toString() {
      return right + "/" + total;
    }
  }

  /** The pages and their totals. */
  public record Result(List<Page> pages) {

    public Fraction title() {
      return count(pages.stream().map(Page::title).toList());
    }

    public Fraction date() {
      return count(pages.stream().map(Page::date).toList());
    }

    /** Certain dates that the page shows (the "article date" row). */
    public Fraction datesShown() {
      return count(pages.stream().filter(p -> p.gold.published != null).map(Page::date).toList());
    }

    /** Certain labels of "no date shown". */
    public Fraction datesNotShown() {
      return count(pages.stream().filter(p -> p.gold.published == null).map(Page::date).toList());
    }

    public Fraction province() {
      return count(pages.stream().map(Page::province).toList());
    }

    public Fraction start() {
      return count(pages.stream().map(Page::start).toList());
    }

    public Fraction end() {
      return count(pages.stream().map(Page::end).toList());
    }

    /** Pages whose kind (list or not) matches the label. */
    public Fraction kind() {
      return count(pages.stream().map(p -> (Boolean) p.kind).toList());
    }

    /** Non-article pages recognised as lists. */
    public Fraction lists() {
      return count(pages.stream().filter(p -> !p.gold.article).map(p -> (Boolean) p.kind).toList());
    }

    public double numbersPrecision() {
      int tp = sum(Page::truePositives);
      int found = tp + sum(Page::falsePositives);
      return found == 0 ? 1 : (double) tp / found;
    }

    public double numbersRecall() {
      int tp = sum(Page::truePositives);
      int expected = tp + sum(Page::falseNegatives);
      return expected == 0 ? 1 : (double) tp / expected;
    }

    private int sum(java.util.function.ToIntFunction<Page> f) {
      return pages.stream().mapToInt(f).sum();
    }

    private static Fraction count(List<Boolean> checks) {
      int right = 0;
      int total = 0;
      for (Boolean c : checks) {
        if (c == null) continue;
        total++;
        if (c) right++;
      }
      return new Fraction(right, total);
    }

    /** The per-field table, the per-page table, then the summary line. */
    public String report() {
      StringBuilder s = new StringBuilder();
      s.append("field                         right/scored  fraction\n");
      row(s, "headline (articles)", title());
      row(s, "date (certain labels)", date());
      row(s, "  date shown on the page", datesShown());
      row(s, "  no date shown", datesNotShown());
      row(s, "province (certain labels)", province());
      row(s, "text start (articles)", start());
      row(s, "text end (articles)", end());
      row(s, "kind: list or not", kind());
      row(s, "  list pages recognised", lists());
      s.append(
          String.format(
              Locale.ROOT,
              "%-29s tp %d fp %d fn %d  P %.3f R %.3f%n",
              "document numbers",
              sum(Page::truePositives),
              sum(Page::falsePositives),
              sum(Page::falseNegatives),
              numbersPrecision(),
              numbersRecall()));
      s.append(
          "\npage                                          kind    title date prov start end  numbers\n");
      for (Page p : pages) {
        s.append(
            String.format(
                Locale.ROOT,
                "%-45s %-7s %-5s %-4s %-4s %-5s %-4s %d/%d/%d%n",
                shorten(p.gold.file, 45),
                p.doc == null ? "error" : p.doc.kind(),
                mark(p.title),
                mark(p.date),
                mark(p.province),
                mark(p.start),
                mark(p.end),
                p.truePositives,
                p.falsePositives,
                p.falseNegatives));
      }
      s.append('\n');
      for (Page p : pages) misses(s, p);
      s.append(
          String.format(
              Locale.ROOT,
              "extract-eval: pages=%d title=%.3f date=%.3f province=%.3f start=%.3f end=%.3f"
                  + " numbers_p=%.3f numbers_r=%.3f%n",
              pages.size(),
              title().value(),
              date().value(),
              province().value(),
              start().value(),
              end().value(),
              numbersPrecision(),
              numbersRecall()));
      return s.toString();
    }

    private static void row(StringBuilder s, String name, Fraction f) {
      s.append(String.format(Locale.ROOT, "%-29s %-13s %.3f%n", name, f, f.value()));
    }

    private static String mark(Boolean check) {
      return check == null ? "-" : check ? "ok" : "MISS";
    }

    private static String shorten(String s, int max) {
      return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** One line per wrong field of a page, with what was expected and what was found. */
    private static void misses(StringBuilder s, Page p) {
      String f = p.gold.file;
      if (p.error != null) {
        s.append("miss ").append(f).append(" extraction failed: ").append(p.error).append('\n');
        return;
      }
      ExtractedDocument d = p.doc;
      String text = normalize(d.text());
      if (Boolean.FALSE.equals(p.title)) miss(s, f, "title", p.gold.title, d.title());
      if (Boolean.FALSE.equals(p.date)) miss(s, f, "date", p.gold.published, d.published());
      if (Boolean.FALSE.equals(p.province)) miss(s, f, "province", p.gold.province, d.province());
      if (Boolean.FALSE.equals(p.start))
        miss(s, f, "start", p.gold.firstWords, text.substring(0, Math.min(90, text.length())));
      if (Boolean.FALSE.equals(p.end))
        miss(s, f, "end", p.gold.lastWords, text.substring(Math.max(0, text.length() - 90)));
      if (!p.kind) miss(s, f, "kind", p.gold.article ? "not list" : "list", d.kind());
      if (p.falsePositives + p.falseNegatives > 0) {
        Set<String> extra = new LinkedHashSet<>(p.found);
        extra.removeAll(p.gold.directives);
        extra.removeAll(p.gold.optional);
        Set<String> missing = new LinkedHashSet<>(p.gold.directives);
        missing.removeAll(p.found);
        miss(s, f, "numbers", "missing " + missing, "extra " + extra);
      }
    }

    private static void miss(StringBuilder s, String file, String field, Object want, Object got) {
      s.append("miss ")
          .append(file)
          .append(' ')
          .append(field)
          .append(": expected <")
          .append(want)
          .append("> got <")
          .append(got)
          .append(">\n");
    }
  }

  private PageEvaluation() {}

  /**
   * Reads a gold file: a JSON object whose members are pages (keys starting with "_" are notes).
   *
   * @throws IOException when the file cannot be read or is not such an object
   */
  public static List<Gold> readGold(Path file) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException(file + ": not a readable JSON gold file: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) throw new IOException(file + ": expected a JSON object");
    List<Gold> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().startsWith("_")) continue;
      JsonNode g = e.getValue();
      if (!g.isObject()) throw new IOException(file + ": entry " + e.getKey() + " is no object");
      String published = text(g, "published");
      out.add(
          new Gold(
              e.getKey(),
              !g.has("is_article") || g.get("is_article").asBoolean(),
              text(g, "title"),
              published == null ? null : LocalDate.parse(published),
              text(g, "province"),
              text(g, "first_words"),
              text(g, "last_words"),
              strings(g.get("directives")),
              new LinkedHashSet<>(strings(g.get("optional"))),
              new LinkedHashSet<>(strings(g.get("uncertain_fields")))));
    }
    return out;
  }

  /**
   * Extracts each labelled page from {@code pagesDir} and scores it; a page whose extraction fails
   * is scored as wrong on every field and the others go on.
   */
  public static Result evaluate(Path pagesDir, List<Gold> gold, DocumentExtractor extractor) {
    List<Page> pages = new ArrayList<>();
    for (Gold g : gold) {
      ExtractedDocument doc = null;
      String error = null;
      try {
        Path file = pagesDir.resolve(g.file);
        if (!Files.isRegularFile(file)) throw new ExtractionException(file + ": no such file");
        doc = extractor.extract(file);
      } catch (ExtractionException | RuntimeException e) {
        error = e.getMessage();
      }
      pages.add(score(g, doc, error));
    }
    return new Result(pages);
  }

  /** Scores one page's extraction against its label; {@code doc} is null when it failed. */
  static Page score(Gold g, ExtractedDocument doc, String error) {
    Boolean title = null;
    Boolean date = null;
    Boolean province = null;
    Boolean start = null;
    Boolean end = null;
    if (g.article) {
      String text = doc == null ? "" : normalize(doc.text());
      title = doc != null && normalize(g.title).equals(normalize(doc.title()));
      if (!g.uncertain.contains("published"))
        date = doc != null && java.util.Objects.equals(g.published, doc.published());
      if (!g.uncertain.contains("province"))
        province = doc != null && java.util.Objects.equals(g.province, doc.province());
      start =
          doc != null
              && (g.firstWords == null ? text.isEmpty() : text.startsWith(normalize(g.firstWords)));
      end =
          doc != null
              && (g.lastWords == null ? text.isEmpty() : text.endsWith(normalize(g.lastWords)));
    }
    boolean kind = doc != null && (g.article != doc.isList());
    Set<String> found = new LinkedHashSet<>();
    if (doc != null) for (DirectiveCitation c : doc.citations()) found.add(c.number());
    int tp = 0;
    int fp = 0;
    for (String n : found) {
      if (g.directives.contains(n)) tp++;
      else if (!g.optional.contains(n)) fp++;
    }
    int fn = 0;
    for (String n : new LinkedHashSet<>(g.directives)) if (!found.contains(n)) fn++;
    return new Page(g, doc, error, title, date, province, start, end, kind, found, tp, fp, fn);
  }

  /** NFC with every run of white space (no-break and zero-width spaces too) one space, stripped. */
  static String normalize(String s) {
    return s == null ? "" : MainText.collapseSpaces(TextDecoder.nfc(s)).strip();
  }

  private static String text(JsonNode g, String field) {
    JsonNode v = g.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null && array.isArray()) for (JsonNode n : array) out.add(n.asText());
    return out;
  }
}
