package vn.dva.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import vn.dva.extract.ExtractedDocument;

/**
 * Where {@link IndexRun} puts the documents it extracts: the embedded Lucene index ({@link
 * DocumentIndexer}) or an OpenSearch cluster ({@code vn.dva.cluster.ClusterIndexer}). A document is
 * keyed by {@code doc.id()}, so adding it again replaces it.
 */
public interface DocumentSink extends Closeable {

  /**
   * Adds or replaces the document with {@code doc.id()}, with other URLs that served the same
   * content. May be called from several threads at once.
   */
  void add(ExtractedDocument doc, List<String> alternateUrls) throws IOException;

  /** Adds or replaces the document with {@code doc.id()}. */
  default void add(ExtractedDocument doc) throws IOException {
    add(doc, List.of());
  }

  /**
   * Why the sink stopped taking documents (Lucene closes a writer after an error it cannot undo),
   * or null while it works; a stopped sink is closed and opened again by {@link IndexRun}.
   */
  default Throwable stopped() {
    return null;
  }

  /** Makes everything added so far durable and visible to searches. */
  void commit() throws IOException;

  /** Documents in the index, as far as the sink can tell (after {@link #commit()}: exact). */
  long documentCount() throws IOException;
}
