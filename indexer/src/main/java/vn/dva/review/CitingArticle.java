package vn.dva.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.dva.extract.DirectiveCitation;
import vn.dva.extract.DirectiveRelation;
import vn.dva.extract.ExtractedDocument;
import vn.dva.extract.ReviewAnnouncement;

/**
 * One article as the directive registry sees it: where it is, when and about which province it was
 * published, and what it says about directives. Identity keys inside are local to the article
 * ({@code 25-NQ/TW@?} when the article gives no date); the registry resolves them across the
 * corpus.
 *
 * @param id document id in the index (canonical URL or file URI), not null
 * @param title title, not null
 * @param url where a reader finds it, or null
 * @param published publication date, or null
 * @param province province as written at the time, or null
 * @param citations one per identity, never null
 * @param reviews review announcements, never null
 * @param relations relations between directives stated in the text, never null
 * @param story the story id of the page (near-duplicates share one), or null when unknown
 */
public record CitingArticle(
    String id,
    String title,
    String url,
    LocalDate published,
    String province,
    List<DirectiveCitation> citations,
    List<ReviewAnnouncement> reviews,
    List<DirectiveRelation> relations,
    String story) {

  /** An article whose story is not known (every page a story of its own). */
  public CitingArticle(
      String id,
      String title,
      String url,
      LocalDate published,
      String province,
      List<DirectiveCitation> citations,
      List<ReviewAnnouncement> reviews,
      List<DirectiveRelation> relations) {
    this(id, title, url, published, province, citations, reviews, relations, null);
  }

  /** The story id, or the page's own id when none is known: what counting stories counts. */
  public String storyKey() {
    return story == null ? "page:" + id : story;
  }

  public CitingArticle {
    Objects.requireNonNull(id, "id");
    title = title == null ? id : title;
    citations = citations == null ? List.of() : List.copyOf(citations);
    reviews = reviews == null ? List.of() : List.copyOf(reviews);
    relations = relations == null ? List.of() : List.copyOf(relations);
  }

  /** The article of an extracted document. */
  public static CitingArticle of(ExtractedDocument d) {
    List<DirectiveRelation> relations = d.relations();
    return new CitingArticle(
        d.id(),
        d.title(),
        d.url(),
        d.published(),
        d.province(),
        d.citations(),
        d.reviews(),
        relations);
  }
}
