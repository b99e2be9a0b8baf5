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
 */
public record ExtractedParts(
    String title, LocalDate published, String text, boolean truncated, boolean ocr) {

  public ExtractedParts {
    text = text == null ? "" : text;
  }

  /** Parts whose text came from the document's own text, not from OCR. */
  public ExtractedParts(String title, LocalDate published, String text, boolean truncated) {
    this(title, published, text, truncated, false);
  }

  /** Parts of a document that was read completely. */
  public static ExtractedParts of(String title, LocalDate published, String text) {
    return new ExtractedParts(title, published, text, false);
  }
}
