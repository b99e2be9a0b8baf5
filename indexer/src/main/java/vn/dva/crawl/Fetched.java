package vn.dva.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One HTTP exchange as it went over the wire (after de-chunking): what was asked, what came back.
 *
 * @param url the URL fetched
 * @param date when the request was sent
 * @param request the request line and headers as sent, CRLF-terminated
 * @param status the response status
 * @param headers the response headers in the order received (name, value)
 * @param body the body as received: still gzip/deflate-encoded when the server encoded it, at most
 *     the configured size cap
 * @param truncated why the body is incomplete, or null when it is whole
 */
public record Fetched(
    URI url,
    Instant date,
    byte[] request,
    int status,
    List<Header> headers,
    byte[] body,
    Truncation truncated) {

  /** A response header field. */
  public record Header(String name, String value) {}

  /** Why a body was cut short; the names match WARC-Truncated values. */
  public enum Truncation {
    LENGTH,
    TIME,
    DISCONNECT;

    /** The WARC-Truncated field value. */
    public String warcValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The first value of header {@code name} (case-insensitive), if present. */
  public Optional<String> header(String name) {
    for (Header h : headers) if (h.name().equalsIgnoreCase(name)) return Optional.of(h.value());
    return Optional.empty();
  }

  /** The Content-Type header, or null. */
  public String contentType() {
    return header("Content-Type").orElse(null);
  }
}
