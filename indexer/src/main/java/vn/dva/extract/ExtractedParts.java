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
 */
public record ExtractedParts(String title, LocalDate published, String text, boolean truncated) {

  public ExtractedParts {
    text = text == null ? "" : text;
  }

  /** Parts of a document that was read completely. */
  public static ExtractedParts of(String title, LocalDate published, String text) {
    return new ExtractedParts(title, published, text, false);
  }
}
