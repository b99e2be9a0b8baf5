package vn.dva.search;

/**
 * A query or parameter the user must correct. Its message is written for the user (it names the
 * offending value) and is safe to show; it never carries a stack trace to the user.
 */
public final class InvalidQueryException extends IllegalArgumentException {
  public InvalidQueryException(String message) {
    super(message);
  }

  public InvalidQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
