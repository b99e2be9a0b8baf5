package vn.dva.review;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.dva.csv.CsvWriter;

/**
 * The coverage table as CSV (through {@link CsvWriter}: byte order mark, RFC 4180, formulas
 * neutralised), one row per province. A cell with no evidence says {@value Coverage#NOT_SEEN}, so
 * that "nothing found" is never confused with "not filled in". Pure; thread-safe.
 */
public final class CoverageExport {

  private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  /** The header of {@link #csv}. */
  public static final List<String> HEADER =
      List.of(
          "province",
          "articles",
          "implementing_documents",
          "reviews_held",
          "milestones_without_evidence",
          "article_titles");

  private CoverageExport() {}

  /**
   * The rows of {@code scheme} ("63": provinces before the 2025 merger, anything else: the 34 of
   * today). Several entries in a cell are joined with " | ".
   */
  public static String csv(Coverage coverage, String scheme) {
    Objects.requireNonNull(coverage, "coverage");
    StringBuilder out = new StringBuilder();
    try (CsvWriter csv = new CsvWriter(out, HEADER.toArray(String[]::new))) {
      for (Coverage.Row r : coverage.rows(scheme)) {
        csv.row(
            r.province(),
            r.articles().isEmpty() ? Coverage.NOT_SEEN : Integer.toString(r.articles().size()),
            orNotSeen(r.implementing().stream().map(CoverageExport::document).toList()),
            orNotSeen(r.reviews().stream().map(CoverageExport::review).toList()),
            r.missing().stream().map(CoverageExport::milestone).collect(Collectors.joining(" | ")),
            r.articles().stream().map(Coverage.Article::title).collect(Collectors.joining(" | ")));
      }
    }
    return out.toString();
  }

  private static String orNotSeen(List<String> cells) {
    return cells.isEmpty() ? Coverage.NOT_SEEN : String.join(" | ", cells);
  }

  static String document(Coverage.LocalDocument d) {
    String date =
        d.issued() != null
            ? " ngày " + d.issued().format(VN_DATE)
            : d.year() != null ? " năm " + d.year() : "";
    return d.number() + date + " (" + d.kind() + ")";
  }

  static String review(Coverage.ReviewHeld r) {
    return r.kind()
        + " "
        + r.years()
        + " năm"
        + (r.date() == null ? "" : ", " + r.date().format(VN_DATE));
  }

  static String milestone(Coverage.Milestone m) {
    return m.kind() + " " + m.years() + " năm (" + m.year() + ")";
  }
}
