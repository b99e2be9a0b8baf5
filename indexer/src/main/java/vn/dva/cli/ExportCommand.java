package vn.dva.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.dva.export.ExportFormat;
import vn.dva.export.HitExporter;
import vn.dva.export.RowWriter;
import vn.dva.search.SearchRequest;
import vn.dva.search.SearchService;

/**
 * {@code dva export --index DIR [filters] QUERY --format csv|jsonl}: every hit of a search on
 * stdout, streamed, with a progress line on stderr.
 */
@Command(
    name = "export",
    description =
        "Xuất toàn bộ kết quả tìm kiếm (every hit of a search) as CSV or JSON lines on stdout.",
    mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder.")
  Path index;

  @Option(names = "--format", paramLabel = "FORMAT", description = "csv (default) or jsonl.")
  String format = "csv";

  @CommandLine.Mixin FilterOptions filters = new FilterOptions();

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      description = "relevance (default with a query), newest (default without) or oldest.")
  String sort;

  @Option(names = "--limit", paramLabel = "N", description = "Most rows; default all.")
  long limit = -1;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Query words, as for search.")
  List<String> query = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    ExportFormat f = ExportFormat.named(format);
    String q = String.join(" ", query);
    SearchRequest request =
        filters.applyTo(SearchRequest.builder()).query(q).sort(order(q)).build();
    PrintWriter err = spec.commandLine().getErr();
    ProgressLine progress = new ProgressLine(err);
    long start = System.nanoTime();
    Writer out = new CheckedWriter(spec.commandLine().getOut());
    HitExporter.Summary s;
    try (SearchService service = SearchService.open(index, false)) {
      RowWriter rows = f.open(out);
      s = new HitExporter(service).export(request, rows, limit, progress);
    }
    out.flush();
    progress.done(
        String.format(
            Locale.ROOT,
            "export: rows=%d hits=%d format=%s seconds=%.1f",
            s.rows(),
            s.total(),
            f,
            (System.nanoTime() - start) / 1e9));
    return 0;
  }

  private SearchRequest.Sort order(String q) {
    if (sort == null) return q.isBlank() ? SearchRequest.Sort.NEWEST : SearchRequest.Sort.RELEVANCE;
    return FilterOptions.sortNamed(sort);
  }

  /**
   * The command's output with write errors surfaced: a {@link PrintWriter} only records them, and a
   * closed pipe ({@code | head}) must stop the export rather than run on to the end.
   */
  private static final class CheckedWriter extends Writer {
    private final PrintWriter out;

    CheckedWriter(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      out.write(buf, off, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      out.write(s, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
      if (out.checkError()) throw new IOException("output closed; export stopped");
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** "export: 12000/100000 rows" rewritten in place at most twice a second, then a final line. */
  private static final class ProgressLine implements HitExporter.Progress {
    private final PrintWriter err;
    private long lastNanos;

    ProgressLine(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void rows(long written, long total) {
      long now = System.nanoTime();
      if (now - lastNanos < 500_000_000L) return;
      lastNanos = now;
      err.print("\rexport: " + written + "/" + total + " rows");
      err.flush();
    }

    void done(String line) {
      if (lastNanos != 0) err.print("\r");
      err.println(line);
      err.flush();
    }
  }
}
