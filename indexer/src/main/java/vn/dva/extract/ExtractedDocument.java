package vn.dva.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What extraction made of one fetched or local document: the unit that the index stores.
 *
 * <p>All text is NFC. {@code published} and {@code province} are null when the document does not
 * say; {@code citations} and {@code reviews} are never null.
 *
 * @param id stable identity: the canonical URL for crawled pages, the absolute file URI for files.
 *     Re-indexing a document with the same id replaces it.
 * @param url where a reader can find the original (http(s) URL or file URI)
 * @param title title, never blank (falls back to the first meaningful line, then to the file name)
 * @param published publication date, or null
 * @param province province as written at the time (one of the 63 pre-2025 or 34 current names), or
 *     null
 * @param source short name of the source: the host for web pages, "file" for local files
 * @param format "html", "txt", "pdf", "doc" or "docx"
 * @param text main text without portal furniture
 * @param citations directive identities the text cites, one per identity
 * @param reviews review announcements ("sơ kết 5 năm thực hiện …") found in the text
 * @param relations relations the text states between the cited directives, never null
 * @param kind what the page is: {@link #ARTICLE}, {@link #LIST} (a category or home page of
 *     teasers, no body of its own) or {@link #EMPTY} (an article page whose body is empty); never
 *     null
 * @param ocr whether some of the text was read by OCR from scanned pages (so it may hold misread
 *     letters)
 */
public record ExtractedDocument(
    String id,
    String url,
    String title,
    LocalDate published,
    String province,
    String source,
    String format,
    String text,
    List<DirectiveCitation> citations,
    List<ReviewAnnouncement> reviews,
    List<DirectiveRelation> relations,
    String kind,
    boolean ocr) {

  /** A page with an article of its own. */
  public static final String ARTICLE = "article";

  /** A category, archive or home page: teasers and links, no body of its own. */
  public static final String LIST = "list";

  /** A page that names an article but shows no text of it (a notice, an embedded file). */
  public static final String EMPTY = "empty";

  public ExtractedDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    if (!kind.equals(ARTICLE) && !kind.equals(LIST) && !kind.equals(EMPTY)) {
      throw new IllegalArgumentException("kind must be article, list or empty, not " + kind);
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    citations = citations == null ? List.of() : List.copyOf(citations);
    reviews = reviews == null ? List.of() : List.copyOf(reviews);
    relations = relations == null ? List.of() : List.copyOf(relations);
  }

  /** A document whose text is its own (not read by OCR). */
  public ExtractedDocument(
      String id,
      String url,
      String title,
      LocalDate published,
      String province,
      String source,
      String format,
      String text,
      List<DirectiveCitation> citations,
      List<ReviewAnnouncement> reviews,
      List<DirectiveRelation> relations,
      String kind) {
    this(
        id, url, title, published, province, source, format, text, citations, reviews, relations,
        kind, false);
  }

  /** An article (hand-made documents, tests, older spools). */
  public ExtractedDocument(
      String id,
      String url,
      String title,
      LocalDate published,
      String province,
      String source,
      String format,
      String text,
      List<DirectiveCitation> citations,
      List<ReviewAnnouncement> reviews,
      List<DirectiveRelation> relations) {
    this(
        id, url, title, published, province, source, format, text, citations, reviews, relations,
        ARTICLE);
  }

  /** Whether this is a list page, left out of article counts and facets by default. */
  public boolean isList() {
    return LIST.equals(kind);
  }

  /** A document without directive relations (hand-made documents, tests). */
  public ExtractedDocument(
      String id,
      String url,
      String title,
      LocalDate published,
      String province,
      String source,
      String format,
      String text,
      List<DirectiveCitation> citations,
      List<ReviewAnnouncement> reviews) {
    this(id, url, title, published, province, source, format, text, citations, reviews, List.of());
  }
}
