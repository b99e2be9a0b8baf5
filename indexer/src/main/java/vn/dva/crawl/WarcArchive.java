package vn.dva.crawl;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes exchanges to WARC 1.1 files ({@code dva-<time>-<seq>.warc.gz}, one gzip member per record)
 * with jwarc: a request record and a response record per fetch, or a revisit record when the server
 * said 304 or the payload was archived before under another URL. Records carry SHA-1 block and
 * payload digests, {@code WARC-Truncated} when the body was cut, and {@code WARC-Dva-Province}
 * naming the province of the site. A new file is started once the current one passes the rotation
 * size, and always when an archive is reopened, so a file torn by a crash is never appended to.
 * Thread-safe.
 */
public final class WarcArchive implements Closeable {

  /** Extra WARC header naming the province of the crawled site (UTF-8). */
  public static final String PROVINCE_HEADER = "WARC-Dva-Province";

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Path dir;
  private final long rotateBytes;
  private final String software;
  private FileChannel channel;
  private org.netpreserve.jwarc.WarcWriter writer;
  private Path current;
  private int sequence;

  /** Where a record landed and what it held. */
  public record Written(URI recordId, String payloadDigest, Path file, long offset) {}

  /**
   * Opens an archive folder, creating it when missing; numbering continues after existing files.
   *
   * @param dir the folder for WARC files
   * @param rotateBytes size after which the next record goes to a new file
   * @param software the software named in each file's warcinfo record
   */
  public WarcArchive(Path dir, long rotateBytes, String software) throws IOException {
    this.dir = dir;
    this.rotateBytes = rotateBytes;
    this.software = software;
    Files.createDirectories(dir);
    this.sequence = existingFiles(dir).size();
  }

  /** The WARC files of {@code dir} in the order they were written (names sort by time). */
  public static List<Path> existingFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(
              p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".warc") || n.endsWith(".warc.gz");
              })
          .sorted()
          .toList();
    }
  }

  /** Writes the request and the response of {@code f}; the payload is the body as received. */
  public synchronized Written writeResponse(Fetched f, String province) throws IOException {
    byte[] head = responseHead(f, f.body().length);
    byte[] block = concat(head, f.body());
    String payloadDigest = sha1(f.body()).prefixedBase32();
    WarcResponse.Builder b =
        new WarcResponse.Builder(f.url())
            .version(MessageVersion.WARC_1_1)
            .date(f.date())
            .body(MediaType.HTTP_RESPONSE, block)
            .blockDigest(sha1(block))
            .payloadDigest(sha1(f.body()))
            .addHeader(PROVINCE_HEADER, province);
    if (f.truncated() != null) b.truncated(WarcTruncationReason.valueOf(f.truncated().name()));
    WarcResponse response = b.build();
    Written w = write(response, payloadDigest);
    writeRequest(f, response.id());
    return w;
  }

  /**
   * Writes the request and a revisit record for {@code f}.
   *
   * @param profile {@link WarcRevisit#SERVER_NOT_MODIFIED_1_1} or {@link
   *     WarcRevisit#IDENTICAL_PAYLOAD_DIGEST_1_1}
   * @param refersToUrl the URL of the earlier capture, not null
   * @param refersToDate the date of the earlier capture, not null
   * @param refersToId the WARC-Record-ID of the earlier capture, or null when unknown
   * @param payloadDigest the earlier capture's payload digest ({@code sha1:…}), or null
   */
  public synchronized Written writeRevisit(
      Fetched f,
      String province,
      URI profile,
      URI refersToUrl,
      Instant refersToDate,
      URI refersToId,
      String payloadDigest)
      throws IOException {
    byte[] head = responseHead(f, f.body().length);
    WarcRevisit.Builder b =
        new WarcRevisit.Builder(f.url(), profile)
            .version(MessageVersion.WARC_1_1)
            .date(f.date())
            .body(MediaType.HTTP_RESPONSE, head)
            .blockDigest(sha1(head))
            .addHeader("WARC-Refers-To-Target-URI", refersToUrl.toString())
            .addHeader("WARC-Refers-To-Date", refersToDate.toString())
            .addHeader(PROVINCE_HEADER, province);
    if (refersToId != null) b.addHeader("WARC-Refers-To", "<" + refersToId + ">");
    if (payloadDigest != null) b.payloadDigest(new WarcDigest(payloadDigest));
    WarcRevisit revisit = b.build();
    Written w = write(revisit, payloadDigest);
    writeRequest(f, revisit.id());
    return w;
  }

  private void writeRequest(Fetched f, URI concurrentTo) throws IOException {
    WarcRequest request =
        new WarcRequest.Builder(f.url())
            .version(MessageVersion.WARC_1_1)
            .date(f.date())
            .body(MediaType.HTTP_REQUEST, f.request())
            .blockDigest(sha1(f.request()))
            .concurrentTo(concurrentTo)
            .build();
    writer.write(request);
  }

  private Written write(WarcRecord record, String payloadDigest) throws IOException {
    if (writer == null || channel.size() >= rotateBytes) rotate();
    long offset = channel.size();
    writer.write(record);
    return new Written(record.id(), payloadDigest, current, offset);
  }

  private void rotate() throws IOException {
    closeCurrent();
    String name =
        "dva-"
            + STAMP.format(Instant.now())
            + "-"
            + String.format(Locale.ROOT, "%05d", sequence++)
            + ".warc.gz";
    current = dir.resolve(name);
    channel = FileChannel.open(current, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    writer = new org.netpreserve.jwarc.WarcWriter(channel, WarcCompression.GZIP);
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("software", List.of(software));
    fields.put("format", List.of("WARC File Format 1.1"));
    fields.put(
        "conformsTo",
        List.of("https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"));
    fields.put("robots", List.of("obey"));
    fields.put(
        "description",
        List.of("dva: dân vận news crawled politely; province in " + PROVINCE_HEADER));
    writer.write(
        new Warcinfo.Builder()
            .version(MessageVersion.WARC_1_1)
            .filename(name)
            .fields(fields)
            .build());
  }

  /** The file records are being written to, or null before the first record. */
  public synchronized Path currentFile() {
    return current;
  }

  private void closeCurrent() throws IOException {
    if (writer != null) {
      writer.close();
      writer = null;
      channel = null;
    }
  }

  @Override
  public synchronized void close() throws IOException {
    closeCurrent();
  }

  private static byte[] responseHead(Fetched f, int length) {
    StringBuilder s =
        new StringBuilder("HTTP/1.1 ")
            .append(f.status())
            .append(' ')
            .append(HttpReasons.of(f.status()))
            .append("\r\n");
    for (Fetched.Header h : f.headers()) {
      String n = h.name();
      if (n.equalsIgnoreCase("Transfer-Encoding") || n.equalsIgnoreCase("Content-Length")) {
        s.append("X-Dva-Original-").append(n).append(": ").append(clean(h.value())).append("\r\n");
        continue;
      }
      s.append(n).append(": ").append(clean(h.value())).append("\r\n");
    }
    s.append("Content-Length: ").append(length).append("\r\n\r\n");
    return s.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String clean(String v) {
    return v.replace('\r', ' ').replace('\n', ' ');
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  static WarcDigest sha1(byte[] bytes) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-1");
      md.update(bytes);
      return new WarcDigest(md);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-1 is required by every JDK", impossible);
    }
  }
}
