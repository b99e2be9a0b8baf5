package vn.dva.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dva.index.DocumentIndexer;
import vn.dva.index.IndexSchema;
import vn.dva.search.SearchRequest;
import vn.dva.search.SearchResponse;
import vn.dva.search.SearchService;

/**
 * The search service's separate passes (top hits with skipping, score-free facet counts, one
 * count-only pass per filtered dimension) answer exactly as the single drill-sideways search it
 * replaced: the same total, the same hits with the same scores, the same facet counts in the same
 * order, for every bench query, with filters on one and several dimensions, date ranges, both sorts
 * and deeper pages, on a generated index of several segments, on one thread and on four, with the
 * top hits and counts of small result sets taken in one pass (the default) and in two passes.
 */
class FacetedSearchEquivalenceTest {

  @TempDir static Path dir;
  static SearchService oneThread;
  static SearchService fourThreads;
  static SearchService sampled;
  static SearchService twoPassesOneThread;
  static SearchService twoPassesFourThreads;
  static SearchService cachedCounts;

  @BeforeAll
  static void indexGeneratedPagesInSeveralSegments() throws Exception {
    CorpusGenerator generator = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      for (long i = 0; i < 600; i++) {
        indexer.add(PageExtraction.extract(generator.page(i)));
        if (i % 97 == 96) indexer.commit();
      }
      indexer.commit();
    }
    oneThread = SearchService.open(dir, false, 1, Long.MAX_VALUE);
    fourThreads = SearchService.open(dir, false, 4, Long.MAX_VALUE);
    sampled = SearchService.open(dir, false, 1, 200);
    // Beyond 10 matches the top-hits pass may skip and the counts take a pass of their own.
    System.setProperty(SearchService.ONE_PASS_PROPERTY, "10");
    try {
      twoPassesOneThread = SearchService.open(dir, false, 1, Long.MAX_VALUE);
      twoPassesFourThreads = SearchService.open(dir, false, 4, Long.MAX_VALUE);
      cachedCounts = SearchService.open(dir, true, 1, Long.MAX_VALUE);
    } finally {
      System.clearProperty(SearchService.ONE_PASS_PROPERTY);
    }
  }

  @AfterAll
  static void close() throws IOException {
    oneThread.close();
    fourThreads.close();
    sampled.close();
    twoPassesOneThread.close();
    twoPassesFourThreads.close();
    cachedCounts.close();
  }

  static Stream<SearchRequest> requests() {
    List<SearchRequest> out = new ArrayList<>();
    for (BenchQuery q : QuerySet.mixed(CorpusGenerator.DEFAULT_SEED)) {
      SearchRequest.Builder b = SearchRequest.builder().query(q.text()).size(10);
      if (q.province() != null) b.provinces(List.of(q.province()));
      if (q.year() != null) b.years(List.of(q.year()));
      if (q.type() != null) b.types(List.of(q.type()));
      if (q.newest()) b.sort(SearchRequest.Sort.NEWEST);
      out.add(b.build());
    }
    out.add(SearchRequest.builder().query("dân vận").years(List.of(2023, 2024, 2025)).build());
    out.add(
        SearchRequest.builder()
            .query("dan van")
            .provinces(List.of("Hà Nội", "Lạng Sơn", "Bình Phước"))
            .types(List.of("CT", "NQ"))
            .years(List.of(2022, 2024))
            .build());
    out.add(SearchRequest.builder().query("").directives(List.of("25-nq/tw", "23-QĐ/TW")).build());
    out.add(
        SearchRequest.builder().query("").provincesNow(List.of("Đồng Nai", "Lâm Đồng")).build());
    out.add(
        SearchRequest.builder()
            .query("nông thôn mới")
            .from(LocalDate.of(2019, 1, 1))
            .to(LocalDate.of(2023, 6, 30))
            .types(List.of("KH"))
            .sort(SearchRequest.Sort.OLDEST)
            .build());
    out.add(SearchRequest.builder().query("dân vận").page(3).size(20).build());
    out.add(
        SearchRequest.builder().query("").sort(SearchRequest.Sort.NEWEST).page(2).size(50).build());
    out.add(SearchRequest.builder().query("không có từ nào như thế này xyzzy").build());
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void answersAsTheSingleDrillSidewaysSearchDid(SearchRequest request) throws IOException {
    Expected expected = oneThread.withSearcher(s -> reference(s, oneThread, request));
    for (SearchService service :
        List.of(oneThread, fourThreads, twoPassesOneThread, twoPassesFourThreads)) {
      SearchResponse actual = service.search(request);
      assertThat(actual.total()).as("total").isEqualTo(expected.total());
      assertThat(actual.approximate()).isFalse();
      assertThat(ordered(actual.facets())).as("facets").isEqualTo(ordered(expected.facets()));
      assertThat(actual.hits().stream().map(h -> h.id() + " " + h.score()).toList())
          .as("hits")
          .isEqualTo(expected.hits());
    }
    // With its counts already cached (by the same search with another page size), a search runs
    // only its top-hits pass, skipping from the first hit.
    cachedCounts.search(withSize(request, request.size() + 1));
    SearchResponse again = cachedCounts.search(request);
    assertThat(again.total()).as("total, counts cached").isEqualTo(expected.total());
    assertThat(ordered(again.facets())).isEqualTo(ordered(expected.facets()));
    assertThat(again.hits().stream().map(h -> h.id() + " " + h.score()).toList())
        .as("hits, counts cached")
        .isEqualTo(expected.hits());
  }

  private static SearchRequest withSize(SearchRequest r, int size) {
    return new SearchRequest(
        r.query(),
        r.provinces(),
        r.provincesNow(),
        r.years(),
        r.types(),
        r.directives(),
        r.sources(),
        r.from(),
        r.to(),
        r.sort(),
        1,
        size,
        r.collapse(),
        r.story());
  }

  @Test
  void broadSearchesCountASampleAndSayItNarrowOnesAreExact() throws IOException {
    SearchResponse broad = sampled.search(SearchRequest.of(""));
    SearchResponse exact = oneThread.search(SearchRequest.of(""));
    assertThat(broad.total()).as("more documents than the exact limit").isGreaterThan(200);
    assertThat(broad.approximate()).isTrue();
    assertThat((double) broad.total())
        .as("the total, estimated from windows of the index")
        .isCloseTo(exact.total(), withPercentage(10));
    for (String dim : List.of(IndexSchema.FACET_YEAR, IndexSchema.FACET_PROVINCE_NOW)) {
      Map<String, Integer> approx = broad.facets().get(dim);
      Map<String, Integer> counts = exact.facets().get(dim);
      assertThat(approx.keySet()).as(dim).isSubsetOf(counts.keySet());
      assertThat((double) sum(approx)).as(dim).isCloseTo(sum(counts), withPercentage(10));
    }

    SearchRequest narrower = SearchRequest.of("25-NQ/TW");
    SearchResponse narrow = sampled.search(narrower);
    assertThat(narrow.total()).isLessThanOrEqualTo(200);
    assertThat(narrow.approximate()).isFalse();
    assertThat(narrow.facets()).isEqualTo(oneThread.search(narrower).facets());
  }

  private static long sum(Map<String, Integer> counts) {
    return counts.values().stream().mapToLong(Integer::longValue).sum();
  }

  /** Total, hits and facets as the search service computed them before the separate passes. */
  record Expected(long total, List<String> hits, Map<String, Map<String, Integer>> facets) {}

  private static Expected reference(IndexSearcher searcher, SearchService service, SearchRequest r)
      throws IOException {
    FacetsConfig config = IndexSchema.facetsConfig();
    Query base = service.parse(r.query()).query();
    if (r.from() != null || r.to() != null) {
      long lo = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
      long hi = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
      base =
          new BooleanQuery.Builder()
              .add(base, BooleanClause.Occur.MUST)
              .add(
                  LongField.newRangeQuery(IndexSchema.PUBLISHED, lo, hi),
                  BooleanClause.Occur.FILTER)
              .build();
    }
    DrillDownQuery ddq = new DrillDownQuery(config, base);
    r.provinces().forEach(v -> ddq.add(IndexSchema.FACET_PROVINCE, v));
    r.provincesNow().forEach(v -> ddq.add(IndexSchema.FACET_PROVINCE_NOW, v));
    r.years().forEach(v -> ddq.add(IndexSchema.FACET_YEAR, Integer.toString(v)));
    r.types().forEach(v -> ddq.add(IndexSchema.FACET_TYPE, v.strip()));
    r.sources().forEach(v -> ddq.add(IndexSchema.FACET_SOURCE, v));
    for (String d : r.directives()) {
      ddq.add(IndexSchema.FACET_DIRECTIVE, SearchService.canonicalDirective(d));
    }
    DrillSideways ds =
        new DrillSideways(
            searcher,
            config,
            new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), config));
    int topN = r.page() * r.size();
    Sort sort = sort(r.sort());
    DrillSideways.DrillSidewaysResult result =
        sort == null
            ? ds.search((ScoreDoc) null, ddq, topN)
            : ds.search(ddq, null, null, topN, sort, true);
    TopDocs top = result.hits;
    StoredFields stored = searcher.storedFields();
    List<String> hits = new ArrayList<>();
    for (int i = (r.page() - 1) * r.size(); i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      hits.add(stored.document(sd.doc).get(IndexSchema.ID) + " " + sd.score);
    }
    return new Expected(top.totalHits.value(), hits, facets(result.facets));
  }

  private static Sort sort(SearchRequest.Sort sort) {
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

  private static final Map<String, Integer> LIMITS =
      Map.of(
          IndexSchema.FACET_PROVINCE, 100,
          IndexSchema.FACET_PROVINCE_NOW, 100,
          IndexSchema.FACET_YEAR, 100,
          IndexSchema.FACET_MONTH, 1000,
          IndexSchema.FACET_TYPE, 50,
          IndexSchema.FACET_DIRECTIVE, 30,
          IndexSchema.FACET_IDENTITY, 30,
          IndexSchema.FACET_SOURCE, 50);

  /** The old service's counting of the drill-sideways facets. */
  private static Map<String, Map<String, Integer>> facets(Facets facets) throws IOException {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> dim : LIMITS.entrySet()) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      FacetResult result;
      try {
        result = facets.getTopChildren(dim.getValue(), dim.getKey());
      } catch (IllegalArgumentException notIndexed) {
        result = null;
      }
      if (result != null) {
        List<LabelAndValue> values = new ArrayList<>(List.of(result.labelValues));
        String key = dim.getKey();
        if (key.equals(IndexSchema.FACET_YEAR) || key.equals(IndexSchema.FACET_MONTH)) {
          values.sort(Comparator.comparing((LabelAndValue lv) -> lv.label));
        }
        for (LabelAndValue lv : values) counts.put(lv.label, lv.value.intValue());
      }
      out.put(dim.getKey(), counts);
    }
    return out;
  }

  /** Each dimension's counts as a list of "label=count", so that the order is compared too. */
  private static Map<String, List<String>> ordered(Map<String, Map<String, Integer>> facets) {
    Map<String, List<String>> out = new java.util.TreeMap<>();
    facets.forEach(
        (dim, counts) ->
            out.put(
                dim.toLowerCase(Locale.ROOT),
                counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
    return out;
  }
}
