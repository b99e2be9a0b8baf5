package vn.dva.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link ArchiveLookup} over a folder of WARC files ({@code .warc}, {@code .warc.gz}, searched
 * recursively). {@link #open} reads every file once and remembers where the latest response record
 * of each URL starts; {@link #find} reads just that record. A file that cannot be read is logged
 * and skipped. Thread-safe.
 */
public final class WarcArchive implements ArchiveLookup {

  private static final Logger LOG = LoggerFactory.getLogger(WarcArchive.class);

  /** Largest body returned, in bytes; longer bodies are cut. */
  static final int MAX_BODY = 10 * 1024 * 1024;

  private record Location(Path file, long position, Instant date) {}

  private final Map<String, Location> latest;

  private WarcArchive(Map<String, Location> latest) {
    this.latest = Map.copyOf(latest);
  }

  /** Reads the record positions of every WARC file under {@code dir}. */
  public static WarcArchive open(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) throw new IOException("no WARC folder at " + dir);
    Map<String, Location> latest = new HashMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files =
          walk.filter(p -> p.toString().endsWith(".warc") || p.toString().endsWith(".warc.gz"))
              .sorted()
              .toList();
    }
    for (Path file : files) {
      try (WarcReader reader = new WarcReader(file)) {
        reader.setLenient(true);
        for (WarcRecord record : reader) {
          if (!(record instanceof WarcResponse response)) continue;
          Location here = new Location(file, reader.position(), response.date());
          latest.merge(response.target(), here, (a, b) -> b.date().isAfter(a.date()) ? b : a);
        }
      } catch (IOException | RuntimeException e) {
        LOG.warn("skipping unreadable WARC file {}: {}", file, e.toString());
      }
    }
    return new WarcArchive(latest);
  }

  /** Number of distinct URLs held. */
  public int size() {
    return latest.size();
  }

  @Override
  public Optional<Capture> find(String url) throws IOException {
    Location at = url == null ? null : latest.get(url);
    if (at == null) return Optional.empty();
    try (WarcReader reader = new WarcReader(at.file())) {
      reader.position(at.position());
      Optional<WarcRecord> record = reader.next();
      if (record.isEmpty() || !(record.get() instanceof WarcResponse response))
        return Optional.empty();
      String type = response.http().headers().first("Content-Type").orElse(null);
      byte[] body;
      try (InputStream in = response.http().bodyDecoded().stream()) {
        body = in.readNBytes(MAX_BODY);
      }
      return Optional.of(new Capture(url, response.date(), type, body));
    }
  }
}
