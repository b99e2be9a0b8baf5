package vn.dva.bench;

import vn.dva.extract.DocumentExtractor;
import vn.dva.extract.ExtractedDocument;
import vn.dva.extract.ExtractionException;
import vn.dva.extract.ExtractionHints;

/**
 * The extraction step of the benchmarked pipeline: a generated page's bytes, Content-Type and URL
 * through dva's own {@link DocumentExtractor} (charset, jsoup, main text without furniture, date,
 * province, directives, reviews), with no hints, so the province is detected from the text as for a
 * page of unknown origin. Thread-safe.
 */
final class PageExtraction {

  private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

  private PageExtraction() {}

  /**
   * Extracts one page.
   *
   * @throws ExtractionException when dva's extractor rejects the page
   */
  static ExtractedDocument extract(GeneratedPage page) throws ExtractionException {
    return EXTRACTOR.extract(page.html(), page.contentType(), page.uri(), ExtractionHints.NONE);
  }
}
