package vn.dva.review;

import java.time.LocalDate;
import java.util.List;

/**
 * How far a central document has reached the provinces: one row per province with the articles
 * citing it, the local documents implementing it, the reviews held and the milestones due with no
 * evidence yet. The JSON of {@code GET /api/directives/coverage?identity=25-NQ/TW@2013}.
 *
 * @param identity identity key ({@code 25-NQ/TW@2013})
 * @param number canonical number
 * @param issued main issue date, or null
 * @param subject the subject the corpus agrees on, or null
 * @param issuedBy the issuing body the corpus agrees on, or null
 * @param milestones 5-year anniversaries reached by {@code asOf}, oldest first
 * @param asOf the year the due milestones are counted up to
 * @param before2025 the 63 provinces before the 1 July 2025 merger, in the official order, then
 *     "Không rõ tỉnh" when some evidence names no province
 * @param now the 34 provinces since the merger, alphabetical, then "Không rõ tỉnh" when needed
 */
public record Coverage(
    String identity,
    String number,
    LocalDate issued,
    String subject,
    String issuedBy,
    List<Milestone> milestones,
    int asOf,
    List<Row> before2025,
    List<Row> now) {

  /** Name of the row for evidence whose article or document names no province. */
  public static final String UNKNOWN_PROVINCE = "Không rõ tỉnh";

  /** What a cell with no evidence says, explicitly: "not seen" rather than blank. */
  public static final String NOT_SEEN = "chưa thấy";

  public Coverage {
    milestones = List.copyOf(milestones);
    before2025 = List.copyOf(before2025);
    now = List.copyOf(now);
  }

  /** The rows of a scheme: "63" (before the merger) or "34" (now). */
  public List<Row> rows(String scheme) {
    return "63".equals(scheme) ? before2025 : now;
  }

  /**
   * A review anniversary.
   *
   * @param years 5, 10, 15 …
   * @param year calendar year it falls in
   * @param kind "sơ kết" or "tổng kết"
   */
  public record Milestone(int years, int year, String kind) {}

  /**
   * One province.
   *
   * @param province province name
   * @param articles articles from this province citing the document, newest first
   * @param implementing local documents of this province that implement it, oldest first
   * @param reviews reviews of it held here, by date
   * @param missing milestones due by {@link Coverage#asOf()} with no review seen here
   */
  public record Row(
      String province,
      List<Article> articles,
      List<LocalDocument> implementing,
      List<ReviewHeld> reviews,
      List<Milestone> missing) {

    public Row {
      articles = List.copyOf(articles);
      implementing = List.copyOf(implementing);
      reviews = List.copyOf(reviews);
      missing = List.copyOf(missing);
    }

    /** Whether anything at all was seen in this province. */
    public boolean seen() {
      return !articles.isEmpty() || !implementing.isEmpty() || !reviews.isEmpty();
    }
  }

  /** An article citing the document. */
  public record Article(String id, String title, String url, LocalDate published) {}

  /**
   * A local document implementing the central one.
   *
   * @param number its canonical number ({@code 68-KH/TU})
   * @param identity its identity key
   * @param issued its issue date, or null
   * @param year its issue year, or null
   * @param kind how it relates: "thực hiện", "tiếp tục thực hiện", "tổng kết 10 năm thực hiện" …
   * @param subject its subject, or null
   */
  public record LocalDocument(
      String number,
      String identity,
      LocalDate issued,
      Integer year,
      String kind,
      String subject) {}

  /**
   * A review of the document announced by an article of the province.
   *
   * @param kind "sơ kết" or "tổng kết"
   * @param years anniversary in years
   * @param date publication date of the announcing article, or null
   * @param id the article's id
   * @param title the article's title
   */
  public record ReviewHeld(String kind, int years, LocalDate date, String id, String title) {}
}
