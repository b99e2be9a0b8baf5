package vn.dva.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One directive identity cited by a document, with how often it is mentioned.
 *
 * @param number canonical number, upper case, {@code Đ} kept, no spaces: {@code 217-QĐ/TW}
 * @param type type code: NQ, CT, KL, QĐ, QĐi, ĐA, HD, KH, … or NĐ, QĐ for state documents
 * @param issuer issuer code: TW, TU, HU, BDVTU, … or CP, UBND, QH15 for state documents
 * @param issued issue date (the one the document gives most often), or null when the text gives
 *     none ("year unknown")
 * @param province province of a local issuer (TU, HU, …), or null for central documents
 * @param mentions how many times the document mentions this identity (at least 1)
 * @param dates every issue date the document gives for this identity, {@code issued} first; two
 *     dates in one year (a typo in the source) stay one identity with both dates kept. Never null.
 * @param term congress term named with the mention ("XI" for "khóa XI"), or null
 * @param subjects the subject (trích yếu, the words after "về") of each mention that states one, in
 *     order, repeats kept so that agreement across mentions can be counted; never null
 * @param issuedBy the issuing body of each mention that names one ("Ban Chấp hành Trung ương Đảng",
 *     "Ban Thường vụ Tỉnh ủy Lạng Sơn"), in order, repeats kept; never null
 */
public record DirectiveCitation(
    String number,
    String type,
    String issuer,
    LocalDate issued,
    String province,
    int mentions,
    List<LocalDate> dates,
    String term,
    List<String> subjects,
    List<String> issuedBy) {

  private static final Pattern STATE_YEAR = Pattern.compile("^\\d+/((?:19|20)\\d\\d)/");

  public DirectiveCitation {
    List<LocalDate> all = new ArrayList<>();
    if (issued != null) all.add(issued);
    if (dates != null) for (LocalDate d : dates) if (d != null && !all.contains(d)) all.add(d);
    dates = List.copyOf(all);
    subjects = subjects == null ? List.of() : List.copyOf(subjects);
    issuedBy = issuedBy == null ? List.of() : List.copyOf(issuedBy);
  }

  /** A citation without subjects or issuing bodies. */
  public DirectiveCitation(
      String number,
      String type,
      String issuer,
      LocalDate issued,
      String province,
      int mentions,
      List<LocalDate> dates,
      String term) {
    this(number, type, issuer, issued, province, mentions, dates, term, List.of(), List.of());
  }

  /** A citation with only its main issue date and no term. */
  public DirectiveCitation(
      String number, String type, String issuer, LocalDate issued, String province, int mentions) {
    this(number, type, issuer, issued, province, mentions, List.of(), null, List.of(), List.of());
  }

  /**
   * Issue year: the year of {@code issued}, else the year written inside a State number ({@code
   * 15/2020/NĐ-CP} → 2020), else null.
   */
  public Integer year() {
    if (issued != null) return issued.getYear();
    Matcher m = STATE_YEAR.matcher(number);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  /**
   * Identity key: number, issue year when known ("?" otherwise), and province for local issuers.
   */
  @com.fasterxml.jackson.annotation.JsonProperty(
      value = "identity",
      access = com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY)
  public String identity() {
    return identity(number, year(), province);
  }

  /** The identity key of a number, year (null: unknown) and province (null: central issuer). */
  public static String identity(String number, Integer year, String province) {
    StringBuilder key = new StringBuilder(number);
    key.append('@').append(year == null ? "?" : year.toString());
    if (province != null) key.append('@').append(province);
    return key.toString();
  }
}
