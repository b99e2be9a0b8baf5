package vn.dva.crawl;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Finds the archived capture of a URL, for showing a page as it was fetched. Built by scanning the
 * WARC headers once ({@link #open}); a lookup reads one record. Revisits (304, or the same content
 * at another URL) lead to the response they refer to. Immutable after opening; thread-safe.
 */
public final class CaptureIndex {

  /**
   * A page as captured.
   *
   * @param url the URL asked for (normalized)
   * @param captured when the content was fetched
   * @param status the HTTP status archived
   * @param contentType the Content-Type header, or null
   * @param body the payload with Content-Encoding removed (charset not decoded)
   * @param province the province of the site, or null
   * @param truncated whether the body was cut at the size cap
   * @param warcFile the file holding the record
   * @param offset the record's position in the file
   */
  public record Capture(
      URI url,
      Instant captured,
      int status,
      String contentType,
      byte[] body,
      String province,
      boolean truncated,
      Path warcFile,
      long offset) {}

  private record Location(
      Path file, long offset, Instant date, boolean revisit, String refersTo, int status) {}

  private final Map<String, List<Location>> byUrl;

  private CaptureIndex(Map<String, List<Location>> byUrl) {
    this.byUrl = byUrl;
  }

  /**
   * Scans the WARC files at {@code path} (a file, the crawl output folder, or its archive folder).
   * Unreadable files and torn records are skipped.
   */
  public static CaptureIndex open(Path path) throws IOException {
    Map<String, List<Location>> byUrl = new HashMap<>();
    for (Path file : WarcDocuments.files(path)) {
      try (WarcReader reader = new WarcReader(file)) {
        reader.setLenient(true);
        for (WarcRecord record : reader) {
          if (record instanceof WarcResponse r) {
            byUrl
                .computeIfAbsent(r.target(), k -> new ArrayList<>())
                .add(new Location(file, r.position(), r.date(), false, null, r.http().status()));
          } else if (record instanceof WarcRevisit v) {
            String refersTo = v.refersToTargetURI().map(URI::toString).orElse(v.target());
            byUrl
                .computeIfAbsent(v.target(), k -> new ArrayList<>())
                .add(new Location(file, v.position(), v.date(), true, refersTo, v.http().status()));
          }
        }
      } catch (IOException | RuntimeException tornOrCorrupt) {
        // keep what was read before the damage
      }
    }
    return new CaptureIndex(byUrl);
  }

  /** Number of distinct URLs with a capture. */
  public int size() {
    return byUrl.size();
  }

  /**
   * The newest capture of {@code url} that has content, following revisits to the record they
   * repeat; a 5xx answered before a successful retry is passed over for the success.
   *
   * @param url the URL as written; it is normalized like the crawler's links, null gives empty
   * @return the capture, or empty when the URL was never archived
   */
  public Optional<Capture> find(String url) throws IOException {
    Optional<URI> normalized = UrlNormalizer.normalize(null, url);
    if (normalized.isEmpty()) return Optional.empty();
    String key = normalized.get().toString();
    for (int hop = 0; hop < 3; hop++) {
      Location loc = newest(byUrl.get(key));
      if (loc == null) return Optional.empty();
      if (!loc.revisit()) return Optional.of(read(normalized.get(), loc));
      if (loc.refersTo().equals(key)) {
        Location response = newestResponse(byUrl.get(key));
        return response == null ? Optional.empty() : Optional.of(read(normalized.get(), response));
      }
      key = loc.refersTo();
    }
    return Optional.empty();
  }

  private static Location newest(List<Location> locations) {
    if (locations == null) return null;
    Location best = null;
    for (Location l : locations) {
      if (best == null
          || rank(l) > rank(best)
          || rank(l) == rank(best) && !l.date().isBefore(best.date())) best = l;
    }
    return best;
  }

  /** A final answer outranks a 429/5xx that was retried. */
  private static int rank(Location l) {
    return l.status() == 429 || l.status() >= 500 ? 0 : 1;
  }

  private static Location newestResponse(List<Location> locations) {
    Location best = null;
    for (Location l : locations)
      if (!l.revisit() && (best == null || !l.date().isBefore(best.date()))) best = l;
    return best;
  }

  private static Capture read(URI asked, Location loc) throws IOException {
    try (WarcReader reader = new WarcReader(loc.file())) {
      reader.position(loc.offset());
      WarcRecord record =
          reader
              .next()
              .orElseThrow(
                  () -> new IOException("no record at " + loc.file() + "@" + loc.offset()));
      if (!(record instanceof WarcResponse r))
        throw new IOException("not a response at " + loc.file() + "@" + loc.offset());
      HttpResponse http = r.http();
      byte[] body =
          ContentDecoding.decode(
              http.body().stream().readAllBytes(),
              http.headers().first("Content-Encoding").orElse(null),
              WarcDocuments.MAX_DECODED_BYTES);
      return new Capture(
          asked,
          r.date(),
          http.status(),
          http.headers().first("Content-Type").orElse(null),
          body,
          r.headers().first(WarcArchive.PROVINCE_HEADER).orElse(null),
          r.truncated() != WarcTruncationReason.NOT_TRUNCATED,
          loc.file(),
          loc.offset());
    }
  }
}
