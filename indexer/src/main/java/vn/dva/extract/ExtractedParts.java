package vn.dva.extract;

import java.time.LocalDate;

/**
 * What one format-specific extractor read from a document, before province and directives are added
 * by {@link DocumentExtractor}.
 *
 * @param title the document's own title, or null when it has none (the caller falls back)
 * @param published publication date, or null
 * @param text main text, NFC, one paragraph per line; never null, may be empty
 * @param truncated whether {@code text} was cut at the extractor's character limit
 * @param ocr whether some of {@code text} was read from page images by OCR
 * @param kind {@link ExtractedDocument#ARTICLE}, {@link ExtractedDocument#LIST} or {@link
 *     ExtractedDocument#EMPTY}; null means article, or empty when {@code text} is blank
 * @param site the name of the site the page belongs to ({@code og:site_name}, the site's part of
 *     {@code <title>}), or null when unknown
 */
public record ExtractedParts(
    String title,
    LocalDate published,
    String text,
    boolean truncated,
    boolean ocr,
    String kind,
    String site) {

  public ExtractedParts {
    text = text == null ? "" : text;
    if (kind == null) kind = text.isBlank() ? ExtractedDocument.EMPTY : ExtractedDocument.ARTICLE;
  }

  /** Parts of a document that is no web page of a named site. */
  public ExtractedParts(
      String title, LocalDate published, String text, boolean truncated, boolean ocr) {
    this(title, published, text, truncated, ocr, null, null);
  }

  /** Parts whose text came from the document's own text, not from OCR. */
  public ExtractedParts(String title, LocalDate published, String text, boolean truncated) {
    this(title, published, text, truncated, false);
  }

  /** Parts of a web page of the given kind and site, read from its own text. */
  public ExtractedParts(
      String title, LocalDate published, String text, boolean truncated, String kind, String site) {
    this(title, published, text, truncated, false, kind, site);
  }

  /** These parts with {@code text} cut at a limit. */
  public ExtractedParts cut(String text) {
    return new ExtractedParts(title, published, text, true, ocr, kind, site);
  }

  /** Parts of a document that was read completely. */
  public static ExtractedParts of(String title, LocalDate published, String text) {
    return new ExtractedParts(title, published, text, false);
  }
}
