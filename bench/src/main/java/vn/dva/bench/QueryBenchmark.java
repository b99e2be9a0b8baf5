package vn.dva.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import vn.dva.extract.DirectiveExtractor;
import vn.dva.index.IndexSchema;
import vn.dva.search.SearchRequest;
import vn.dva.search.SearchResponse;
import vn.dva.search.SearchService;

/**
 * Query latency of dva's {@link SearchService} against the bare-Lucene baseline on the same
 * documents.
 *
 * <p>Both sides run the whole mixed query set several times to warm up (JIT, page cache), then in
 * alternating rounds (dva, baseline, dva top 10, dva cached, dva as before issue 14, dva, …) so
 * that noise from other processes falls on all of them. Each measurement is one complete request:
 * parsing, searching, and building the first page of 10 hits (dva adds its facet counts and
 * highlighted snippets, which the baseline does not have). dva's result cache is turned off, since
 * the rounds repeat the same queries. The result is the median of the rounds' percentiles.
 * Single-threaded.
 */
final class QueryBenchmark {

  /** One side of the comparison. */
  @FunctionalInterface
  interface Side {
    /** Runs the query and returns its total hit count (so that the work cannot be skipped). */
    long run(BenchQuery q) throws IOException;
  }

  /**
   * Results.
   *
   * @param dva dva's latencies, result cache off (every search computed), median of rounds
   * @param baseline the baseline's latencies, median of rounds
   * @param dvaByKind dva's median latency per query kind (ms)
   * @param baselineByKind the baseline's median latency per query kind (ms)
   * @param dvaTopTen dva's query (its analyzer, expansion and filters) with the baseline's work
   *     only: top 10 plus stored title, no facets, no snippets; median of rounds
   * @param cached dva with its result cache on, primed by the warm-up passes: what a repeated query
   *     costs
   * @param before dva's full search run as before issue 14, in one scoring drill-sideways pass
   *     (result cache off): the same responses, measured in the same rounds as {@code dva}
   * @param byClass per query class (words, phrases, directives, filtered, browse, newest): dva
   *     computed, dva cached and before
   */
  record Result(
      LatencyStats dva,
      LatencyStats baseline,
      Map<String, Double> dvaByKind,
      Map<String, Double> baselineByKind,
      LatencyStats dvaTopTen,
      LatencyStats cached,
      LatencyStats before,
      Map<String, ClassStats> byClass) {}

  /**
   * One query class: latencies over all measured rounds, and searches per second of one client
   * issuing them back to back (each search may use {@code --threads} threads).
   */
  record ClassStats(
      LatencyStats computed,
      double computedPerS,
      LatencyStats cached,
      double cachedPerS,
      LatencyStats before,
      double beforePerS) {}

  /** The classes the report breaks latency down by, in report order. */
  static final List<String> CLASSES =
      List.of("words", "phrases", "directives", "filtered", "browse", "newest");

  /** The report class of a query: what a user does, rather than how the query set was drawn. */
  static String classOf(BenchQuery q) {
    if (q.newest()) return "newest";
    if (q.text().isBlank()) return "browse";
    if (q.province() != null || q.year() != null || q.type() != null) return "filtered";
    return switch (q.kind()) {
      case "phrase" -> "phrases";
      case "directive" -> "directives";
      default -> "words";
    };
  }

  private final int warmupPasses;
  private final int rounds;
  private final int threads;
  private final int passesPerRound;

  /**
   * @param threads threads one search may use, for dva and the baseline alike (Lucene's concurrent
   *     search over slices of segments; 1 = the calling thread only)
   */
  QueryBenchmark(int warmupPasses, int rounds, int passesPerRound, int threads) {
    if (threads < 1)
      throw new IllegalArgumentException("threads must be 1 or more, got " + threads);
    this.threads = threads;
    this.warmupPasses = warmupPasses;
    this.rounds = rounds;
    this.passesPerRound = passesPerRound;
  }

  Result run(List<BenchQuery> queries, Path dvaIndex, Path baselineIndex) throws IOException {
    // The result cache is off on the computed sides: every measured search is computed, as the
    // baseline's is. The cached side keeps the product default, and its warm-up fills the cache.
    ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads);
    try (SearchService dva = SearchService.open(dvaIndex, false, threads);
        SearchService cachedDva = SearchService.open(dvaIndex, true, threads);
        SearchService beforeDva =
            SearchService.open(dvaIndex, false, threads, SearchService.SINGLE_PASS);
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(baselineIndex))) {
      Side dvaSide = q -> dvaSearch(dva, q);
      Side cachedSide = q -> dvaSearch(cachedDva, q);
      Side beforeSide = q -> dvaSearch(beforeDva, q);
      // the baseline may spread a search over as many threads as dva
      IndexSearcher searcher = new IndexSearcher(reader, pool);
      Side baseSide = q -> baselineSearch(searcher, q);
      Side topTenSide = q -> dva.withSearcher(s -> dvaTopTen(dva, s, q));
      List<Side> sides = List.of(dvaSide, baseSide, topTenSide, cachedSide, beforeSide);
      for (int i = 0; i < warmupPasses; i++) {
        for (Side side : sides) pass(queries, side, null);
      }
      List<List<LatencyStats>> perSide = new ArrayList<>();
      List<Map<String, List<Long>>> kinds = new ArrayList<>();
      List<Map<String, List<Long>>> classes = new ArrayList<>();
      for (int k = 0; k < sides.size(); k++) {
        perSide.add(new ArrayList<>());
        kinds.add(new LinkedHashMap<>());
        classes.add(new LinkedHashMap<>());
      }
      for (int r = 0; r < rounds; r++) {
        for (int k = 0; k < sides.size(); k++) {
          perSide.get(k).add(round(queries, sides.get(k), kinds.get(k), classes.get(k)));
        }
      }
      Map<String, ClassStats> byClass = new LinkedHashMap<>();
      for (String c : CLASSES) {
        List<Long> computed = classes.get(0).get(c);
        if (computed == null) continue;
        List<Long> cached = classes.get(3).get(c);
        List<Long> before = classes.get(4).get(c);
        byClass.put(
            c,
            new ClassStats(
                stats(computed),
                perS(computed),
                stats(cached),
                perS(cached),
                stats(before),
                perS(before)));
      }
      return new Result(
          LatencyStats.medianOf(perSide.get(0)),
          LatencyStats.medianOf(perSide.get(1)),
          medians(kinds.get(0)),
          medians(kinds.get(1)),
          LatencyStats.medianOf(perSide.get(2)),
          LatencyStats.medianOf(perSide.get(3)),
          LatencyStats.medianOf(perSide.get(4)),
          byClass);
    } finally {
      if (pool != null) pool.shutdown();
    }
  }

  private static LatencyStats stats(List<Long> nanos) {
    return LatencyStats.ofNanos(nanos.stream().mapToLong(Long::longValue).toArray());
  }

  private static double perS(List<Long> nanos) {
    long sum = 0;
    for (long n : nanos) sum += n;
    return sum == 0 ? Double.NaN : nanos.size() / (sum / 1e9);
  }

  private LatencyStats round(
      List<BenchQuery> queries,
      Side side,
      Map<String, List<Long>> byKind,
      Map<String, List<Long>> byClass)
      throws IOException {
    long[] all = new long[queries.size() * passesPerRound];
    int at = 0;
    for (int p = 0; p < passesPerRound; p++) {
      long[] one = pass(queries, side, byKind);
      for (int i = 0; i < one.length; i++) {
        byClass.computeIfAbsent(classOf(queries.get(i)), c -> new ArrayList<>()).add(one[i]);
      }
      System.arraycopy(one, 0, all, at, one.length);
      at += one.length;
    }
    return LatencyStats.ofNanos(all);
  }

  private static long[] pass(List<BenchQuery> queries, Side side, Map<String, List<Long>> byKind)
      throws IOException {
    long[] nanos = new long[queries.size()];
    long sink = 0;
    for (int i = 0; i < queries.size(); i++) {
      long start = System.nanoTime();
      sink += side.run(queries.get(i));
      nanos[i] = System.nanoTime() - start;
      if (byKind != null)
        byKind.computeIfAbsent(queries.get(i).kind(), k -> new ArrayList<>()).add(nanos[i]);
    }
    if (sink == Long.MIN_VALUE) System.out.print("");
    return nanos;
  }

  private static Map<String, Double> medians(Map<String, List<Long>> byKind) {
    Map<String, Double> out = new LinkedHashMap<>();
    byKind.forEach(
        (kind, list) ->
            out.put(
                kind,
                LatencyStats.ofNanos(list.stream().mapToLong(Long::longValue).toArray()).p50()));
    return out;
  }

  /** The dva request for a benchmark query: first page of 10, facets and snippets included. */
  static SearchRequest dvaRequest(BenchQuery q) {
    SearchRequest.Builder b = SearchRequest.builder().query(q.text()).size(10);
    if (q.province() != null) b.provinces(List.of(q.province()));
    if (q.year() != null) b.years(List.of(q.year()));
    if (q.type() != null) b.types(List.of(q.type()));
    if (q.newest()) b.sort(SearchRequest.Sort.NEWEST);
    return b.build();
  }

  private static long dvaSearch(SearchService dva, BenchQuery q) throws IOException {
    SearchResponse response = dva.search(dvaRequest(q));
    return response.total() + response.hits().size();
  }

  private static final FacetsConfig FACETS = IndexSchema.facetsConfig();

  /**
   * dva's query for {@code q} (parsed by {@link SearchService#parse}, filters as facet drill-downs
   * as in a full search) doing only the baseline's work: top 10 and the stored title.
   */
  private static long dvaTopTen(SearchService dva, IndexSearcher searcher, BenchQuery q)
      throws IOException {
    DrillDownQuery query = new DrillDownQuery(FACETS, dva.parse(q.text()).query());
    if (q.province() != null) query.add(IndexSchema.FACET_PROVINCE, q.province());
    if (q.year() != null) query.add(IndexSchema.FACET_YEAR, q.year().toString());
    if (q.type() != null) query.add(IndexSchema.FACET_TYPE, q.type());
    TopDocs top =
        q.newest()
            ? searcher.search(
                query,
                10,
                new Sort(
                    new SortedNumericSortField(IndexSchema.PUBLISHED, SortField.Type.LONG, true)))
            : searcher.search(query, 10);
    StoredFields stored = searcher.storedFields();
    long sink = top.totalHits.value();
    for (ScoreDoc sd : top.scoreDocs) {
      String title = stored.document(sd.doc, Set.of(IndexSchema.TITLE)).get(IndexSchema.TITLE);
      sink += title == null ? 0 : title.length();
    }
    return sink;
  }

  /**
   * The baseline's query: classic parser over title and text, AND, directive numbers as phrases.
   */
  static Query baselineQuery(BenchQuery q) {
    String text = q.text();
    StringBuilder rewritten = new StringBuilder();
    int at = 0;
    for (DirectiveExtractor.NumberMatch m : DirectiveExtractor.numbersIn(text)) {
      rewritten.append(text, at, m.start()).append(" \"").append(m.number()).append("\" ");
      at = m.end();
    }
    rewritten.append(text.substring(at));
    String free = rewritten.toString().replace("/", "\\/").strip();
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (free.isEmpty()) {
      b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    } else {
      MultiFieldQueryParser parser =
          new MultiFieldQueryParser(
              new String[] {BaselineIndex.TITLE, BaselineIndex.TEXT},
              new StandardAnalyzer(),
              Map.of(BaselineIndex.TITLE, 2f, BaselineIndex.TEXT, 1f));
      parser.setDefaultOperator(QueryParser.Operator.AND);
      try {
        b.add(parser.parse(free), BooleanClause.Occur.MUST);
      } catch (ParseException e) {
        throw new IllegalArgumentException(
            "baseline cannot parse \"" + free + "\": " + e.getMessage(), e);
      }
    }
    if (q.province() != null)
      b.add(
          new TermQuery(new Term(BaselineIndex.PROVINCE, q.province())),
          BooleanClause.Occur.FILTER);
    if (q.year() != null)
      b.add(
          new TermQuery(new Term(BaselineIndex.YEAR, q.year().toString())),
          BooleanClause.Occur.FILTER);
    if (q.type() != null)
      b.add(new TermQuery(new Term(BaselineIndex.TYPE, q.type())), BooleanClause.Occur.FILTER);
    return b.build();
  }

  private static long baselineSearch(IndexSearcher searcher, BenchQuery q) throws IOException {
    Query query = baselineQuery(q);
    TopDocs top =
        q.newest()
            ? searcher.search(
                query,
                10,
                new Sort(
                    new SortedNumericSortField(BaselineIndex.PUBLISHED, SortField.Type.LONG, true)))
            : searcher.search(query, 10);
    StoredFields stored = searcher.storedFields();
    long sink = top.totalHits.value();
    for (ScoreDoc sd : top.scoreDocs)
      sink += stored.document(sd.doc).get(BaselineIndex.TITLE).length();
    return sink;
  }
}
