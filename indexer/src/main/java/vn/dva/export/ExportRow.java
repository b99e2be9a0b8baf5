package vn.dva.export;

import java.time.LocalDate;
import java.util.List;

/**
 * One exported hit: the fields a result shows, without the highlighted snippet (the opening of the
 * text instead, which needs no highlighting pass over millions of rows).
 *
 * @param published null when the page has no date
 * @param directives canonical numbers cited, each once, in order of first citation
 * @param lead the opening of the main text, plain, at most {@link HitExporter#LEAD_CHARS} chars
 * @param story the story id shared by near-duplicate pages (16 hex digits)
 * @param versions pages in the story
 */
public record ExportRow(
    String id,
    String title,
    String url,
    String province,
    String provinceNow,
    LocalDate published,
    String source,
    List<String> directives,
    String lead,
    String story,
    int versions) {

  /** A row whose page is a story of its own. */
  public ExportRow(
      String id,
      String title,
      String url,
      String province,
      String provinceNow,
      LocalDate published,
      String source,
      List<String> directives,
      String lead) {
    this(id, title, url, province, provinceNow, published, source, directives, lead, "", 1);
  }

  /** Column names, in the order {@link #cells()} gives them. */
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "title",
          "url",
          "province",
          "province_now",
          "published",
          "source",
          "directives",
          "lead",
          "story",
          "versions");

  /**
   * The cells in {@link #COLUMNS} order; absent values are empty strings, directives space-joined.
   */
  public List<String> cells() {
    return List.of(
        nz(id),
        nz(title),
        nz(url),
        nz(province),
        nz(provinceNow),
        published == null ? "" : published.toString(),
        nz(source),
        String.join(" ", directives),
        nz(lead),
        nz(story),
        Integer.toString(versions));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
