package vn.dva.extract;

import java.util.List;

/**
 * Everything the directive extractor read in one text.
 *
 * @param citations one entry per directive identity (number + issue year + province for local
 *     issuers), never null
 * @param reviews review announcements, never null
 * @param relations relations the text states between cited identities, never null
 */
public record DirectiveExtraction(
    List<DirectiveCitation> citations,
    List<ReviewAnnouncement> reviews,
    List<DirectiveRelation> relations) {

  public DirectiveExtraction {
    citations = citations == null ? List.of() : List.copyOf(citations);
    reviews = reviews == null ? List.of() : List.copyOf(reviews);
    relations = relations == null ? List.of() : List.copyOf(relations);
  }

  /** An extraction without relations. */
  public DirectiveExtraction(List<DirectiveCitation> citations, List<ReviewAnnouncement> reviews) {
    this(citations, reviews, List.of());
  }
}
