package vn.dva.export;

import java.io.IOException;
import vn.dva.search.SearchRequest;

/**
 * Streams every hit of a search, in the search's order, to a {@link RowWriter}: {@link HitExporter}
 * over the embedded index, {@code vn.dva.cluster.ClusterExport} over a cluster. Thread-safe.
 */
public interface Exporter {

  /** Told how far an export has got; called after each page and once at the end. */
  @FunctionalInterface
  interface Progress {
    /** No reporting. */
    Progress NONE = (written, total) -> {};

    void rows(long written, long total);
  }

  /** What an export did. */
  record Summary(long rows, long total) {}

  /**
   * The number of rows {@link #export} would write for {@code request} now (every hit).
   *
   * @throws vn.dva.search.InvalidQueryException when the query cannot be parsed
   */
  long count(SearchRequest request) throws IOException;

  /**
   * Writes every hit of {@code request} (its query, filters, dates and sort; its page and size are
   * ignored) to {@code out}, skipping the first {@code skip}, then flushes it.
   *
   * @param limit most rows to write, or a negative number for all
   * @throws vn.dva.search.InvalidQueryException when the query cannot be parsed (nothing written)
   * @throws IOException when writing fails; rows written before it stay written
   */
  Summary export(SearchRequest request, RowWriter out, long skip, long limit, Progress progress)
      throws IOException;

  /** As {@link #export(SearchRequest, RowWriter, long, long, Progress)} from the first hit. */
  default Summary export(SearchRequest request, RowWriter out, long limit, Progress progress)
      throws IOException {
    return export(request, out, 0, limit, progress);
  }
}
