package vn.dva.extract;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a fetched or local document into an {@link ExtractedDocument}: HTML through jsoup and
 * {@link HtmlExtractor}, plain text as is, PDF/DOC/DOCX through {@link TikaExtractor}; then the
 * province and the directives it cites. No network, no index. Thread-safe: one instance may serve
 * many threads.
 */
public final class DocumentExtractor {

  /** File extensions this extractor reads, mapped to the format name stored in the document. */
  private static final Map<String, String> EXTENSIONS =
      Map.of(
          "html", "html", "htm", "html", "xhtml", "html", "txt", "txt", "pdf", "pdf", "doc", "doc",
          "docx", "docx");

  private static final Map<String, String> CONTENT_TYPES =
      Map.of(
          "text/html", "html",
          "application/xhtml+xml", "html",
          "text/plain", "txt",
          "application/pdf", "pdf",
          "application/msword", "doc",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

  private static final int TITLE_MAX_CHARS = 300;

  private static final Logger LOG = LoggerFactory.getLogger(DocumentExtractor.class);

  private final TikaExtractor tika;
  private final PdfOcr ocr;

  /** An extractor with the default Tika limits ({@link TikaExtractor.Limits#DEFAULTS}). */
  public DocumentExtractor() {
    this(TikaExtractor.Limits.DEFAULTS);
  }

  /**
   * An extractor whose inputs of any format obey {@code limits} (size) and Tika's other limits;
   * scanned PDF pages are read with {@link PdfOcr}'s defaults.
   */
  public DocumentExtractor(TikaExtractor.Limits limits) {
    this(limits, new PdfOcr());
  }

  /**
   * An extractor with the given Tika limits and OCR for scanned PDF pages (null: no OCR, scanned
   * pages stay without text).
   */
  public DocumentExtractor(TikaExtractor.Limits limits, PdfOcr ocr) {
    this.tika = new TikaExtractor(limits);
    this.ocr = ocr;
  }

  /**
   * Whether {@code file}'s extension is one this extractor reads (.html .htm .txt .pdf .doc .docx).
   */
  public static boolean supports(Path file) {
    return file != null
        && EXTENSIONS.containsKey(
            extension(file.getFileName() == null ? "" : file.getFileName().toString()));
  }

  /**
   * Extracts a local file; its id and url are the absolute file URI, its source "file".
   *
   * @throws ExtractionException when the file cannot be read, is of an unsupported type, or fails
   *     to parse; the message names the file
   */
  public ExtractedDocument extract(Path file) throws ExtractionException {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      long size = Files.size(absolute);
      String format = EXTENSIONS.get(extension(absolute.getFileName().toString()));
      if (isMarkup(format)) {
        // only the part that will be read comes into memory: a 49 MiB article costs 8 MiB
        int limit = tika.limits().maxMarkupBytes();
        if (size <= limit) {
          return extract(
              Files.readAllBytes(absolute), null, absolute.toUri(), ExtractionHints.NONE);
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(absolute)) {
          head = in.readNBytes(limit + 1);
        }
        return extract(head, null, absolute.toUri(), ExtractionHints.NONE, size);
      }
      if (size > tika.limits().maxInputBytes()) {
        throw new ExtractionException(
            absolute
                + ": "
                + size
                + " bytes is over the limit of "
                + tika.limits().maxInputBytes()
                + " bytes");
      }
      return extract(Files.readAllBytes(absolute), null, absolute.toUri(), ExtractionHints.NONE);
    } catch (IOException e) {
      throw new ExtractionException(absolute + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Extracts one document.
   *
   * @param bytes the raw content, not null
   * @param contentType the HTTP Content-Type (charset included) or null; it decides the format when
   *     it names one, otherwise the URI's extension does
   * @param uri where the document came from: its id and url (not null)
   * @param hints what the caller knows (province, source); null means {@link ExtractionHints#NONE}
   * @throws ExtractionException for empty, oversized, binary or unsupported input and for parse
   *     failures; the message names the URI and the reason
   */
  public ExtractedDocument extract(byte[] bytes, String contentType, URI uri, ExtractionHints hints)
      throws ExtractionException {
    return extract(bytes, contentType, uri, hints, bytes == null ? 0 : bytes.length);
  }

  /**
   * Extracts one document of which {@code bytes} may be only the first part; {@code size} is the
   * size of the whole.
   */
  private ExtractedDocument extract(
      byte[] bytes, String contentType, URI uri, ExtractionHints hints, long size)
      throws ExtractionException {
    if (uri == null) throw new IllegalArgumentException("uri must not be null");
    if (bytes == null) throw new IllegalArgumentException("bytes must not be null for " + uri);
    ExtractionHints h = hints == null ? ExtractionHints.NONE : hints;
    String name = uri.toString();
    if (bytes.length == 0) throw new ExtractionException(name + ": empty file");
    String format = format(contentType, uri, bytes);
    if (!isMarkup(format) && bytes.length > tika.limits().maxInputBytes()) {
      throw new ExtractionException(
          name
              + ": "
              + bytes.length
              + " bytes is over the limit of "
              + tika.limits().maxInputBytes()
              + " bytes");
    }
    ExtractedParts parts =
        isMarkup(format)
            ? Deadline.run(
                tika.limits().timeout(), name, () -> markup(format, bytes, contentType, uri, size))
            : "pdf".equals(format) ? pdf(bytes, name) : tika.extract(bytes, name);
    String text = parts.text();
    if (parts.truncated()) {
      LOG.warn(
          "{}: cut at {} characters of text (limits: {} bytes of markup, {} characters)",
          name,
          text.length(),
          tika.limits().maxMarkupBytes(),
          tika.limits().maxChars());
    }
    String title = title(parts, uri);
    String province = h.province() == null ? null : Provinces.canonical(h.province()).orElse(null);
    if (province == null) {
      String siteProvince =
          parts.site() == null
              ? null
              : Provinces.findAll(parts.site()).stream().findFirst().orElse(null);
      province = Provinces.ofArticle(title, text, siteProvince);
      // a local story that names no province ("toàn tỉnh", "UBND huyện"): the portal's own
      if (province == null && Provinces.tellsOfOwnLocality(text)) province = siteProvince;
    }
    // a list page's teasers cite what other pages cite: none of it is this page's
    DirectiveExtraction directives =
        DirectiveExtractor.extract(
            parts.kind().equals(ExtractedDocument.LIST) ? "" : text, province);
    return new ExtractedDocument(
        name,
        name,
        title,
        parts.published(),
        province,
        source(h, uri),
        format,
        text,
        directives.citations(),
        directives.reviews(),
        directives.relations(),
        parts.kind(),
        parts.ocr());
  }

  /**
   * A PDF through Tika; when some page has no text layer (a scan), the text page by page with those
   * pages read by OCR, if Tesseract is installed (said once in the log when it is not).
   */
  private ExtractedParts pdf(byte[] bytes, String name) throws ExtractionException {
    ExtractedParts parts = tika.extract(bytes, name);
    if (ocr == null || !PdfOcr.hasScannedPages(bytes)) return parts;
    if (!ocr.available()) {
      ocr.warnMissingOnce();
      return parts;
    }
    try {
      PdfOcr.Result read = ocr.read(bytes, name);
      if (!read.usedOcr()) return parts;
      LOG.info("{}: pages {} read by OCR", name, read.ocrPages());
      return new ExtractedParts(
          parts.title(), parts.published(), read.text(), parts.truncated(), true);
    } catch (java.io.IOException | RuntimeException e) {
      LOG.warn("{}: OCR failed ({}); keeping the text layer", name, e.getMessage());
      return parts;
    }
  }

  private static boolean isMarkup(String format) {
    return "html".equals(format) || "txt".equals(format);
  }

  /**
   * HTML or plain text read within the limits: the first {@code maxMarkupBytes} bytes, the first
   * {@code maxChars} characters of text.
   */
  private ExtractedParts markup(String format, byte[] bytes, String contentType, URI uri, long size)
      throws ExtractionException {
    int keep = Truncation.markupCut(bytes, tika.limits().maxMarkupBytes());
    byte[] head = keep == bytes.length ? bytes : Arrays.copyOf(bytes, keep);
    boolean cut = keep < size;
    ExtractedParts parts =
        format.equals("html")
            ? html(head, contentType, uri)
            : PlainText.extract(decodedText(head, contentType, uri.toString()));
    String text = Truncation.text(parts.text(), tika.limits().maxChars());
    cut |= text.length() < parts.text().length();
    return cut ? parts.cut(text) : parts;
  }

  private ExtractedParts html(byte[] bytes, String contentType, URI uri)
      throws ExtractionException {
    String html = decodedText(bytes, contentType, uri.toString());
    Document doc = Jsoup.parse(html, uri.toString());
    return HtmlExtractor.extract(doc);
  }

  /**
   * Decoded NFC text ({@link TextDecoder}), refused when it is mostly control characters (binary
   * data).
   */
  private static String decodedText(byte[] bytes, String contentType, String name)
      throws ExtractionException {
    String text = TextDecoder.decode(bytes, contentType);
    int sample = Math.min(text.length(), 65536);
    int bad = 0;
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD') bad++;
    }
    if (sample > 0 && bad > sample / 20) {
      throw new ExtractionException(
          name
              + ": looks like binary data, not text ("
              + bad
              + " control characters in the first "
              + sample
              + ")");
    }
    return text;
  }

  private static String format(String contentType, URI uri, byte[] bytes)
      throws ExtractionException {
    if (contentType != null) {
      String mime = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      String byType = CONTENT_TYPES.get(mime);
      if (byType != null) return byType;
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    String byExtension = EXTENSIONS.get(extension(path));
    if (byExtension != null) return byExtension;
    if (startsWith(bytes, "%PDF")) return "pdf";
    String head =
        new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    if (head.startsWith("<!doctype html") || head.startsWith("<html")) return "html";
    throw new ExtractionException(
        uri
            + ": unsupported format (content type "
            + contentType
            + "); expected .html .htm .txt .pdf .doc .docx");
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    if (bytes.length < prefix.length()) return false;
    for (int i = 0; i < prefix.length(); i++) if (bytes[i] != prefix.charAt(i)) return false;
    return true;
  }

  private static String extension(String path) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    return dot > slash && dot >= 0 ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  /** The document's own title, else its first meaningful line, else its file name. */
  private static String title(ExtractedParts parts, URI uri) {
    String t = parts.title();
    if (t == null || t.isBlank()) t = PlainText.firstMeaningfulLine(parts.text());
    if (t == null || t.isBlank()) {
      String path = uri.getPath() == null ? "" : uri.getPath();
      t = path.substring(path.lastIndexOf('/') + 1);
    }
    if (t.isBlank()) t = uri.toString();
    t = t.strip();
    return t.length() > TITLE_MAX_CHARS ? t.substring(0, TITLE_MAX_CHARS).strip() + "…" : t;
  }

  private static String source(ExtractionHints hints, URI uri) {
    if (hints.source() != null && !hints.source().isBlank()) return hints.source().strip();
    if ("file".equalsIgnoreCase(uri.getScheme())) return "file";
    return uri.getHost() == null ? uri.getScheme() : uri.getHost().toLowerCase(Locale.ROOT);
  }
}
