package vn.dva.search;

import java.io.Closeable;
import java.io.IOException;

/**
 * What answers a {@link SearchRequest} with the JSON contract's {@link SearchResponse}: the
 * embedded Lucene index ({@link SearchService}) or an OpenSearch cluster ({@code
 * vn.dva.cluster.ClusterSearch}). Both are thread-safe.
 */
public interface SearchEngine extends Closeable {

  /**
   * Runs one search.
   *
   * @throws InvalidQueryException when the query cannot be parsed; the message says where
   */
  SearchResponse search(SearchRequest request) throws IOException;
}
