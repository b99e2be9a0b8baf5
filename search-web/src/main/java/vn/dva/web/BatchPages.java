package vn.dva.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dva.csv.CsvWriter;
import vn.dva.search.InvalidQueryException;

/**
 * Batch lookup: {@code GET /batch} shows the form; {@code POST /batch} takes pasted numbers ({@code
 * numbers}) and/or a CSV file ({@code file}) and shows a table, or sends it as CSV with {@code
 * format=csv}; {@code GET /api/batch?numbers=} answers JSON.
 */
final class BatchPages {

  /** Longest pasted list, in characters. */
  static final int MAX_TEXT = 50_000;

  /** Largest uploaded file, in bytes. */
  static final int MAX_FILE = 1_000_000;

  private static final Set<String> FORM = Set.of("numbers", "format", "file");

  private final DirectiveLookup lookup;
  private final Templates templates;

  BatchPages(DirectiveLookup lookup, Templates templates) {
    this.lookup = lookup;
    this.templates = templates;
  }

  void form(Context ctx) {
    Params.of(ctx.queryParamMap(), Set.of());
    Responses.html(ctx, templates, "batch", Map.of("numbers", ""));
  }

  void api(Context ctx) throws Exception {
    Params p = Params.of(ctx.queryParamMap(), Set.of("numbers"), MAX_TEXT);
    List<String> typed = numbers(p.one("numbers"), null);
    Responses.json(ctx, Map.of("rows", lookup.lookup(typed)));
  }

  void submit(Context ctx) throws Exception {
    Params p = Params.of(ctx.formParamMap(), FORM, MAX_TEXT);
    UploadedFile file = ctx.uploadedFile("file");
    String csv = null;
    if (file != null && file.size() > 0) {
      if (file.size() > MAX_FILE) {
        throw new InvalidQueryException(
            "Tệp "
                + Fmt.clip(file.filename(), 60)
                + " có "
                + file.size()
                + " byte, tối đa "
                + MAX_FILE
                + " (file too large)");
      }
      try (InputStream in = file.content()) {
        csv = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
      }
    }
    List<String> typed = numbers(p.one("numbers"), csv);
    List<DirectiveLookup.Row> rows = lookup.lookup(typed);
    String format = p.one("format");
    if ("csv".equals(format)) {
      StringBuilder text = new StringBuilder();
      CsvWriter out =
          new CsvWriter(
              text, "typed", "number", "articles", "mentions", "first", "last", "issue_years");
      for (DirectiveLookup.Row r : rows) {
        out.row(
            r.typed(),
            r.number(),
            r.articles(),
            r.mentions(),
            r.first(),
            r.last(),
            r.years().stream().map(String::valueOf).collect(Collectors.joining(" ")));
      }
      Responses.download(ctx, "text/csv; charset=utf-8", "dva-tra-cuu.csv", text.toString());
      return;
    }
    if (format != null && !format.equals("html")) {
      throw new InvalidQueryException(
          "Tham số \"format\" phải là html hoặc csv, nhận được \""
              + Fmt.clip(format, 40)
              + "\" (format must be html or csv)");
    }
    Map<String, Object> model = new HashMap<>();
    model.put("numbers", String.join("\n", typed));
    model.put("rows", rows);
    Responses.html(ctx, templates, "batch", model);
  }

  private static List<String> numbers(String pasted, String csv) {
    List<String> typed =
        DirectiveLookup.split((pasted == null ? "" : pasted) + "\n" + (csv == null ? "" : csv));
    if (typed.isEmpty())
      throw new InvalidQueryException(
          "Chưa có số văn bản nào: dán vào ô \"numbers\" hoặc tải lên tệp CSV \"file\" (no directive numbers given)");
    if (typed.size() > DirectiveLookup.MAX_NUMBERS) {
      throw new InvalidQueryException(
          "Quá nhiều số văn bản: "
              + typed.size()
              + ", tối đa "
              + DirectiveLookup.MAX_NUMBERS
              + " (too many numbers)");
    }
    return typed;
  }
}
