package vn.dva.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSortSortedNumericDocValuesRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.dva.dedup.StoryCollapser;
import vn.dva.dedup.StoryLinker;
import vn.dva.extract.DirectiveCitation;
import vn.dva.extract.DirectiveExtractor;
import vn.dva.extract.ExtractedDocument;
import vn.dva.index.IndexSchema;
import vn.dva.index.ReaderCache;

/**
 * The one search service behind the CLI, the JSON API and the HTML pages.
 *
 * <p>Opens the index read-only through a {@link SearcherManager}; {@link #refresh()} picks up new
 * commits. Unless disabled, whole responses are kept in a bounded {@link ResultCache} that is
 * emptied when a refresh brings a new reader. Thread-safe: any number of searches may run at once.
 */
public final class SearchService implements SearchEngine {

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

  /**
   * System property: total and facet counts are exact up to this many matching documents, and
   * estimated from a sample above, marked approximate (default {@value
   * #DEFAULT_EXACT_COUNTS_UP_TO}; the sample's size: {@value #SAMPLE_SIZE_PROPERTY}).
   */
  public static final String EXACT_COUNTS_PROPERTY = "dva.facets.exact";

  /**
   * System property: a search in relevance order whose estimated matches (Lucene's cost estimate,
   * an upper bound) are up to this many takes its top hits and its facet counts in one pass with
   * complete scores; beyond it, the top-hits pass skips from the first hit (block-max WAND) and the
   * counts take a score-free pass of their own (default {@value #DEFAULT_ONE_PASS_UP_TO}: since the
   * top hits of words and their syllable pairs skip on the words ({@code TopHitsWithBonus}), two
   * passes beat one above it; measured on the 100k bench index, see the README, "Search at scale").
   * Searches in date order use at most 10,000. Read when the service opens. Results are the same
   * either way.
   */
  public static final String ONE_PASS_PROPERTY = "dva.search.one-pass";

  /** Default of {@value #ONE_PASS_PROPERTY}. */
  public static final int DEFAULT_ONE_PASS_UP_TO = 10_000;

  /** {@code exactCountsUpTo} of the search as it ran before separate passes (benchmarks only). */
  public static final long SINGLE_PASS = -1;

  /**
   * System property: matching documents counted when a very broad search is sampled (default
   * {@value #DEFAULT_SAMPLE_SIZE}, at most half of {@value #EXACT_COUNTS_PROPERTY}). Fewer is
   * faster (counting reads every sampled document's facet ordinals) and less precise.
   */
  public static final String SAMPLE_SIZE_PROPERTY = "dva.facets.sample";

  /** Default of {@value #SAMPLE_SIZE_PROPERTY}; see the README, "Search at scale". */
  public static final int DEFAULT_SAMPLE_SIZE = 50_000;

  /** Default of {@value #EXACT_COUNTS_PROPERTY}; see the README, "Performance", for the measure. */
  public static final long DEFAULT_EXACT_COUNTS_UP_TO = 100_000;

  private final Directory directory;
  private final SearcherManager manager;
  private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();
  private final Analyzer analyzer = IndexSchema.analyzer();
  private final QueryBuilder queryBuilder = new QueryBuilder(analyzer);
  private final ResultCache cache;
  private final FacetCountCache facetCache;
  private final HitsAndCounts execution;
  private final ExecutorService pool;
  private final ReaderCache<ReaderState> readerStates = new ReaderCache<>();

  /** What is built once per reader: facet ordinals (null without facets) and the hit reader. */
  private record ReaderState(
      IndexReader reader, SortedSetDocValuesReaderState facets, HitPage hitPage, boolean grouped) {}

  /** Longest ranked prefix read to fill a page of stories. */
  static final int MAX_COLLAPSE_WINDOW = 100_000;

  private SearchService(
      Directory directory,
      SearcherManager manager,
      ResultCache cache,
      ExecutorService pool,
      long exactCountsUpTo) {
    this.directory = directory;
    this.manager = manager;
    this.cache = cache;
    this.facetCache = cache == null ? null : new FacetCountCache(FacetCountCache.DEFAULT_ENTRIES);
    this.execution =
        exactCountsUpTo == SINGLE_PASS
            ? new SinglePassSearch(facetsConfig)
            : new FacetedSearch(
                facetsConfig,
                exactCountsUpTo,
                (int) Math.max(1, Math.min(exactCountsUpTo / 2, sampleSize())),
                onePassUpTo());
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
    return open(indexDir, cacheResults, threads, exactCountsUpTo());
  }

  /**
   * As {@link #open(Path, boolean, int)}, with counts exact up to {@code exactCountsUpTo} matching
   * documents and estimated from a sample of at most half as many above ({@code Long.MAX_VALUE}:
   * always exact). {@link #SINGLE_PASS} runs every search as dva did before its separate passes, in
   * one scoring drill-sideways pass: for benchmarks that compare the two in the same run.
   */
  public static SearchService open(
      Path indexDir, boolean cacheResults, int threads, long exactCountsUpTo) throws IOException {
    if (threads < 1)
      throw new IllegalArgumentException("threads must be 1 or more, got " + threads);
    if (exactCountsUpTo < 0 && exactCountsUpTo != SINGLE_PASS) {
      throw new IllegalArgumentException(
          "exactCountsUpTo must be 0 or more, got " + exactCountsUpTo);
    }
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
          public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
              throws IOException {
            FacetOrdinals.warm(reader); // off the search path: here on open and on refresh
            if (pool == null) return Scoring.apply(new IndexSearcher(reader));
            return Scoring.apply(
                new IndexSearcher(reader, pool) {
                  @Override
                  protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                    return SegmentSlices.balanced(leaves, threads);
                  }
                });
          }
        };
    return new SearchService(dir, new SearcherManager(dir, factory), cache, pool, exactCountsUpTo);
  }

  /** {@value #ONE_PASS_PROPERTY}, else {@value #DEFAULT_ONE_PASS_UP_TO}. */
  static int onePassUpTo() {
    return (int) wholeNumber(ONE_PASS_PROPERTY, DEFAULT_ONE_PASS_UP_TO, 1, Integer.MAX_VALUE);
  }

  /** {@value #EXACT_COUNTS_PROPERTY}, else {@value #DEFAULT_EXACT_COUNTS_UP_TO}. */
  static long exactCountsUpTo() {
    return wholeNumber(EXACT_COUNTS_PROPERTY, DEFAULT_EXACT_COUNTS_UP_TO, 0, Long.MAX_VALUE);
  }

  /** {@value #SAMPLE_SIZE_PROPERTY}, else {@value #DEFAULT_SAMPLE_SIZE}. */
  static int sampleSize() {
    return (int) wholeNumber(SAMPLE_SIZE_PROPERTY, DEFAULT_SAMPLE_SIZE, 1, Integer.MAX_VALUE);
  }

  /** Threads for one search: {@value #THREADS_PROPERTY}, else the number of processors. */
  static int defaultThreads() {
    return (int)
        wholeNumber(
            THREADS_PROPERTY, Runtime.getRuntime().availableProcessors(), 1, Integer.MAX_VALUE);
  }

  /**
   * The system property {@code name} as a whole number from {@code least} to {@code most}, or
   * {@code otherwise} when it is not set.
   *
   * @throws IllegalArgumentException naming the property, the range and the value when it is
   *     anything else
   */
  private static long wholeNumber(String name, long otherwise, long least, long most) {
    String v = System.getProperty(name);
    if (v == null || v.isBlank()) return otherwise;
    try {
      long n = Long.parseLong(v.strip());
      if (n >= least && n <= most) return n;
    } catch (NumberFormatException e) {
      // reported below
    }
    String range = most == Long.MAX_VALUE ? "of " + least + " or more" : least + " to " + most;
    throw new IllegalArgumentException(
        name + " must be a whole number " + range + ", got \"" + v + "\"");
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

  /** The current reader: a new one after each refresh that found changes. */
  @Override
  public Object generation() throws IOException {
    return withSearcher(IndexSearcher::getIndexReader);
  }

  @Override
  public List<vn.dva.review.CitingArticle> articles() throws IOException {
    return withSearcher(s -> vn.dva.review.IndexArticles.read(s.getIndexReader()));
  }

  @Override
  public vn.dva.export.Exporter exporter() {
    return new vn.dva.export.HitExporter(this);
  }

  /** Number of documents in the index. */
  public int documentCount() throws IOException {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  @Override
  public long documents() throws IOException {
    return documentCount();
  }

  /**
   * Runs a search, or answers it from the result cache when the same request was made on the same
   * reader. The response and its lists and maps are unmodifiable.
   *
   * @throws InvalidQueryException when the query text cannot be parsed
   */
  @Override
  public SearchResponse search(SearchRequest request) throws IOException {
    return withSearcher(
        searcher -> {
          IndexReader reader = searcher.getIndexReader();
          SearchRequest key = cache == null ? null : ResultCache.key(request);
          SearchResponse cached = key == null ? null : cache.get(reader, key);
          if (cached != null) return cached;
          QueryBuilder.ParsedQuery parsed = queryBuilder.parse(request.query());
          SearchResponse response = run(searcher, request, parsed);
          if (parsed.relaxed() != null && response.total() < QueryBuilder.RELAX_BELOW)
            response = run(searcher, request, parsed.relaxedForm()); // a question finding little
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

  /**
   * The query that selects the hits of {@code r} (its text, filters and dates), for work that walks
   * a whole result list itself, such as exports and feeds: the relaxed form of a question when its
   * own finds fewer than {@link QueryBuilder#RELAX_BELOW} pages, as {@link #search} does.
   *
   * @throws InvalidQueryException when the query text cannot be parsed
   */
  public Query matchQuery(SearchRequest r) throws IOException {
    QueryBuilder.ParsedQuery parsed = queryBuilder.parse(r.query());
    Query strict = matchQuery(r, parsed.query());
    if (parsed.relaxed() == null) return strict;
    return withSearcher(
        s -> s.count(strict) < QueryBuilder.RELAX_BELOW ? matchQuery(r, parsed.relaxed()) : strict);
  }

  private Query matchQuery(SearchRequest r, Query text) {
    return drillDown(withoutLists(withStory(withDateRange(text, r.from(), r.to()), r.story())), r);
  }

  /** {@code base} narrowed by the request's facet filters. */
  private Query drillDown(Query base, SearchRequest r) {
    DrillDownQuery ddq = new DrillDownQuery(facetsConfig, base);
    drillDowns(r).forEach((dim, values) -> values.forEach(v -> ddq.add(dim, v)));
    return ddq;
  }

  /** {@code q} restricted to the pages of {@code story} (16 hex digits), or {@code q} for null. */
  private static Query withStory(Query q, String story) {
    if (story == null) return q;
    return new BooleanQuery.Builder()
        .add(q, BooleanClause.Occur.MUST)
        .add(
            NumericDocValuesField.newSlowExactQuery(IndexSchema.STORY, StoryLinker.parse(story)),
            BooleanClause.Occur.FILTER)
        .build();
  }

  /** The Lucene order of {@code sort}: {@link Sort#RELEVANCE} or a date order, ties by score. */
  public static Sort luceneSort(SearchRequest.Sort sort) {
    Sort s = sortFor(sort);
    return s == null ? Sort.RELEVANCE : s;
  }

  private SearchResponse run(
      IndexSearcher searcher, SearchRequest r, QueryBuilder.ParsedQuery parsed) throws IOException {
    return run(
        searcher,
        r,
        withoutLists(withStory(withDateRange(parsed.query(), r.from(), r.to()), r.story())),
        parsed.highlightQuery());
  }

  /**
   * Runs a built query for a request: the request's drill-down filters, sort and page are applied
   * here, the query text is not read (query construction is {@link QueryBuilder}'s). {@code base}
   * already holds any non-facet restriction (dates).
   */
  SearchResponse run(IndexSearcher searcher, SearchRequest r, Query base, Query highlight)
      throws IOException {
    ReaderState perReader = readerState(searcher);
    boolean collapse = r.collapse() && perReader.grouped();
    int topN = r.page() * r.size();
    // One hit per story: the first page of each story in a ranked prefix long enough to hold
    // topN stories (near-duplicates are few, so twice the window nearly always is).
    int window = collapse ? Math.max(2 * topN, topN + 20) : topN;
    FacetedSearch.Result result =
        execution.search(
            searcher,
            perReader.facets(),
            base,
            drillDowns(r),
            sortFor(r.sort()),
            window,
            perReader.grouped(),
            facetCache);
    ScoreDoc[] top = result.top().scoreDocs;
    long stories = result.total();
    if (collapse) {
      Query all = drillDown(base, r);
      List<StoryCollapser.Ranked> firsts =
          StoryCollapser.firstOfEach(searcher.getIndexReader(), top, topN);
      while (firsts.size() < topN && top.length == window && window < MAX_COLLAPSE_WINDOW) {
        window = Math.min(window * 4, MAX_COLLAPSE_WINDOW);
        Sort sort = sortFor(r.sort());
        top =
            (sort == null ? searcher.search(all, window) : searcher.search(all, window, sort, true))
                .scoreDocs;
        firsts = StoryCollapser.firstOfEach(searcher.getIndexReader(), top, topN);
      }
      top = firsts.stream().map(StoryCollapser.Ranked::hit).toArray(ScoreDoc[]::new);
    }
    if (perReader.grouped()) {
      stories =
          result.stories() != FacetedSearch.NOT_COUNTED
              ? result.stories()
              : StoryCollapser.countStories(searcher, drillDown(base, r));
    }
    int offset = (r.page() - 1) * r.size();
    List<SearchResponse.Hit> hits =
        offset >= top.length
            ? List.of()
            : perReader
                .hitPage()
                .hits(
                    Arrays.copyOfRange(top, offset, Math.min(top.length, offset + r.size())),
                    highlight);
    if (perReader.grouped()) hits = StoryVersions.attach(searcher, hits);
    return new SearchResponse(
        result.total(),
        Collections.unmodifiableList(hits),
        Collections.unmodifiableMap(result.facets()),
        r.page(),
        r.size(),
        result.approximate(),
        stories,
        r.collapse());
  }

  /** The request's facet filters, dimension → values, as {@link FacetedSearch} takes them. */
  private static Map<String, List<String>> drillDowns(SearchRequest r) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    filters.put(IndexSchema.FACET_PROVINCE, r.provinces());
    filters.put(IndexSchema.FACET_PROVINCE_NOW, r.provincesNow());
    filters.put(IndexSchema.FACET_YEAR, r.years().stream().map(String::valueOf).toList());
    filters.put(IndexSchema.FACET_TYPE, r.types().stream().map(String::strip).toList());
    filters.put(IndexSchema.FACET_SOURCE, r.sources());
    filters.put(
        IndexSchema.FACET_DIRECTIVE,
        r.directives().stream().map(SearchService::canonicalDirective).toList());
    return filters;
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

  /**
   * {@code q} without list pages (category and home pages of teasers): they are not articles, so
   * they stay out of hits, counts and facets.
   */
  static Query withoutLists(Query q) {
    return new BooleanQuery.Builder()
        .add(q, BooleanClause.Occur.MUST)
        .add(
            new TermQuery(new Term(IndexSchema.KIND, ExtractedDocument.LIST)),
            BooleanClause.Occur.MUST_NOT)
        .build();
  }

  static Query withDateRange(Query q, LocalDate from, LocalDate to) {
    if (from == null && to == null) return q;
    long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
    long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
    return new BooleanQuery.Builder()
        .add(q, BooleanClause.Occur.MUST)
        .add(
            // On an index sorted by date (IndexSchema.indexSort) the range is one run of
            // documents found by binary search; elsewhere the points query answers.
            new IndexSortSortedNumericDocValuesRangeQuery(
                IndexSchema.PUBLISHED,
                lo,
                hi,
                LongField.newRangeQuery(IndexSchema.PUBLISHED, lo, hi)),
            BooleanClause.Occur.FILTER)
        .build();
  }

  static Sort sortFor(SearchRequest.Sort sort) {
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

  /**
   * Facet state and hit reader for the searcher's reader, built by the first search on it; the
   * searches that arrive meanwhile wait for that one build (on a million pages the facet state
   * merges every segment's ordinals: sixteen requests after a refresh built it sixteen times).
   */
  private ReaderState readerState(IndexSearcher searcher) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    return readerStates.get(
        reader.getReaderCacheHelper(),
        () -> {
          SortedSetDocValuesReaderState facets;
          try {
            facets = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
          } catch (IllegalArgumentException noFacetField) {
            facets = null;
          }
          return new ReaderState(
              reader, facets, new HitPage(searcher, analyzer), StoryCollapser.hasGroups(reader));
        });
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
