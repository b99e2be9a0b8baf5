package vn.dva.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dva.export.ExportFormat;
import vn.dva.export.ExportRow;
import vn.dva.export.Exporter;
import vn.dva.export.RowWriter;
import vn.dva.search.SearchEngine;
import vn.dva.search.SearchRequest;

/**
 * {@code /search.csv} and {@code /search.jsonl}: every hit of a search, streamed as it is read.
 *
 * <p>The same parameters as the search page. Without {@code page} the whole result list is sent,
 * with no cap; with {@code page} only that page of {@code size} hits. Rows go out as they are read
 * (the first within one page of hits), and an export whose client disconnects stops at the next
 * write. At most {@link #CONCURRENT} exports run at once, each on its own request thread and
 * single-threaded over the index, so exports never take the search threads; more get 429. Counters
 * of running, finished and aborted exports are kept for the status of the server and its tests.
 */
final class ExportPages {

  /** Exports running at once, at most. */
  static final int CONCURRENT = 2;

  private static final Logger LOG = LoggerFactory.getLogger(ExportPages.class);

  private final Exporter exporter;
  private final Semaphore slots = new Semaphore(CONCURRENT);
  private final AtomicLong running = new AtomicLong();
  private final AtomicLong finished = new AtomicLong();
  private final AtomicLong aborted = new AtomicLong();
  private final AtomicLong rowsSent = new AtomicLong();

  ExportPages(SearchEngine search) {
    this.exporter = search.exporter();
  }

  void csv(Context ctx) throws Exception {
    export(ctx, ExportFormat.CSV);
  }

  void jsonl(Context ctx) throws Exception {
    export(ctx, ExportFormat.JSONL);
  }

  /** Exports running now. */
  long running() {
    return running.get();
  }

  /** Exports that ended because writing failed (a client that went away). */
  long aborted() {
    return aborted.get();
  }

  /** Exports that sent their last row. */
  long finished() {
    return finished.get();
  }

  /** Rows handed to the connection by all exports so far (some may not have reached a client). */
  long rowsSent() {
    return rowsSent.get();
  }

  private void export(Context ctx, ExportFormat format) throws Exception {
    Params p = Params.of(ctx.queryParamMap(), SearchForm.PARAMS);
    SearchRequest request = SearchForm.read(p, SearchRequest.MAX_SIZE);
    long skip = 0;
    long limit = -1;
    if (p.one("page") != null) {
      skip = (long) (request.page() - 1) * request.size();
      limit = request.size();
    }
    // Parse before any byte is sent, so a bad query is still a clean 400.
    exporter.count(request);
    if (!slots.tryAcquire()) {
      ctx.status(HttpStatus.TOO_MANY_REQUESTS)
          .header("Retry-After", "30")
          .contentType("application/json; charset=utf-8")
          .result(
              "{\"error\":\"Đang có "
                  + CONCURRENT
                  + " bản tải chạy cùng lúc, hãy thử lại sau ít phút ("
                  + CONCURRENT
                  + " exports are running; try again in a moment)\"}");
      return;
    }
    running.incrementAndGet();
    long[] sent = {0};
    try {
      Responses.attachment(ctx, format.contentType(), "dva-ket-qua." + format.extension());
      Writer out =
          new BufferedWriter(
              new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8), 1 << 15);
      RowWriter rows = format.open(out);
      RowWriter counted =
          new RowWriter() {
            @Override
            public void write(ExportRow row) throws IOException {
              rows.write(row);
              sent[0]++;
            }

            @Override
            public void flush() throws IOException {
              rows.flush();
            }
          };
      exporter.export(request, counted, skip, limit, Exporter.Progress.NONE);
      out.flush();
      finished.incrementAndGet();
    } catch (IOException clientGone) {
      aborted.incrementAndGet();
      LOG.info("export stopped after {} rows: {}", sent[0], clientGone.toString());
    } finally {
      rowsSent.addAndGet(sent[0]);
      running.decrementAndGet();
      slots.release();
    }
  }
}
