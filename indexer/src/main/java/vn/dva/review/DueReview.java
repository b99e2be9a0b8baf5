package vn.dva.review;

import java.time.LocalDate;
import java.util.List;

/**
 * A directive identity that reaches a 5-year anniversary in the year asked for.
 *
 * @param number canonical number
 * @param issued issue date (the one the corpus gives most often), or null when only the year is
 *     known (State numbers such as {@code 15/2020/NĐ-CP})
 * @param province province of a local issuer, or null
 * @param years the anniversary: 5, 10, 15 …
 * @param kind "sơ kết" at 5 years, "tổng kết" at 10 and after
 * @param evidence articles announcing this review (same identity and same number of years), by
 *     publication date; never null, may be empty
 * @param subject the subject (trích yếu) the corpus agrees on, or null
 * @param issuedBy the issuing body the corpus agrees on, or null
 */
public record DueReview(
    String number,
    LocalDate issued,
    String province,
    int years,
    String kind,
    List<Evidence> evidence,
    String subject,
    String issuedBy) {

  public DueReview {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /** A due review without subject or issuing body. */
  public DueReview(
      String number,
      LocalDate issued,
      String province,
      int years,
      String kind,
      List<Evidence> evidence) {
    this(number, issued, province, years, kind, evidence, null, null);
  }
}
