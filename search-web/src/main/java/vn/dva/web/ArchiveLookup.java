package vn.dva.web;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Finds the captured copy of a page by its URL, for the archive view. Implementations must be
 * thread-safe.
 */
public interface ArchiveLookup {

  /**
   * A captured response.
   *
   * @param url the original URL
   * @param captured when it was fetched
   * @param contentType the response's content type, or null
   * @param body the response body (decoded from any transfer or content encoding)
   * @param truncated whether the archive cut the body at its size limit
   */
  record Capture(
      String url, Instant captured, String contentType, byte[] body, boolean truncated) {}

  /** The latest capture of {@code url}, or empty when the archive does not hold it. */
  Optional<Capture> find(String url) throws IOException;

  /** An archive that holds nothing. */
  ArchiveLookup NONE = url -> Optional.empty();
}
