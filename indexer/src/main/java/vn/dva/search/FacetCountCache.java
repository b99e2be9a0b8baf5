package vn.dva.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;

/**
 * Least-recently-used cache of the total and facet counts of a query with its drill-down filters,
 * for one index reader. The result cache ({@link ResultCache}) keeps whole responses per page and
 * sort; this one lets the next page, another sort or another page size of the same search reuse the
 * counts, which are the same for all of them and cost most of a broad search.
 *
 * <p>Keys compare the built Lucene query (queries implement {@code equals}) and the filters with
 * their values in sorted order. The first lookup with a different reader empties the cache.
 * Thread-safe; one lock, held for map operations only.
 */
final class FacetCountCache {

  /** Default number of entries (a month facet holds up to ~200 values: ~40 kB an entry at most). */
  static final int DEFAULT_ENTRIES = 256;

  /**
   * What is cached: the exact total, the counts (approximate when sampled) and the number of
   * distinct stories ({@link FacetedSearch#NOT_COUNTED} when not asked for).
   */
  record Counts(
      long total, Map<String, Map<String, Integer>> facets, boolean approximate, long stories) {}

  /** A query and its filters, dimension → values (sorted). */
  record Key(Query base, Map<String, List<String>> filters) {}

  private final int maxEntries;
  private final LinkedHashMap<Key, Counts> entries;
  private IndexReader reader;

  FacetCountCache(int maxEntries) {
    if (maxEntries < 1) throw new IllegalArgumentException("maxEntries must be ≥ 1: " + maxEntries);
    this.maxEntries = maxEntries;
    this.entries =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, Counts> eldest) {
            return size() > FacetCountCache.this.maxEntries;
          }
        };
  }

  /** The counts cached for {@code key} on {@code current}, or null. */
  synchronized Counts get(IndexReader current, Key key) {
    if (reader != current) {
      entries.clear();
      reader = current;
      return null;
    }
    return entries.get(key);
  }

  /** Keeps {@code counts} if they were computed on the reader the cache serves. */
  synchronized void put(IndexReader current, Key key, Counts counts) {
    if (reader == current) entries.put(key, counts);
  }

  synchronized int size() {
    return entries.size();
  }
}
