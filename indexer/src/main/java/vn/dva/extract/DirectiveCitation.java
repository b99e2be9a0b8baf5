package vn.dva.extract;

import java.time.LocalDate;

/**
 * One directive identity cited by a document, with how often it is mentioned.
 *
 * @param number canonical number, upper case, {@code Đ} kept, no spaces: {@code 217-QĐ/TW}
 * @param type type code: NQ, CT, KL, QĐ, QĐi, ĐA, HD, KH, … or NĐ, QĐ for state documents
 * @param issuer issuer code: TW, TU, HU, BDVTU, … or CP, UBND, QH15 for state documents
 * @param issued issue date, or null when the text gives none ("year unknown")
 * @param province province of a local issuer (TU, HU, …), or null for central documents
 * @param mentions how many times the document mentions this identity (at least 1)
 */
public record DirectiveCitation(
    String number, String type, String issuer, LocalDate issued, String province, int mentions) {

  /** Identity key: number, issue year when known, and province for local issuers. */
  public String identity() {
    StringBuilder key = new StringBuilder(number);
    key.append('@').append(issued == null ? "?" : Integer.toString(issued.getYear()));
    if (province != null) key.append('@').append(province);
    return key.toString();
  }
}
