package vn.dva.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the text of scanned PDF pages (pages without a text layer) with Tesseract and its
 * Vietnamese model, run as a separate process per page so that a stuck page can be killed.
 *
 * <p>Pages are taken one by one with PDFBox: a page whose text layer holds fewer than {@link
 * #MIN_PAGE_CHARS} letters is rendered at {@link Limits#dpi()} in grey and read by {@code tesseract
 * page.png stdout -l vie}; the other pages keep their own text. Each page has a time limit (the
 * process is killed after it) and the document a deadline (pages after it are left unread and the
 * result marked incomplete). Tesseract and its {@code vie} data are looked for once per JVM; when
 * they are missing, that is logged once and PDFs are read from their text layer alone. Thread-safe.
 */
public final class PdfOcr {

  private static final Logger LOG = LoggerFactory.getLogger(PdfOcr.class);

  /** A page with fewer letters than this in its text layer is treated as scanned. */
  static final int MIN_PAGE_CHARS = 20;

  /**
   * Limits of OCR.
   *
   * @param perPage a Tesseract process still running after this is killed, and the page left unread
   * @param perDocument no page is started after this much time on one document
   * @param dpi rendering resolution: 300 is what Tesseract reads best; less is faster
   * @param maxPages at most this many pages of a document are read with OCR
   */
  public record Limits(Duration perPage, Duration perDocument, int dpi, int maxPages) {

    /** 60 s per page, 5 minutes per document, 300 dpi, 100 pages. */
    public static final Limits DEFAULTS =
        new Limits(Duration.ofSeconds(60), Duration.ofMinutes(5), 300, 100);

    public Limits {
      if (perPage == null || perPage.isNegative() || perPage.isZero()) {
        throw new IllegalArgumentException("perPage must be positive: " + perPage);
      }
      if (perDocument == null || perDocument.isNegative() || perDocument.isZero()) {
        throw new IllegalArgumentException("perDocument must be positive: " + perDocument);
      }
      if (dpi < 72 || dpi > 600) throw new IllegalArgumentException("dpi must be 72–600: " + dpi);
      if (maxPages < 1)
        throw new IllegalArgumentException("maxPages must be positive: " + maxPages);
    }
  }

  /**
   * The text of a PDF, page by page.
   *
   * @param text NFC text, one paragraph per line, pages in order
   * @param ocrPages pages read with OCR (1-based)
   * @param complete false when a page timed out, failed or was left unread by the deadline
   */
  public record Result(String text, List<Integer> ocrPages, boolean complete) {
    public Result {
      ocrPages = List.copyOf(ocrPages);
    }

    /** Whether any of the text came from OCR. */
    public boolean usedOcr() {
      return !ocrPages.isEmpty();
    }
  }

  private static volatile Boolean available;

  /**
   * Whether this instance (one per extractor, so one per indexing run) said Tesseract is missing.
   */
  private final AtomicBoolean warned = new AtomicBoolean();

  private final Limits limits;
  private final String command;

  /** OCR with {@link Limits#DEFAULTS} and the {@code tesseract} on the PATH. */
  public PdfOcr() {
    this(Limits.DEFAULTS, "tesseract");
  }

  /**
   * @param limits time and size limits, not null
   * @param command the Tesseract executable (a name on the PATH or a path)
   */
  public PdfOcr(Limits limits, String command) {
    if (limits == null) throw new IllegalArgumentException("limits must not be null");
    this.limits = limits;
    this.command = command;
  }

  /**
   * Whether Tesseract and its Vietnamese data answer ({@code tesseract --list-langs} lists {@code
   * vie}); asked once per JVM for the default command.
   */
  public boolean available() {
    if (!command.equals("tesseract")) return probe(command);
    Boolean a = available;
    if (a == null) {
      a = probe(command);
      available = a;
    }
    return a;
  }

  private static boolean probe(String command) {
    try {
      Process p = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0 && out.lines().anyMatch(l -> l.strip().equals("vie"));
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Says, the first time it is called on this instance, that scanned pages will stay without text.
   *
   * @return true when it said so now, false when it had already
   */
  boolean warnMissingOnce() {
    if (warned.compareAndSet(false, true)) {
      LOG.warn(
          "tesseract with Vietnamese data (Debian: tesseract-ocr, tesseract-ocr-vie) not found: "
              + "scanned PDF pages are indexed without text; PDFs with a text layer are read as usual");
      return true;
    }
    return false;
  }

  /**
   * Whether a PDF has a page without a text layer, so that OCR would add text. False for a PDF
   * PDFBox cannot open (Tika reports that).
   */
  public static boolean hasScannedPages(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        if (letters(stripper.getText(doc)) < MIN_PAGE_CHARS) return true;
      }
      return false;
    } catch (IOException | RuntimeException unreadable) {
      return false;
    }
  }

  /**
   * The text of {@code pdf}, with pages lacking a text layer read by Tesseract.
   *
   * @param name file name or URL, for log messages
   * @throws IOException when PDFBox cannot open the PDF
   */
  public Result read(byte[] pdf, String name) throws IOException {
    long deadline = System.nanoTime() + limits.perDocument().toNanos();
    List<String> pages = new ArrayList<>();
    List<Integer> ocrPages = new ArrayList<>();
    boolean complete = true;
    Path dir = Files.createTempDirectory("dva-ocr");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String layer = stripper.getText(doc);
        if (letters(layer) >= MIN_PAGE_CHARS) {
          pages.add(layer);
          continue;
        }
        if (ocrPages.size() >= limits.maxPages() || System.nanoTime() > deadline) {
          complete = false;
          pages.add(layer);
          continue;
        }
        String read = ocrPage(renderer, page, dir, name);
        if (read == null) {
          complete = false;
          pages.add(layer);
        } else {
          ocrPages.add(page);
          pages.add(read);
        }
      }
    } finally {
      deleteAll(dir);
    }
    if (!complete) LOG.warn("{}: OCR incomplete (time limit or failed page)", name);
    return new Result(TikaExtractor.lines(String.join("\n", pages)), ocrPages, complete);
  }

  /** The page read by Tesseract, or null when it failed or ran out of time. */
  private String ocrPage(PDFRenderer renderer, int page, Path dir, String name) throws IOException {
    BufferedImage image = renderer.renderImageWithDPI(page - 1, limits.dpi(), ImageType.GRAY);
    Path png = dir.resolve("page-" + page + ".png");
    Path out = dir.resolve("page-" + page + ".txt");
    ImageIO.write(image, "png", png.toFile());
    Process p =
        new ProcessBuilder(command, png.toString(), "stdout", "-l", "vie", "--psm", "3")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .redirectOutput(out.toFile())
            .start();
    p.getOutputStream().close();
    try {
      if (!p.waitFor(limits.perPage().toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        LOG.warn("{}: OCR of page {} stopped after {} s", name, page, limits.perPage().toSeconds());
        return null;
      }
      String text = Files.readString(out, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        LOG.warn("{}: tesseract failed on page {} (exit {})", name, page, p.exitValue());
        return null;
      }
      return text;
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      return null;
    } finally {
      Files.deleteIfExists(png);
      Files.deleteIfExists(out);
    }
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
    return n;
  }

  private static void deleteAll(Path dir) {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) Files.deleteIfExists(f);
      Files.deleteIfExists(dir);
    } catch (IOException ignored) {
      // a temp folder left behind is harmless
    }
  }
}
