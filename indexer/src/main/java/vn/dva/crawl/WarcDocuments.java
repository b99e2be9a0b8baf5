package vn.dva.crawl;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Reads the documents out of WARC files ({@code .warc} or {@code .warc.gz}, ours or any other
 * crawler's) so that an index can be rebuilt from the archive alone. Yields each successful (2xx)
 * response whose type is a document (HTML, XHTML, plain text, PDF, DOC, DOCX, ODT, RTF; not
 * robots.txt, sitemaps, feeds, images) once per distinct payload: content archived at several URLs
 * (identical payload digest, or an identical-payload-digest revisit record) comes out as one
 * document listing the other URLs as alternates. Documents come in archive order, so when a URL was
 * captured twice with different content the newer capture comes last. Corrupt or torn records are
 * reported and skipped, never fatal. Stateless; thread-safe.
 */
public final class WarcDocuments {

  /** Decoded bodies larger than this are cut (a gzip bomb cannot exhaust memory): 64 MiB. */
  public static final long MAX_DECODED_BYTES = 64L << 20;

  private WarcDocuments() {}

  /** What a read did. */
  public record ReadSummary(int documents, int duplicates, List<String> problems) {}

  /** True for names ending in {@code .warc} or {@code .warc.gz} (case-insensitive). */
  public static boolean isWarc(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }

  /**
   * The WARC files at {@code path}: the file itself, or every WARC file below a folder (e.g. the
   * crawl's output folder or its {@code archive/}), sorted by path so that our time-stamped names
   * come in the order written.
   */
  public static List<Path> files(Path path) throws IOException {
    if (Files.isRegularFile(path)) return isWarc(path) ? List.of(path) : List.of();
    if (!Files.isDirectory(path)) return List.of();
    try (Stream<Path> s = Files.walk(path)) {
      return s.filter(Files::isRegularFile).filter(WarcDocuments::isWarc).sorted().toList();
    }
  }

  /**
   * Reads the documents of {@code warcFiles} (two passes: the first groups URLs by payload digest,
   * the second yields one document per group).
   *
   * @param warcFiles WARC files in the order they were written; revisits may refer to any of them
   * @param sink receives each document; an exception thrown by the sink stops the read
   * @return counts, and one line per unreadable file or record (file name and reason)
   */
  public static ReadSummary read(List<Path> warcFiles, Consumer<ArchivedDocument> sink) {
    List<String> problems = new ArrayList<>();
    Map<String, Group> groups = new LinkedHashMap<>();
    Map<Path, Set<Long>> firsts = new HashMap<>();
    int duplicates = 0;
    for (Path file : warcFiles) {
      try (WarcReader reader = new WarcReader(file)) {
        reader.setLenient(true);
        for (WarcRecord record : reader) {
          if (record instanceof WarcResponse r) {
            HttpResponse http = r.http();
            if (!isDocument(r.target(), http)) continue;
            String digest =
                r.payloadDigest().map(d -> d.prefixedBase32()).orElse("record:" + r.id());
            Group g = groups.get(digest);
            if (g == null) {
              groups.put(digest, new Group(r.target()));
              firsts.computeIfAbsent(file, k -> new HashSet<>()).add(record.position());
            } else {
              if (g.add(r.target())) duplicates++;
            }
          } else if (record instanceof WarcRevisit v && isIdenticalPayload(v)) {
            String digest = v.payloadDigest().map(d -> d.prefixedBase32()).orElse(null);
            Group g = digest == null ? null : groups.get(digest);
            if (g != null && g.add(v.target())) duplicates++;
          }
        }
      } catch (IOException | RuntimeException e) {
        problems.add(file.getFileName() + ": " + e);
      }
    }
    int documents = 0;
    for (Path file : warcFiles) {
      Set<Long> wanted = firsts.getOrDefault(file, Set.of());
      if (wanted.isEmpty()) continue;
      try (WarcReader reader = new WarcReader(file)) {
        reader.setLenient(true);
        for (WarcRecord record : reader) {
          if (!(record instanceof WarcResponse r) || !wanted.contains(record.position())) continue;
          String digest = r.payloadDigest().map(d -> d.prefixedBase32()).orElse("record:" + r.id());
          Group g = groups.get(digest);
          ArchivedDocument doc;
          try {
            doc = document(r, file, g == null ? List.of() : g.alternates());
          } catch (IOException | RuntimeException unreadable) {
            problems.add(
                file.getFileName()
                    + " @"
                    + record.position()
                    + " "
                    + r.target()
                    + ": "
                    + unreadable);
            continue;
          }
          try {
            sink.accept(doc);
          } catch (RuntimeException fromSink) {
            throw new SinkFailure(fromSink);
          }
          documents++;
        }
      } catch (SinkFailure f) {
        throw (RuntimeException) f.getCause();
      } catch (IOException | RuntimeException e) {
        problems.add(file.getFileName() + ": " + e);
      }
    }
    return new ReadSummary(documents, duplicates, List.copyOf(problems));
  }

  /**
   * Reads the documents of one WARC file (or of every WARC file below a folder); the same as {@link
   * #read(List, Consumer)} over {@link #files(Path)}. Duplicates are only recognised among the
   * files read together, so pass a whole archive folder when you can.
   */
  public static ReadSummary read(Path fileOrFolder, Consumer<ArchivedDocument> sink)
      throws IOException {
    return read(files(fileOrFolder), sink);
  }

  static ArchivedDocument document(WarcResponse r, Path file, List<URI> alternates)
      throws IOException {
    HttpResponse http = r.http();
    byte[] raw = http.body().stream().readAllBytes();
    byte[] body =
        ContentDecoding.decode(
            raw, http.headers().first("Content-Encoding").orElse(null), MAX_DECODED_BYTES);
    String contentType = http.headers().first("Content-Type").orElse(null);
    String province = r.headers().first(WarcArchive.PROVINCE_HEADER).orElse(null);
    boolean truncated = r.truncated() != WarcTruncationReason.NOT_TRUNCATED;
    return new ArchivedDocument(
        r.targetURI(),
        r.date(),
        contentType,
        body,
        province,
        alternates,
        truncated,
        file,
        r.position());
  }

  /** Whether a response is a 2xx document worth indexing. */
  static boolean isDocument(String target, HttpResponse http) {
    if (http.status() < 200 || http.status() >= 300) return false;
    String path = URI.create(target).getPath();
    path = path == null ? "" : path.toLowerCase(Locale.ROOT);
    if (path.equals("/robots.txt")) return false;
    String type = http.headers().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    if (type.contains("html")
        || type.startsWith("text/plain")
        || type.contains("pdf")
        || type.contains("msword")
        || type.contains("wordprocessingml")
        || type.contains("opendocument.text")
        || type.contains("rtf")) {
      return true;
    }
    if (type.isEmpty() || type.contains("octet-stream") || type.contains("force-download")) {
      return path.endsWith(".pdf")
          || path.endsWith(".doc")
          || path.endsWith(".docx")
          || path.endsWith(".odt")
          || path.endsWith(".rtf")
          || path.endsWith(".html")
          || path.endsWith(".htm")
          || path.endsWith(".txt");
    }
    return false;
  }

  private static boolean isIdenticalPayload(WarcRevisit v) {
    return WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1.equals(v.profile())
        || WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_0.equals(v.profile());
  }

  /** Carries an exception thrown by the caller's sink past our own error handling. */
  private static final class SinkFailure extends RuntimeException {
    SinkFailure(RuntimeException cause) {
      super(cause);
    }
  }

  /** The URLs that served one payload. */
  private static final class Group {
    private final URI first;
    private final Set<URI> others = new LinkedHashSet<>();

    Group(String first) {
      this.first = URI.create(first);
    }

    boolean add(String url) {
      URI u = URI.create(url);
      return !u.equals(first) && others.add(u);
    }

    List<URI> alternates() {
      return List.copyOf(others);
    }
  }
}
