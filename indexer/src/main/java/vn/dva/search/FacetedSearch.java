package vn.dva.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import vn.dva.dedup.StoryCollapser;

/**
 * Runs a built query with drill-down filters: the top hits, the exact number of matches and the
 * drill-sideways facet counts, each in the pass that suits it.
 *
 * <ul>
 *   <li><b>Top hits</b>: Lucene's top-k collectors. Chosen before searching from the query's cost
 *       estimate ({@link #estimatedMatches}): a small result set gets one pass with complete scores
 *       that also keeps every match for the counts; a large one a total-hits threshold of the page
 *       window, so that block-max WAND (relevance) or the sort field's points and index sort
 *       (newest, oldest) skip documents that cannot enter the top from the first hit. A query of
 *       required words and the optional syllable-pair clause is searched in relevance order by
 *       {@link TopHitsWithBonus}, which skips on the required words and adds the pairs' score.
 *   <li><b>Total and counts</b>: a score-free pass collecting matching documents in bulk ({@link
 *       MatchingDocsCollectorManager}); the total is the size of that set. The counts of the
 *       dimensions without a filter come from it. A very broad query runs this pass, and the
 *       sideways ones, only inside windows of the index (see below).
 *   <li><b>Drill sideways</b>: for each filtered dimension, one more score-free pass with every
 *       filter but that dimension's, counting that dimension only: picking a province still shows
 *       the other provinces' counts, exactly as Lucene's {@code DrillSideways} counts them.
 * </ul>
 *
 * <p>Totals and counts are the same as one {@code DrillSideways} search gives, except for a very
 * broad query: above {@code sampleAbove} matching documents its total, stories and counts are
 * estimated from a sample (windows of the index, {@link
 * MatchingDocsCollectorManager#sampleWindows}, or every n-th match, {@link FacetCounter}) and
 * marked approximate. With a {@link FacetCountCache}, the counts of a query and its filters are
 * computed once per reader. Thread-safe; holds no per-search state.
 */
final class FacetedSearch implements HitsAndCounts {

  /**
   * Hits, the total (exact unless {@code approximate}), counts per dimension (in {@link
   * FacetCounter#LIMITS} order), and the number of distinct stories among the matches ({@link
   * #NOT_COUNTED} unless asked for and counted from collected documents).
   */
  record Result(
      TopDocs top,
      long total,
      Map<String, Map<String, Integer>> facets,
      boolean approximate,
      long stories) {}

  /**
   * One-pass limit of searches in date order: their top-hits pass ends early on the date-sorted
   * index, so beyond a small result set a separate score-free count pass is cheaper.
   */
  static final int SORTED_ONE_PASS_UP_TO = 10_000;

  /** {@link Result#stories()} when they were not counted: the caller runs its own pass. */
  static final long NOT_COUNTED = -1;

  private final FacetsConfig config;
  private final long sampleAbove;
  private final int sampleSize;
  private final int onePassUpTo;
  private final int window;

  /**
   * @param sampleAbove a query matching more documents than this gets its counts from a sample: its
   *     total, stories and counts estimated from windows of the index holding about {@code
   *     sampleSize} of its matches, or, when Lucene's estimate misjudged it, its facet counts from
   *     every n-th match; either way marked approximate
   * @param sampleSize matching documents counted in a sampled pass
   * @param onePassUpTo searches in relevance order whose estimated matches are up to this many are
   *     scored and counted in one pass with complete scores (date order: up to {@link
   *     #SORTED_ONE_PASS_UP_TO} at most); larger ones get a top-hits pass that skips from the first
   *     hit and a score-free count pass
   */
  FacetedSearch(FacetsConfig config, long sampleAbove, int sampleSize, int onePassUpTo) {
    this(config, sampleAbove, sampleSize, onePassUpTo, MatchingDocsCollectorManager.WINDOW);
  }

  /**
   * @param window documents per window of a sampled count pass (tests use small ones)
   */
  FacetedSearch(
      FacetsConfig config, long sampleAbove, int sampleSize, int onePassUpTo, int window) {
    this.config = config;
    this.sampleAbove = sampleAbove;
    this.sampleSize = sampleSize;
    this.onePassUpTo = onePassUpTo;
    this.window = window;
  }

  @Override
  public Result search(
      IndexSearcher searcher,
      SortedSetDocValuesReaderState state,
      Query base,
      Map<String, List<String>> filters,
      Sort sort,
      int topN,
      boolean stories,
      FacetCountCache cache)
      throws IOException {
    Query all = drillDown(base, filters, null);
    FacetCountCache.Key key = cache == null ? null : new FacetCountCache.Key(base, sorted(filters));
    FacetCountCache.Counts counts = key == null ? null : cache.get(searcher.getIndexReader(), key);
    TopHitsAndMatches.Result<? extends TopDocs> pass;
    long estimate = counts != null ? 0 : estimatedMatches(searcher, all);
    if (counts != null) {
      pass = topHits(searcher, all, sort, topN, topN, false); // the counts are known: skip at once
    } else if (estimate <= onePassLimit(sort)) {
      pass = topHits(searcher, all, sort, topN, Integer.MAX_VALUE, true);
    } else {
      pass = topHits(searcher, all, sort, topN, topN, false);
    }
    if (counts == null) {
      counts = counts(searcher, state, base, filters, all, pass.allMatches(), stories, estimate);
      if (key != null) cache.put(searcher.getIndexReader(), key, counts);
    }
    return new Result(
        pass.top(),
        counts.total(),
        counts.facets(),
        counts.approximate(),
        stories ? counts.stories() : NOT_COUNTED);
  }

  /**
   * The most estimated matches for which one pass takes both the top hits and the counts. In
   * relevance order that is {@code onePassUpTo}: the block-max skipping of a separate top-hits pass
   * seldom engages on queries of common words (each word is a sum of folded and exact terms over
   * two fields, whose per-block score bounds stay near the maximum, so the collector is handed
   * nearly every match anyway), and the separate count pass then matches every phrase a second
   * time. In date order the index sort ends the top-hits pass early, so from {@link
   * #SORTED_ONE_PASS_UP_TO} the separate passes are kept.
   */
  private int onePassLimit(Sort sort) {
    return sort == null ? onePassUpTo : Math.min(onePassUpTo, SORTED_ONE_PASS_UP_TO);
  }

  /**
   * An upper bound of the number of documents {@code query} matches, from Lucene's cost estimates
   * ({@code ScorerSupplier.cost()}, summed over segments, each at most the segment's documents): a
   * term's document frequency, the cheapest clause of a conjunction, the sum of a disjunction's.
   * Costs a term-dictionary lookup per term and segment, no postings are read.
   */
  static long estimatedMatches(IndexSearcher searcher, Query query) throws IOException {
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    long cost = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      ScorerSupplier supplier = weight.scorerSupplier(leaf);
      // a word's disjunction of folded and exact terms over title and text costs the sum of the
      // four, often more than the segment holds
      if (supplier != null) cost += Math.min(supplier.cost(), leaf.reader().maxDoc());
    }
    return cost;
  }

  /**
   * The top hits, with every match too when {@code keepMatches}. {@code threshold} is Lucene's
   * total-hits threshold: up to it every hit is counted and scored in full (complete scores, the
   * plain scorers, when it is unbounded); beyond it the collector lets the scorer skip.
   */
  private static TopHitsAndMatches.Result<? extends TopDocs> topHits(
      IndexSearcher searcher, Query query, Sort sort, int topN, int threshold, boolean keepMatches)
      throws IOException {
    if (sort == null) {
      if (keepMatches) {
        TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(topN, null, threshold);
        return searcher.search(query, new TopHitsAndMatches<>(top));
      }
      Query rewritten = searcher.rewrite(query); // once, for the split and the score-first wrap
      TopHitsWithBonus.Split split = threshold != topN ? null : TopHitsWithBonus.split(rewritten);
      TopDocs bonus =
          split == null
              ? null
              : TopHitsWithBonus.search(searcher, split, topN, TopHitsWithBonus.CHECK_AFTER);
      if (bonus != null) return new TopHitsAndMatches.Result<>(bonus, null);
      TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(topN, null, threshold);
      // typed terms read only for the documents scored, phrase positions only where the rest of
      // the query leaves room to compete
      Query scoreFirst = TopHitsWithBonus.forTopHits(rewritten);
      return new TopHitsAndMatches.Result<>(searcher.search(scoreFirst, top), null);
    }
    TopFieldCollectorManager top = new TopFieldCollectorManager(sort, topN, null, threshold);
    TopHitsAndMatches.Result<TopFieldDocs> pass =
        keepMatches
            ? searcher.search(query, new TopHitsAndMatches<>(top))
            : new TopHitsAndMatches.Result<>(searcher.search(query, top), null);
    TopFieldCollector.populateScores(pass.top().scoreDocs, searcher, query);
    return pass;
  }

  /**
   * Most windows skipped per window searched by a sampled count pass ({@link
   * MatchingDocsCollectorManager#sampleWindows}): at least a 64th of the index is always searched.
   */
  static final int MOST_WINDOWS_SKIPPED = 64;

  private FacetCountCache.Counts counts(
      IndexSearcher searcher,
      SortedSetDocValuesReaderState state,
      Query base,
      Map<String, List<String>> filters,
      Query all,
      List<MatchingDocs> allMatches,
      boolean stories,
      long estimate)
      throws IOException {
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    FacetCounter.LIMITS.keySet().forEach(dim -> facets.put(dim, Map.of()));
    if (state == null) {
      return new FacetCountCache.Counts(searcher.count(all), facets, false, NOT_COUNTED);
    }

    FacetCounter counter = new FacetCounter(state, sampleAbove, sampleSize);
    MatchingDocsCollectorManager.Sample matching =
        allMatches != null
            ? new MatchingDocsCollectorManager.Sample(allMatches, 1)
            : matchesToCount(searcher, all, estimate);
    List<String> unfiltered = new ArrayList<>();
    for (String dim : FacetCounter.LIMITS.keySet()) {
      if (!filtered(filters, dim)) unfiltered.add(dim);
    }
    FacetCounter.Counts main = counter.count(matching.docs(), unfiltered, matching.share());
    facets.putAll(main.byDim());
    boolean approximate = main.approximate();
    for (String dim : FacetCounter.LIMITS.keySet()) {
      if (!filtered(filters, dim)) continue;
      Query sidewaysQuery = drillDown(base, filters, dim);
      MatchingDocsCollectorManager.Sample sideways =
          matchesToCount(searcher, sidewaysQuery, estimatedMatches(searcher, sidewaysQuery));
      FacetCounter.Counts c = counter.count(sideways.docs(), List.of(dim), sideways.share());
      facets.putAll(c.byDim());
      approximate |= c.approximate();
    }
    // The stories of every match, from the bits in hand rather than by running the query again.
    long found = MatchingDocsCollectorManager.total(matching.docs());
    long storyCount =
        stories
            ? Math.round(StoryCollapser.countStories(matching.docs()) / matching.share())
            : NOT_COUNTED;
    return new FacetCountCache.Counts(
        Math.round(found / matching.share()), facets, approximate, storyCount);
  }

  /**
   * The matches of {@code query} to count: for a very broad query (Lucene's estimate above {@code
   * sampleAbove}), the matches in windows of the index holding about {@code sampleSize} of them
   * ({@link MatchingDocsCollectorManager#sampleWindows}; share below 1, counts then approximate);
   * otherwise, or when the windows show the query matching no more than {@code sampleAbove}
   * documents, every match (share 1). Lucene's estimate is an upper bound (a phrase costs what its
   * rarest word does), so the sample, not the estimate, decides.
   */
  private MatchingDocsCollectorManager.Sample matchesToCount(
      IndexSearcher searcher, Query counted, long estimate) throws IOException {
    // the same matches with fewer postings: a word's typed terms beside its folded twins
    Query query = MatchingQuery.of(searcher.rewrite(counted));
    if (estimate > sampleAbove) {
      int every = (int) Math.min(MOST_WINDOWS_SKIPPED, estimate / sampleSize);
      if (every >= 2) {
        MatchingDocsCollectorManager.Sample sample =
            MatchingDocsCollectorManager.sampleWindows(searcher, query, every, window);
        if (MatchingDocsCollectorManager.total(sample.docs()) / sample.share() > sampleAbove) {
          return sample;
        }
      }
    }
    return new MatchingDocsCollectorManager.Sample(
        searcher.search(query, new MatchingDocsCollectorManager()), 1);
  }

  private static boolean filtered(Map<String, List<String>> filters, String dim) {
    List<String> values = filters.get(dim);
    return values != null && !values.isEmpty();
  }

  /** {@code base} narrowed by every filter except {@code without}'s (null: every filter). */
  private Query drillDown(Query base, Map<String, List<String>> filters, String without) {
    DrillDownQuery ddq = new DrillDownQuery(config, base);
    boolean any = false;
    for (Map.Entry<String, List<String>> f : filters.entrySet()) {
      if (f.getKey().equals(without)) continue;
      for (String value : f.getValue()) {
        ddq.add(f.getKey(), value);
        any = true;
      }
    }
    return any ? ddq : base;
  }

  private static Map<String, List<String>> sorted(Map<String, List<String>> filters) {
    Map<String, List<String>> out = new java.util.TreeMap<>();
    filters.forEach(
        (dim, values) -> {
          if (!values.isEmpty()) out.put(dim, values.stream().sorted().distinct().toList());
        });
    return out;
  }
}
