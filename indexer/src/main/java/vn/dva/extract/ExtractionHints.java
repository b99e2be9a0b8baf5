package vn.dva.extract;

/**
 * What the caller already knows about a document before extraction, usually from the row of {@code
 * sites.tsv} it was crawled from. Hints win over what extraction would guess from the text.
 *
 * @param province province of the site the document came from (any spelling {@link
 *     Provinces#canonical} accepts), or null to detect it from the title and text
 * @param source short name of the source (e.g. the site's host), or null to derive it from the URI
 */
public record ExtractionHints(String province, String source) {

  /** No hints: province and source are derived from the document itself. */
  public static final ExtractionHints NONE = new ExtractionHints(null, null);
}
