package vn.dva.feed;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.dva.export.ExportRow;
import vn.dva.export.Exporter;
import vn.dva.export.RowWriter;
import vn.dva.search.SearchEngine;
import vn.dva.search.SearchRequest;

/**
 * The entries of a search's feed: its newest {@link #ENTRIES} hits, whatever order the search page
 * uses, read like an export's rows (title, link, date, source, province, directives, lead).
 * Thread-safe.
 */
public final class SearchFeed {

  /** Entries in a feed; readers poll often, so the newest few are enough. */
  public static final int ENTRIES = 50;

  private final Exporter exporter;

  public SearchFeed(SearchEngine search) {
    this.exporter = Objects.requireNonNull(search, "search").exporter();
  }

  /**
   * The newest hits of {@code request} (its query, filters and dates; its sort and page are
   * ignored), newest first.
   *
   * @throws vn.dva.search.InvalidQueryException when the query cannot be parsed
   */
  public List<ExportRow> entries(SearchRequest request) throws IOException {
    SearchRequest newest =
        SearchRequest.builder()
            .query(request.query())
            .provinces(request.provinces())
            .provincesNow(request.provincesNow())
            .years(request.years())
            .types(request.types())
            .directives(request.directives())
            .sources(request.sources())
            .from(request.from())
            .to(request.to())
            .sort(SearchRequest.Sort.NEWEST)
            .build();
    List<ExportRow> rows = new ArrayList<>(ENTRIES);
    exporter.export(
        newest,
        new RowWriter() {
          @Override
          public void write(ExportRow row) {
            rows.add(row);
          }

          @Override
          public void flush() {}
        },
        ENTRIES,
        Exporter.Progress.NONE);
    return rows;
  }
}
