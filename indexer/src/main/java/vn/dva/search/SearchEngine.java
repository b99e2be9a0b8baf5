package vn.dva.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import vn.dva.export.Exporter;
import vn.dva.review.CitingArticle;

/**
 * What answers dva's searches: the embedded Lucene index ({@link SearchService}) or an OpenSearch
 * cluster ({@code vn.dva.cluster.ClusterSearch}). Everything the web pages and the commands read
 * goes through these methods, so every page works on either engine. Both are thread-safe.
 */
public interface SearchEngine extends Closeable {

  /**
   * Runs one search.
   *
   * @throws InvalidQueryException when the query cannot be parsed; the message says where
   */
  SearchResponse search(SearchRequest request) throws IOException;

  /**
   * A value that stays equal (by {@code equals}) as long as the searchable documents stay the same,
   * and changes when they change, so caches built from {@link #articles()} know when to rebuild.
   */
  Object generation() throws IOException;

  /**
   * Every document with its stored citation, review and relation data, for the directive registry
   * (directive pages, reviews, batch lookup, directive autocomplete).
   */
  List<CitingArticle> articles() throws IOException;

  /**
   * How many documents are searchable, or -1 when the engine cannot tell cheaply: what sizes the
   * directive registry built from {@link #articles()}.
   */
  default long documents() throws IOException {
    return -1;
  }

  /** Streams every hit of a search (exports, feeds). */
  Exporter exporter();
}
