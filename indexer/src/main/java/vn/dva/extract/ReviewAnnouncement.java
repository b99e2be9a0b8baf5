package vn.dva.extract;

import java.time.LocalDate;

/**
 * A review that a document plans or reports: "sơ kết 05 năm thực hiện Chỉ thị số 19-CT/TW ngày
 * 10/01/2018".
 *
 * @param number canonical number of the reviewed directive
 * @param issued its issue date (from the text, or from the one identity of that number the document
 *     gives a date for), or null when unknown
 * @param years anniversary in years (5, 10, 15, …)
 * @param kind "sơ kết" or "tổng kết"
 * @param province province of a local issuer (TU, HU, …), or null for central documents
 * @param excerpt the words of the announcement as written (at most about 240 characters), or null
 */
public record ReviewAnnouncement(
    String number, LocalDate issued, int years, String kind, String province, String excerpt) {

  /** An announcement of a central document, without excerpt. */
  public ReviewAnnouncement(String number, LocalDate issued, int years, String kind) {
    this(number, issued, years, kind, null, null);
  }

  /** Identity key of the reviewed directive, as {@link DirectiveCitation#identity()}. */
  public String identity() {
    return DirectiveCitation.identity(number, issued == null ? null : issued.getYear(), province);
  }
}
