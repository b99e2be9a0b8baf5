package vn.dva.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.dva.extract.DirectiveCitation;
import vn.dva.extract.DirectiveExtractor;
import vn.dva.index.IndexSchema;

/**
 * The one search service behind the CLI, the JSON API and the HTML pages.
 *
 * <p>Opens the index read-only through a {@link SearcherManager}; {@link #refresh()} picks up new
 * commits. Unless disabled, whole responses are kept in a bounded {@link ResultCache} that is
 * emptied when a refresh brings a new reader. Thread-safe: any number of searches may run at once.
 */
public final class SearchService implements Closeable {

  /** Facet dimensions reported with every search, with the number of values shown for each. */
  private static final Map<String, Integer> FACET_LIMITS = new LinkedHashMap<>();

  static {
    FACET_LIMITS.put(IndexSchema.FACET_PROVINCE, 100);
    FACET_LIMITS.put(IndexSchema.FACET_PROVINCE_NOW, 100);
    FACET_LIMITS.put(IndexSchema.FACET_YEAR, 100);
    FACET_LIMITS.put(IndexSchema.FACET_MONTH, 1000);
    FACET_LIMITS.put(IndexSchema.FACET_TYPE, 50);
    FACET_LIMITS.put(IndexSchema.FACET_DIRECTIVE, 30);
    FACET_LIMITS.put(IndexSchema.FACET_IDENTITY, 30);
    FACET_LIMITS.put(IndexSchema.FACET_SOURCE, 50);
  }

  /** Built once rather than resolving the target type on every call. */
  private static final ObjectReader CITATIONS_READER =
      Json.MAPPER.readerFor(new TypeReference<List<DirectiveCitation>>() {});

  /** System property that turns the result cache off for {@link #open(Path)}: {@code off}. */
  public static final String CACHE_PROPERTY = "dva.cache";

  /**
   * System property giving the number of threads one search may use over the index's segments
   * (default: the number of processors; 1 searches on the calling thread only).
   */
  public static final String THREADS_PROPERTY = "dva.search.threads";

  private final Directory directory;
  private final SearcherManager manager;
  private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();
  private final Analyzer analyzer = IndexSchema.analyzer();
  private final QueryBuilder queryBuilder = new QueryBuilder(analyzer);
  private final ResultCache cache;
  private final ExecutorService pool;
  private volatile ReaderState readerState;

  /** What is built once per reader: facet ordinals (null without facets) and the hit reader. */
  private record ReaderState(
      IndexReader reader, SortedSetDocValuesReaderState facets, HitPage hitPage) {}

  private SearchService(
      Directory directory, SearcherManager manager, ResultCache cache, ExecutorService pool) {
    this.directory = directory;
    this.manager = manager;
    this.cache = cache;
    this.pool = pool;
  }

  /**
   * Opens the index in {@code indexDir} with the result cache on, unless the system property
   * {@value #CACHE_PROPERTY} is {@code off}.
   *
   * @throws IOException when there is no index there (the message says to run {@code dva index})
   */
  public static SearchService open(Path indexDir) throws IOException {
    return open(indexDir, !"off".equalsIgnoreCase(System.getProperty(CACHE_PROPERTY, "on")));
  }

  /**
   * Opens the index in {@code indexDir}; {@code cacheResults} keeps up to {@value
   * ResultCache#DEFAULT_ENTRIES} responses (at most 32 MB by estimate) for repeated requests.
   * Benchmarks of search latency turn it off so that every search is computed.
   *
   * @throws IOException when there is no index there (the message says to run {@code dva index})
   */
  public static SearchService open(Path indexDir, boolean cacheResults) throws IOException {
    return open(indexDir, cacheResults, defaultThreads());
  }

  /**
   * Opens the index in {@code indexDir}; {@code cacheResults} as in {@link #open(Path, boolean)}.
   * One search runs on up to {@code threads} threads, each scoring and counting facets over its own
   * slice of the index's segments (Lucene's concurrent search; a small index is one slice and runs
   * on the calling thread). The threads are shared by all searches and stopped by {@link #close()}.
   * Results are the same for any number of threads.
   *
   * @param threads 1 or more; 1 keeps every search on its caller's thread
   * @throws IOException when there is no index there (the message says to run {@code dva index})
   */
  public static SearchService open(Path indexDir, boolean cacheResults, int threads)
      throws IOException {
    if (threads < 1)
      throw new IllegalArgumentException("threads must be 1 or more, got " + threads);
    if (!Files.isDirectory(indexDir)) {
      throw new IOException(
          "no index at " + indexDir + ": run 'dva index --index " + indexDir + " PATH…' first");
    }
    Directory dir = FSDirectory.open(indexDir);
    if (!DirectoryReader.indexExists(dir)) {
      dir.close();
      throw new IOException(
          "no index at " + indexDir + ": run 'dva index --index " + indexDir + " PATH…' first");
    }
    ResultCache cache =
        cacheResults
            ? new ResultCache(ResultCache.DEFAULT_ENTRIES, ResultCache.DEFAULT_BYTES)
            : null;
    ExecutorService pool = threads == 1 ? null : searchPool(threads);
    SearcherFactory factory =
        new SearcherFactory() {
          @Override
          public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
            return new IndexSearcher(reader, pool);
          }
        };
    return new SearchService(dir, new SearcherManager(dir, factory), cache, pool);
  }

  /** Threads for one search: {@value #THREADS_PROPERTY}, else the number of processors. */
  static int defaultThreads() {
    String v = System.getProperty(THREADS_PROPERTY);
    if (v == null || v.isBlank()) return Runtime.getRuntime().availableProcessors();
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= 1) return n;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        THREADS_PROPERTY + " must be a whole number of 1 or more, got \"" + v + "\"");
  }

  /** Daemon threads, so that a service nobody closed does not keep the JVM alive. */
  private static ExecutorService searchPool(int threads) {
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(
        threads,
        r -> {
          Thread t = new Thread(r, "dva-search-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /** Picks up documents committed since the last refresh. */
  public void refresh() throws IOException {
    manager.maybeRefresh();
  }

  /** The analyzer used for queries (the same as for indexing). */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** Work that needs a searcher, e.g. for the review tracker; the searcher is released after. */
  @FunctionalInterface
  public interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** Runs {@code work} with a current searcher, releasing it afterwards. */
  public <T> T withSearcher(SearcherWork<T> work) throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      return work.apply(searcher);
    } finally {
      manager.release(searcher);
    }
  }

  /** Number of documents in the index. */
  public int documentCount() throws IOException {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  /**
   * Runs a search, or answers it from the result cache when the same request was made on the same
   * reader. The response and its lists and maps are unmodifiable.
   *
   * @throws InvalidQueryException when the query text cannot be parsed
   */
  public SearchResponse search(SearchRequest request) throws IOException {
    return withSearcher(
        searcher -> {
          IndexReader reader = searcher.getIndexReader();
          SearchRequest key = cache == null ? null : ResultCache.key(request);
          SearchResponse cached = key == null ? null : cache.get(reader, key);
          if (cached != null) return cached;
          SearchResponse response = run(searcher, request, queryBuilder.parse(request.query()));
          if (key != null) cache.put(reader, key, response);
          return response;
        });
  }

  /** Whether this service keeps a result cache. */
  public boolean cachesResults() {
    return cache != null;
  }

  /** Parses a query as search would, without running it: for validation and "did you mean". */
  public QueryBuilder.ParsedQuery parse(String query) {
    return queryBuilder.parse(query);
  }

  private SearchResponse run(
      IndexSearcher searcher, SearchRequest r, QueryBuilder.ParsedQuery parsed) throws IOException {
    Query base = withDateRange(parsed.query(), r.from(), r.to());
    DrillDownQuery ddq = new DrillDownQuery(facetsConfig, base);
    r.provinces().forEach(v -> ddq.add(IndexSchema.FACET_PROVINCE, v));
    r.provincesNow().forEach(v -> ddq.add(IndexSchema.FACET_PROVINCE_NOW, v));
    r.years().forEach(v -> ddq.add(IndexSchema.FACET_YEAR, Integer.toString(v)));
    r.types().forEach(v -> ddq.add(IndexSchema.FACET_TYPE, v.strip()));
    r.sources().forEach(v -> ddq.add(IndexSchema.FACET_SOURCE, v));
    for (String d : r.directives()) ddq.add(IndexSchema.FACET_DIRECTIVE, canonicalDirective(d));

    ReaderState perReader = readerState(searcher);
    SortedSetDocValuesReaderState state = perReader.facets();
    int topN = r.page() * r.size();
    TopDocs top;
    Map<String, Map<String, Integer>> facets;
    if (state == null) {
      top =
          searcher.search(
              ddq, topN, sortFor(r.sort()) == null ? Sort.RELEVANCE : sortFor(r.sort()), true);
      facets = new LinkedHashMap<>();
      FACET_LIMITS.keySet().forEach(dim -> facets.put(dim, Map.of()));
    } else {
      DrillSideways ds = new DrillSideways(searcher, facetsConfig, state);
      Sort sort = sortFor(r.sort());
      DrillSideways.DrillSidewaysResult result =
          sort == null
              ? ds.search((ScoreDoc) null, ddq, topN)
              : ds.search(ddq, null, null, topN, sort, true);
      top = result.hits;
      facets = facetCounts(result.facets);
    }
    int offset = (r.page() - 1) * r.size();
    List<SearchResponse.Hit> hits =
        offset >= top.scoreDocs.length
            ? List.of()
            : perReader
                .hitPage()
                .hits(
                    Arrays.copyOfRange(top.scoreDocs, offset, top.scoreDocs.length),
                    parsed.highlightQuery());
    return new SearchResponse(
        top.totalHits.value(),
        Collections.unmodifiableList(hits),
        Collections.unmodifiableMap(facets),
        r.page(),
        r.size());
  }

  /** The citations stored with a document. */
  public static List<DirectiveCitation> citations(Document doc) {
    String json = doc.get(IndexSchema.CITATIONS_JSON);
    if (json == null) return List.of();
    try {
      return CITATIONS_READER.readValue(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "stored citations of " + doc.get(IndexSchema.ID) + " are not valid JSON", e);
    }
  }

  /** Escapes text for HTML element content and attribute values. */
  public static String escapeHtml(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static Query withDateRange(Query q, LocalDate from, LocalDate to) {
    if (from == null && to == null) return q;
    long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
    long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
    return new BooleanQuery.Builder()
        .add(q, BooleanClause.Occur.MUST)
        .add(LongField.newRangeQuery(IndexSchema.PUBLISHED, lo, hi), BooleanClause.Occur.FILTER)
        .build();
  }

  private static Sort sortFor(SearchRequest.Sort sort) {
    return switch (sort) {
      case RELEVANCE -> null;
      case NEWEST -> {
        SortField f = new SortedNumericSortField(IndexSchema.PUBLISHED, SortField.Type.LONG, true);
        f.setMissingValue(Long.MIN_VALUE);
        yield new Sort(f, SortField.FIELD_SCORE);
      }
      case OLDEST -> {
        SortField f = new SortedNumericSortField(IndexSchema.PUBLISHED, SortField.Type.LONG, false);
        f.setMissingValue(Long.MAX_VALUE);
        yield new Sort(f, SortField.FIELD_SCORE);
      }
    };
  }

  /** The canonical form of a directive number typed by a user, or the input upper-cased. */
  public static String canonicalDirective(String typed) {
    List<DirectiveExtractor.NumberMatch> m = DirectiveExtractor.numbersIn(typed);
    return m.isEmpty() ? typed.strip().toUpperCase(java.util.Locale.ROOT) : m.get(0).number();
  }

  private Map<String, Map<String, Integer>> facetCounts(Facets facets) throws IOException {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> dim : FACET_LIMITS.entrySet()) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      boolean byLabel =
          dim.getKey().equals(IndexSchema.FACET_YEAR)
              || dim.getKey().equals(IndexSchema.FACET_MONTH);
      FacetResult result;
      try {
        // Years and months are shown in label order, so ranking them by count is wasted work
        // (a 1000-slot queue for months) unless there are more values than the limit.
        result = byLabel ? facets.getAllChildren(dim.getKey()) : null;
        if (result == null || result.labelValues.length > dim.getValue()) {
          result = facets.getTopChildren(dim.getValue(), dim.getKey());
        }
      } catch (IllegalArgumentException dimensionNotIndexedYet) {
        result = null;
      }
      if (result != null) {
        List<LabelAndValue> values = new ArrayList<>(List.of(result.labelValues));
        if (byLabel) values.sort(Comparator.comparing((LabelAndValue lv) -> lv.label));
        for (LabelAndValue lv : values) counts.put(lv.label, lv.value.intValue());
      }
      out.put(dim.getKey(), counts);
    }
    return out;
  }

  /**
   * Facet state and hit reader for the searcher's reader, rebuilt when the reader changes. Two
   * threads may both build them after a refresh; either result is correct.
   */
  private ReaderState readerState(IndexSearcher searcher) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    ReaderState current = readerState;
    if (current != null && current.reader() == reader) return current;
    SortedSetDocValuesReaderState facets;
    try {
      facets = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
    } catch (IllegalArgumentException noFacetField) {
      facets = null;
    }
    current = new ReaderState(reader, facets, new HitPage(searcher, analyzer));
    readerState = current;
    return current;
  }

  @Override
  public void close() throws IOException {
    try {
      manager.close();
      directory.close();
    } finally {
      if (pool != null) pool.shutdown();
    }
  }
}
