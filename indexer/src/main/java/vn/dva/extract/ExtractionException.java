package vn.dva.extract;

/**
 * A document that could not be turned into an {@link ExtractedDocument}. The message names the file
 * or URL and the reason, so batch jobs can log it as is and go on with the next document.
 */
public final class ExtractionException extends Exception {

  private static final long serialVersionUID = 1L;

  /** A failure with a message naming the document and the reason. */
  public ExtractionException(String message) {
    super(message);
  }

  /** A failure caused by {@code cause}; the message names the document and the reason. */
  public ExtractionException(String message, Throwable cause) {
    super(message, cause);
  }
}
