package vn.dva.crawl;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A document as archived by the crawler, read back from a WARC file for indexing.
 *
 * @param url the URL it was fetched from (the first URL its content was seen at)
 * @param captured when it was fetched
 * @param contentType the Content-Type header as served (may name a charset), or null
 * @param body the payload with any gzip/deflate Content-Encoding removed; undecoded charset
 * @param province the province of the site it was crawled from ({@code WARC-Dva-Province}), or null
 *     for WARC files written by other tools
 * @param alternateUrls other URLs that served byte-identical content, in archive order, never null
 * @param truncated true when the crawler cut the body at its size cap (or the connection broke)
 * @param warcFile the WARC file holding the response record
 * @param offset the record's position in that file
 */
public record ArchivedDocument(
    URI url,
    Instant captured,
    String contentType,
    byte[] body,
    String province,
    List<URI> alternateUrls,
    boolean truncated,
    Path warcFile,
    long offset) {

  public ArchivedDocument {
    alternateUrls = List.copyOf(alternateUrls);
  }
}
