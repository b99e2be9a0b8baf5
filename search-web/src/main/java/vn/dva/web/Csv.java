package vn.dva.web;

/**
 * A small CSV writer (RFC 4180: comma separated, CRLF, fields quoted when they hold a comma, quote
 * or line break). Starts with a UTF-8 byte order mark so spreadsheet programs read Vietnamese
 * right. Cells that a spreadsheet would run as a formula ({@code = + - @}) are prefixed with an
 * apostrophe. Null cells are empty. Not thread-safe.
 */
final class Csv {

  private final StringBuilder out = new StringBuilder("\uFEFF");

  Csv(String... header) {
    row((Object[]) header);
  }

  /** Appends one row. */
  Csv row(Object... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) out.append(',');
      out.append(cell(cells[i] == null ? "" : cells[i].toString()));
    }
    out.append("\r\n");
    return this;
  }

  private static String cell(String v) {
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+")) v = "'" + v;
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0)
      return v;
    return '"' + v.replace("\"", "\"\"") + '"';
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
