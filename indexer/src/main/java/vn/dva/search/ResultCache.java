package vn.dva.search;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import vn.dva.extract.DirectiveCitation;

/**
 * Least-recently-used cache of whole {@link SearchResponse}s for one index reader, in the manner of
 * Solr's queryResultCache: a repeated request (the same query, filters, sort and page) is answered
 * without searching again.
 *
 * <p>Bounded both in entries and in an estimate of the bytes the responses hold (a response with a
 * full month facet is about 100 kB, a plain one a few kB). Every entry belongs to the reader it was
 * computed on: the first lookup with a different reader (after {@link SearchService#refresh()}
 * picked up a commit) empties the cache. Thread-safe; lookups and insertions take one lock, which
 * is held only for map operations.
 */
final class ResultCache {

  /** Default number of responses kept. */
  static final int DEFAULT_ENTRIES = 1_024;

  /** Default bound on the estimated size of the responses kept. */
  static final long DEFAULT_BYTES = 32L << 20;

  private final int maxEntries;
  private final long maxBytes;
  private final LinkedHashMap<SearchRequest, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
  private IndexReader reader;
  private long bytes;

  private record Entry(SearchResponse response, long bytes) {}

  /**
   * @param maxEntries most responses kept (at least 1)
   * @param maxBytes most estimated bytes kept (at least 1); a response larger than this is not kept
   */
  ResultCache(int maxEntries, long maxBytes) {
    if (maxEntries < 1) throw new IllegalArgumentException("maxEntries must be ≥ 1: " + maxEntries);
    if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be ≥ 1: " + maxBytes);
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  /** The cache key of a request: query without surrounding space, filter lists in sorted order. */
  static SearchRequest key(SearchRequest r) {
    return new SearchRequest(
        r.query().strip(),
        sorted(r.provinces()),
        sorted(r.provincesNow()),
        sorted(r.years()),
        sorted(r.types()),
        sorted(r.directives()),
        sorted(r.sources()),
        r.from(),
        r.to(),
        r.sort(),
        r.page(),
        r.size(),
        r.collapse(),
        r.story());
  }

  private static <T extends Comparable<T>> List<T> sorted(List<T> values) {
    if (values.size() < 2) return values;
    List<T> copy = new ArrayList<>(values);
    copy.sort(null);
    return copy;
  }

  /** The response cached for {@code key} on {@code current}, or null. */
  synchronized SearchResponse get(IndexReader current, SearchRequest key) {
    if (reader != current) {
      clear();
      reader = current;
      return null;
    }
    Entry e = entries.get(key);
    return e == null ? null : e.response();
  }

  /** Keeps {@code response} for {@code key} if it was computed on the reader the cache serves. */
  synchronized void put(IndexReader current, SearchRequest key, SearchResponse response) {
    if (reader != current) return; // computed on a reader that has been replaced meanwhile
    long size = estimateBytes(key, response);
    if (size > maxBytes) return;
    Entry old = entries.put(key, new Entry(response, size));
    if (old != null) bytes -= old.bytes();
    bytes += size;
    Iterator<Entry> eldest = entries.values().iterator();
    while ((entries.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
      bytes -= eldest.next().bytes();
      eldest.remove();
    }
  }

  /** Number of responses kept. */
  synchronized int size() {
    return entries.size();
  }

  /** Estimated bytes of the responses kept. */
  synchronized long bytes() {
    return bytes;
  }

  private void clear() {
    entries.clear();
    bytes = 0;
  }

  /**
   * A rough upper estimate of the heap a response holds: two bytes per character plus a fixed
   * overhead per object. Exactness does not matter; the bound only has to scale with the content.
   */
  static long estimateBytes(SearchRequest key, SearchResponse r) {
    long n = 256 + chars(key.query());
    for (SearchResponse.Hit h : r.hits()) {
      n += 200 + chars(h.id()) + chars(h.title()) + chars(h.url()) + chars(h.province());
      n += chars(h.provinceNow()) + chars(h.source()) + chars(h.snippet());
      for (DirectiveCitation c : h.directives()) n += 120 + chars(c.number()) + chars(c.type());
    }
    for (Map.Entry<String, Map<String, Integer>> dim : r.facets().entrySet()) {
      n += 100;
      for (String label : dim.getValue().keySet()) n += 80 + chars(label);
    }
    return n;
  }

  private static long chars(String s) {
    return s == null ? 0 : 40L + 2L * s.length();
  }
}
