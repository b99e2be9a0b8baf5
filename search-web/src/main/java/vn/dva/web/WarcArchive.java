package vn.dva.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import vn.dva.crawl.CaptureIndex;

/**
 * An {@link ArchiveLookup} over the crawler's WARC files, through {@link CaptureIndex}: the newest
 * capture with content, revisits followed to the response they repeat, URLs normalized as the
 * crawler does. Thread-safe.
 */
public final class WarcArchive implements ArchiveLookup {

  private final CaptureIndex index;

  private WarcArchive(CaptureIndex index) {
    this.index = index;
  }

  /**
   * Scans the WARC files at {@code path} (a file, a crawl output folder or its archive folder).
   *
   * @throws IOException when {@code path} cannot be read
   */
  public static WarcArchive open(Path path) throws IOException {
    if (!java.nio.file.Files.exists(path)) throw new IOException("no WARC files at " + path);
    return new WarcArchive(CaptureIndex.open(path));
  }

  /** Number of distinct URLs held. */
  public int size() {
    return index.size();
  }

  @Override
  public Optional<Capture> find(String url) throws IOException {
    if (url == null) return Optional.empty();
    return index
        .find(url)
        .map(
            c ->
                new Capture(
                    c.url().toString(), c.captured(), c.contentType(), c.body(), c.truncated()));
  }
}
