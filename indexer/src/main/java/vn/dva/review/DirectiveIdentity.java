package vn.dva.review;

import java.time.LocalDate;
import java.util.List;
import vn.dva.extract.DirectiveCitation;

/**
 * One directive across the corpus: its canonical number, issue year and, for local issuers, the
 * province. "Year unknown" identities ({@code year == null}) gather the mentions that no dated
 * identity could claim without ambiguity.
 *
 * @param number canonical number ({@code 25-NQ/TW})
 * @param type type code (NQ, CT, QĐi …)
 * @param issuer issuer code (TW, TU, CP …)
 * @param year issue year, or null when unknown
 * @param issued the issue date given most often by the articles (earliest on a tie), or null
 * @param dates every issue date the articles give, most often given first; never null
 * @param province province of a local issuer, or null
 * @param term congress term named with a mention ("XI"), or null
 * @param mentions mentions over all articles
 * @param articles ids of the citing articles, in corpus order; never null
 * @param subject the subject (trích yếu) the mentions agree on, with its variants; never null
 * @param issuedBy the issuing body the mentions agree on, with its variants; never null
 */
public record DirectiveIdentity(
    String number,
    String type,
    String issuer,
    Integer year,
    LocalDate issued,
    List<LocalDate> dates,
    String province,
    String term,
    int mentions,
    List<String> articles,
    Agreement.Choice subject,
    Agreement.Choice issuedBy) {

  public DirectiveIdentity {
    dates = dates == null ? List.of() : List.copyOf(dates);
    articles = articles == null ? List.of() : List.copyOf(articles);
    subject = subject == null ? Agreement.Choice.NONE : subject;
    issuedBy = issuedBy == null ? Agreement.Choice.NONE : issuedBy;
  }

  /** An identity of which no mention states the subject or issuing body. */
  public DirectiveIdentity(
      String number,
      String type,
      String issuer,
      Integer year,
      LocalDate issued,
      List<LocalDate> dates,
      String province,
      String term,
      int mentions,
      List<String> articles) {
    this(number, type, issuer, year, issued, dates, province, term, mentions, articles, null, null);
  }

  /** Identity key, as {@link DirectiveCitation#identity()}: {@code 25-NQ/TW@2013}. */
  public String key() {
    return DirectiveCitation.identity(number, year, province);
  }
}
