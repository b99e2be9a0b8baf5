package vn.dva.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the corpus knows about one directive number, one entry per identity: the JSON of
 * {@code GET /api/directives?number=25-NQ/TW}.
 *
 * @param number canonical number
 * @param identities identities of that number, by issue year, "year unknown" last; empty when the
 *     corpus never cites it
 */
public record DirectiveReport(String number, List<Identity> identities) {

  public DirectiveReport {
    identities = List.copyOf(identities);
  }

  /**
   * One identity.
   *
   * @param key identity key ({@code 25-NQ/TW@2013})
   * @param issued main issue date, or null
   * @param dates every issue date given by the corpus (typos included), main one first
   * @param year issue year, or null when unknown
   * @param type type code
   * @param typeName Vietnamese type name ("Nghị quyết"), or null
   * @param issuer issuer code
   * @param province province of a local issuer, or null
   * @param term congress term named with it, or null
   * @param mentions mentions over all articles
   * @param articles citing articles, newest first
   * @param relations relations with other identities
   * @param reviews 5-year anniversaries (up to five years ahead) and announced reviews
   * @param subject the subject (trích yếu) the citing mentions agree on, or null when none states
   *     it
   * @param issuedBy the issuing body the citing mentions agree on ("Ban Chấp hành Trung ương
   *     Đảng"), or null when none names it
   * @param subjectVariants every subject written, the chosen one first, with how many mentions
   *     wrote it
   * @param issuedByVariants every issuing body named, the chosen one first, with counts
   */
  public record Identity(
      String key,
      LocalDate issued,
      List<LocalDate> dates,
      Integer year,
      String type,
      String typeName,
      String issuer,
      String province,
      String term,
      int mentions,
      List<Article> articles,
      List<Relation> relations,
      List<Review> reviews,
      String subject,
      String issuedBy,
      List<Agreement.Variant> subjectVariants,
      List<Agreement.Variant> issuedByVariants) {

    /** Distinct stories among the citing articles: a republished article counts once. */
    @JsonProperty("stories")
    public long stories() {
      return articles.stream()
          .map(a -> a.story() == null ? "page:" + a.id() : a.story())
          .distinct()
          .count();
    }
  }

  /**
   * A citing article.
   *
   * @param story its story id (near-duplicate pages share one), or null when unknown
   */
  public record Article(
      String id, String title, String url, LocalDate published, String province, String story) {}

  /**
   * A relation seen from this identity.
   *
   * @param kind "tiếp tục thực hiện", "thực hiện", "thay thế", "tổng kết 10 năm thực hiện" …
   * @param direction "out" when this identity acts on the other, "in" when the other acts on it
   * @param number the other directive's number
   * @param issued its issue date, or null
   * @param year its issue year, or null
   * @param province its province for a local issuer, or null
   * @param articles ids of the articles stating the relation
   */
  public record Relation(
      String kind,
      String direction,
      String number,
      LocalDate issued,
      Integer year,
      String province,
      List<String> articles) {}

  /**
   * A review of this identity.
   *
   * @param year calendar year of the review, or null when the issue year is unknown
   * @param years anniversary in years
   * @param kind "sơ kết" or "tổng kết"
   * @param scheduled true for a 5-year anniversary of a binding type
   * @param evidence articles announcing it
   */
  public record Review(
      Integer year, int years, String kind, boolean scheduled, List<Evidence> evidence) {}
}
