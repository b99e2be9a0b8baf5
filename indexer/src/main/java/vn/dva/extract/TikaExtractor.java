package vn.dva.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Text, title and date of PDF, DOC and DOCX files through Apache Tika (core plus the PDF and
 * Microsoft parser modules), within limits: input size, characters kept, nesting depth, compression
 * ratio and parse time.
 *
 * <p>A parse runs under a {@link Deadline} and is abandoned after {@link Limits#timeout()}.
 * Thread-safe: one instance may serve many threads.
 */
public final class TikaExtractor {

  /**
   * Limits of one document, whatever its format.
   *
   * @param maxInputBytes larger PDF, DOC and DOCX inputs are refused before parsing (a PDF cannot
   *     be read in part)
   * @param maxChars text beyond this many characters is dropped and the result marked truncated
   * @param timeout a parse still running after this long is abandoned
   * @param maxDepth deepest XHTML nesting accepted (Tika's zip-bomb guard)
   * @param maxCompressionRatio highest output-to-input ratio accepted (Tika's zip-bomb guard)
   * @param maxMarkupBytes HTML and plain-text inputs are read up to this many bytes; the rest is
   *     dropped and the result marked truncated, so a long article keeps its first part instead of
   *     being refused, and one page never needs more memory than this much markup does
   */
  public record Limits(
      long maxInputBytes,
      int maxChars,
      Duration timeout,
      int maxDepth,
      long maxCompressionRatio,
      int maxMarkupBytes) {

    /** Markup read of one HTML or text document by default: 8 MiB. */
    public static final int DEFAULT_MARKUP_BYTES = 8 << 20;

    /**
     * 50 MiB in (PDF, Word), 8 MiB of HTML or text read, 5 million characters out, 60 seconds,
     * depth 100, ratio 100.
     */
    public static final Limits DEFAULTS =
        new Limits(50L << 20, 5_000_000, Duration.ofSeconds(60), 100, 100);

    public Limits {
      if (maxInputBytes <= 0)
        throw new IllegalArgumentException("maxInputBytes must be positive: " + maxInputBytes);
      if (maxChars <= 0)
        throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      if (maxDepth <= 0)
        throw new IllegalArgumentException("maxDepth must be positive: " + maxDepth);
      if (maxCompressionRatio <= 0) {
        throw new IllegalArgumentException(
            "maxCompressionRatio must be positive: " + maxCompressionRatio);
      }
      if (maxMarkupBytes <= 0) {
        throw new IllegalArgumentException("maxMarkupBytes must be positive: " + maxMarkupBytes);
      }
    }

    /**
     * Limits whose markup limit is the smaller of {@code maxInputBytes} and {@link
     * #DEFAULT_MARKUP_BYTES}.
     */
    public Limits(
        long maxInputBytes,
        int maxChars,
        Duration timeout,
        int maxDepth,
        long maxCompressionRatio) {
      this(
          maxInputBytes,
          maxChars,
          timeout,
          maxDepth,
          maxCompressionRatio,
          (int) Math.min(maxInputBytes, DEFAULT_MARKUP_BYTES));
    }
  }

  /** Highest ratio of inflated to compressed size accepted for zip containers (DOCX). */
  private static final long MAX_INFLATION = 100;

  /** Inflated bytes always allowed, however small the zip. */
  private static final long MIN_INFLATION_ALLOWANCE = 4L << 20;

  private static final int MAX_ZIP_ENTRIES = 10_000;

  private final Limits limits;

  /**
   * Built on first use: setting up Tika's parsers (service loading of every module) costs as much
   * as extracting many HTML pages, and most runs never see a PDF or Word file.
   */
  private volatile AutoDetectParser parser;

  /** An extractor with {@link Limits#DEFAULTS}. */
  public TikaExtractor() {
    this(Limits.DEFAULTS);
  }

  /** An extractor with the given limits (not null). */
  public TikaExtractor(Limits limits) {
    if (limits == null) throw new IllegalArgumentException("limits must not be null");
    this.limits = limits;
  }

  private AutoDetectParser parser() {
    AutoDetectParser p = parser;
    if (p != null) return p;
    synchronized (this) {
      if (parser == null) {
        p = new AutoDetectParser();
        p.setAutoDetectParserConfig(
            new AutoDetectParserConfig(
                null, null, limits.maxCompressionRatio(), limits.maxDepth(), 10));
        parser = p;
      }
      return parser;
    }
  }

  /** The limits this extractor applies. */
  public Limits limits() {
    return limits;
  }

  /**
   * Extracts a PDF, DOC or DOCX document.
   *
   * @param bytes the file's content, not null
   * @param name the file name or URL, used in error messages and as Tika's resource name hint
   * @return the title from the document's metadata (null when absent), dcterms:created as date
   *     (null when absent) and the text, NFC, one paragraph per line
   * @throws ExtractionException when the input is too large, encrypted, corrupt, a zip bomb, or
   *     still parsing after the timeout
   */
  public ExtractedParts extract(byte[] bytes, String name) throws ExtractionException {
    if (bytes.length > limits.maxInputBytes()) {
      throw new ExtractionException(
          name
              + ": "
              + bytes.length
              + " bytes is over the limit of "
              + limits.maxInputBytes()
              + " bytes");
    }
    if (isZip(bytes)) checkInflation(bytes, name);
    return Deadline.run(limits.timeout(), name, () -> parse(bytes, name));
  }

  private ExtractedParts parse(byte[] bytes, String name) throws ExtractionException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    BodyContentHandler handler = new BodyContentHandler(limits.maxChars());
    boolean truncated = false;
    try (TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
      parser().parse(in, handler, metadata, new ParseContext());
    } catch (SAXException | TikaException | IOException | RuntimeException e) {
      if (!WriteLimitReachedException.isWriteLimitReached(e)) {
        throw new ExtractionException(name + ": cannot parse: " + reason(e), e);
      }
      truncated = true;
    } catch (StackOverflowError tooDeep) {
      throw new ExtractionException(name + ": nesting too deep to parse", tooDeep);
    }
    String text = lines(handler.toString());
    String title = metadata.get(TikaCoreProperties.TITLE);
    title = title == null || title.isBlank() ? null : TextDecoder.nfc(title.strip());
    return new ExtractedParts(
        title, VietnameseDates.parse(metadata.get(TikaCoreProperties.CREATED)), text, truncated);
  }

  private static boolean isZip(byte[] b) {
    return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
  }

  /**
   * Refuses a zip container (DOCX) that inflates to more than {@link #MAX_INFLATION} times its size
   * (with a floor of {@link #MIN_INFLATION_ALLOWANCE}) or holds more than {@link #MAX_ZIP_ENTRIES}
   * entries, by inflating it once and stopping at the limit. Tika's own guard compares output
   * characters with input bytes, which a truncated bomb can stay under.
   */
  private static void checkInflation(byte[] bytes, String name) throws ExtractionException {
    long allowed = Math.max(MIN_INFLATION_ALLOWANCE, bytes.length * MAX_INFLATION);
    long inflated = 0;
    int entries = 0;
    byte[] buffer = new byte[1 << 16];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      while (zip.getNextEntry() != null) {
        if (++entries > MAX_ZIP_ENTRIES) {
          throw new ExtractionException(
              name + ": looks like a zip bomb: more than " + MAX_ZIP_ENTRIES + " entries");
        }
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          inflated += n;
          if (inflated > allowed) {
            throw new ExtractionException(
                name
                    + ": looks like a zip bomb: "
                    + bytes.length
                    + " bytes inflate to more than "
                    + allowed
                    + " bytes");
          }
        }
      }
    } catch (IOException corrupt) {
      // Not a readable zip: let Tika report what is wrong with it.
    }
  }

  /** NFC text with whitespace collapsed inside lines and blank lines dropped. */
  static String lines(String raw) {
    List<String> out = new ArrayList<>();
    for (String line : TextDecoder.nfc(raw).split("\\R")) {
      String l = line.replaceAll("[\\s\\u00A0]+", " ").strip();
      if (!l.isEmpty()) out.add(l);
    }
    return String.join("\n", out);
  }

  static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.length() > 200 ? message.substring(0, 200) + "…" : message;
  }
}
