package vn.dva.export;

import java.io.IOException;

/**
 * Where exported rows go, one at a time. Implementations write through to a stream, holding at most
 * a buffer, so an export of any length runs in the same memory. Not thread-safe.
 */
public interface RowWriter {

  /** Writes one row; an {@link IOException} (e.g. the client went away) ends the export. */
  void write(ExportRow row) throws IOException;

  /** Pushes what is buffered to the stream, so a reader sees rows before the export ends. */
  void flush() throws IOException;
}
