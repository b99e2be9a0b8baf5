package vn.dva.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** The formats of an export: what they are called, their media type and their writer. */
public enum ExportFormat {
  CSV("csv", "text/csv; charset=utf-8"),
  JSONL("jsonl", "application/jsonl; charset=utf-8");

  private final String extension;
  private final String contentType;

  ExportFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  /** File name extension without the dot: {@code csv}, {@code jsonl}. */
  public String extension() {
    return extension;
  }

  /** HTTP media type with charset. */
  public String contentType() {
    return contentType;
  }

  /** A writer of this format on {@code out}; the CSV writer writes its BOM and header at once. */
  public RowWriter open(Writer out) throws IOException {
    return this == CSV ? new CsvRowWriter(out) : new JsonLinesRowWriter(out);
  }

  /**
   * The format named {@code name} ({@code csv} or {@code jsonl}, any case).
   *
   * @throws IllegalArgumentException naming the value for anything else
   */
  public static ExportFormat named(String name) {
    for (ExportFormat f : values()) {
      if (f.extension.equalsIgnoreCase(name == null ? "" : name.strip())) return f;
    }
    throw new IllegalArgumentException(
        "format must be csv or jsonl, got '" + (name == null ? "" : name) + "'");
  }

  @Override
  public String toString() {
    return extension.toLowerCase(Locale.ROOT);
  }
}
