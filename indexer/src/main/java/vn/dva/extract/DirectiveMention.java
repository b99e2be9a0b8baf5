package vn.dva.extract;

import java.time.LocalDate;

/**
 * One place in a text that names a directive, before mentions are merged into identities.
 *
 * @param start offset of the first character of the number (or of the type name for the bare form
 *     "Chỉ thị 05 của Bộ Chính trị")
 * @param end offset just after the number
 * @param number canonical number: {@code 217-QĐ/TW}, {@code 15/2020/NĐ-CP}
 * @param type canonical type code (CT, NQ, QĐi, NĐ …)
 * @param issuer canonical issuer code (TW, TU, BDVTU, CP, UBND, QH15 …)
 * @param issued issue date read from the text that follows, or null
 * @param term congress term read from the text that follows ("XI" for "(khóa XI)"), or null
 * @param groupStart start of the list this mention belongs to ({@code 217, 218-QĐ/TW}); equals
 *     {@code start} outside lists
 * @param groupEnd end of that list; equals {@code end} outside lists
 */
public record DirectiveMention(
    int start,
    int end,
    String number,
    String type,
    String issuer,
    LocalDate issued,
    String term,
    int groupStart,
    int groupEnd) {

  /** True for Party numbers ({@code NUMBER-TYPE/ISSUER}), false for State numbers. */
  public boolean party() {
    int hyphen = number.indexOf('-');
    return hyphen > 0 && number.indexOf('/') > hyphen;
  }

  /** The same mention with the issue date and term read after it. */
  DirectiveMention dated(LocalDate date, String termRead) {
    return new DirectiveMention(
        start, end, number, type, issuer, date, termRead, groupStart, groupEnd);
  }
}
