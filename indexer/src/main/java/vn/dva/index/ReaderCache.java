package vn.dva.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;

/**
 * Values computed once per index reader, or per segment core, and dropped when it closes: what a
 * search derives from a reader's doc values and would otherwise derive again on every search.
 * Thread-safe; two searches asking at once wait for one computation.
 *
 * @param <T> the value kept
 */
public final class ReaderCache<T> {

  /** Computes the value of one reader. */
  @FunctionalInterface
  public interface Compute<T> {
    T compute() throws IOException;
  }

  private final Map<IndexReader.CacheKey, T> values = new ConcurrentHashMap<>();

  /**
   * The value kept for {@code helper}'s reader, computed by {@code compute} on first use; computed
   * every time when the reader offers no cache helper (a wrapper that cannot say when its content
   * changes).
   */
  public T get(IndexReader.CacheHelper helper, Compute<T> compute) throws IOException {
    if (helper == null) return compute.compute();
    try {
      return values.computeIfAbsent(
          helper.getKey(),
          key -> {
            helper.addClosedListener(values::remove);
            try {
              return compute.compute();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
