package vn.dva.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The one CSV writer of dva. Every file it writes:
 *
 * <ul>
 *   <li>starts with a UTF-8 byte order mark (U+FEFF), so that spreadsheet programs read Vietnamese
 *       as UTF-8 instead of the system's legacy code page;
 *   <li>is RFC 4180: comma separated, CRLF line ends, a cell quoted when it holds a comma, a quote
 *       or a line break, inner quotes doubled (quoting by Apache Commons CSV);
 *   <li>neutralises formulas (CSV injection, as OWASP describes it): a text cell starting with
 *       {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
 *       apostrophe, so that a spreadsheet shows it as text instead of running it. Plain numbers
 *       ({@code -5}, {@code -1.5}) and {@link Number} cells are written as they are: they cannot be
 *       formulas.
 * </ul>
 *
 * <p>Null cells are empty; other objects are written with {@code toString()} ({@code LocalDate}
 * gives ISO dates). The writer streams: rows go to the target as they come, so an export of any
 * length needs no memory beyond one row. Not thread-safe.
 *
 * <pre>{@code
 * StringBuilder text = new StringBuilder();
 * try (CsvWriter csv = new CsvWriter(text, "id", "title")) {
 *   csv.row("a1", "=1+1");   // written as a1,'=1+1
 * }
 * }</pre>
 */
public final class CsvWriter implements Flushable, Closeable {

  /** The byte order mark every file starts with. */
  public static final String BOM = "\uFEFF";

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator("\r\n").get();

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

  private final CSVPrinter printer;
  private final int columns;

  /**
   * Starts a file on {@code out}: writes the byte order mark and the header row. {@link #close()}
   * closes {@code out} when it is {@link Closeable}.
   *
   * @param out where the text goes (a {@code Writer} over UTF-8 bytes, or a {@code StringBuilder})
   * @param header the column names; at least one; rows may be shorter or longer (no check), but
   *     spreadsheet programs expect every row to have the header's width
   * @throws UncheckedIOException when {@code out} fails
   */
  public CsvWriter(Appendable out, String... header) {
    Objects.requireNonNull(out, "out");
    if (header == null || header.length == 0) {
      throw new IllegalArgumentException("header must name at least one column");
    }
    try {
      out.append(BOM);
      this.printer = new CSVPrinter(out, FORMAT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.columns = header.length;
    row((Object[]) header);
  }

  /** The number of columns of the header. */
  public int columns() {
    return columns;
  }

  /**
   * Writes one row.
   *
   * @throws UncheckedIOException when the target fails (a client that went away, a full disk)
   */
  public CsvWriter row(Object... cells) {
    return row(Arrays.asList(cells));
  }

  /** Writes one row; see {@link #row(Object...)}. */
  public CsvWriter row(List<?> cells) {
    List<String> safe = new ArrayList<>(cells.size());
    for (Object cell : cells) safe.add(cell(cell));
    try {
      printer.printRecord(safe);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * The text written for one cell before quoting: empty for null, numbers as they are, text with a
   * leading apostrophe when a spreadsheet would read it as a formula.
   */
  public static String cell(Object cell) {
    if (cell == null) return "";
    String text = cell.toString();
    if (cell instanceof Number) return text;
    return formulaLike(text) ? "'" + text : text;
  }

  /** Whether a spreadsheet program would run {@code text} as a formula. */
  static boolean formulaLike(String text) {
    if (text.isEmpty()) return false;
    char first = text.charAt(0);
    boolean trigger =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return trigger && !NUMBER.matcher(text).matches();
  }

  @Override
  public void flush() {
    try {
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      printer.close(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A whole file as a string: the header and the given rows. For small files made in memory; use
   * the constructor to stream large ones.
   */
  public static String of(List<String> header, Iterable<? extends List<?>> rows) {
    StringBuilder text = new StringBuilder();
    try (CsvWriter csv = new CsvWriter(text, header.toArray(String[]::new))) {
      for (List<?> row : rows) csv.row(row);
    }
    return text.toString();
  }
}
