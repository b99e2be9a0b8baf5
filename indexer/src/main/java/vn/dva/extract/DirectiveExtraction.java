package vn.dva.extract;

import java.util.List;

/**
 * Everything the directive extractor read in one text.
 *
 * @param citations one entry per directive identity (number + issue year + province for local
 *     issuers), never null
 * @param reviews review announcements, never null
 */
public record DirectiveExtraction(List<DirectiveCitation> citations, List<ReviewAnnouncement> reviews) {
  public DirectiveExtraction {
    citations = List.copyOf(citations);
    reviews = List.copyOf(reviews);
  }
}
