package vn.dva.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import vn.dva.csv.CsvWriter;

/**
 * Rows as CSV through dva's one {@link CsvWriter} (UTF-8 byte order mark, RFC 4180, formulas
 * neutralised as OWASP describes), header {@link ExportRow#COLUMNS}. Not thread-safe.
 */
public final class CsvRowWriter implements RowWriter {

  private final Writer out;
  private final CsvWriter csv;

  /** Writes the byte order mark and the header row to {@code out}. */
  public CsvRowWriter(Writer out) throws IOException {
    this.out = out;
    try {
      this.csv = new CsvWriter(out, ExportRow.COLUMNS.toArray(String[]::new));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public void write(ExportRow row) throws IOException {
    try {
      csv.row(row.cells());
    } catch (UncheckedIOException e) {
      // The export must stop on a failed write (a client gone): give the cause back as it is.
      throw e.getCause();
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      csv.flush();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
  }
}
