package vn.dva.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.RoaringDocIdSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dva.index.IndexSchema;

/**
 * Facet counts from the ordinal arrays against Lucene's own counter on the same matches: several
 * segments, one segment, a segment with no facet at all, deleted pages, multi-valued dimensions,
 * many tied counts (so the order of ties is checked), a dimension with more values than it shows,
 * and match sets of every density given as bit sets and as other doc-id sets. On a date-sorted
 * index the year and month are counted by runs of documents: match sets that start and end on the
 * runs' edges, on 64-bit word edges and inside words, one-document runs and runs at a segment's
 * end.
 */
class FacetOrdinalsTest {

  private static final FacetsConfig CONFIG = IndexSchema.facetsConfig();

  @Test
  void countsAndOrderAreLuceneOnRandomMatchSets() throws IOException {
    for (boolean oneSegment : new boolean[] {false, true}) {
      try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
        index(dir, oneSegment);
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
          assertThat(reader.leaves().size() == 1).isEqualTo(oneSegment);
          FacetOrdinals.warm(reader);
          var state = new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
          FacetCounter counter = new FacetCounter(state, Long.MAX_VALUE, 1);
          Random random = new Random(oneSegment ? 5 : 6);
          for (double density : new double[] {0.0005, 0.01, 0.2, 0.7, 1}) {
            for (boolean bits : new boolean[] {true, false}) {
              List<MatchingDocs> docs = matches(reader, random, density, bits);
              Map<String, Map<String, Integer>> ours =
                  counter.count(docs, FacetCounter.LIMITS.keySet()).byDim();
              assertThat(ours)
                  .as("density %s, %s", density, bits ? "bit sets" : "roaring sets")
                  .isEqualTo(lucene(state, docs));
            }
          }
        }
      }
    }
  }

  @Test
  void aDimensionWithMoreValuesThanShownKeepsTheMostCountedThenTheFirstInLabelOrder()
      throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
        // 40 sources: "s00" once … each later one as often as the one before or once more
        for (int s = 0; s < 40; s++) {
          for (int k = 0; k <= s / 2; k++) {
            Document d = new Document();
            d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_SOURCE, "s%02d".formatted(s)));
            w.addDocument(CONFIG.build(d));
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        var state = new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
        List<MatchingDocs> all = matches(reader, new Random(1), 1, true);
        Map<String, Integer> sources =
            new FacetCounter(state, Long.MAX_VALUE, 1)
                .count(all, List.of(IndexSchema.FACET_SOURCE))
                .byDim()
                .get(IndexSchema.FACET_SOURCE);
        int limit = FacetCounter.LIMITS.get(IndexSchema.FACET_SOURCE);
        assertThat(limit).isLessThan(40 * 2); // sanity: the limit below is what is tested
        List<String> expected = new ArrayList<>();
        for (int s = 39; s >= 0; s -= 2) {
          expected.add("s%02d".formatted(s - 1)); // of a tied pair, the lower label first
          expected.add("s%02d".formatted(s));
        }
        assertThat(new ArrayList<>(sources.keySet()))
            .containsExactlyElementsOf(expected.subList(0, Math.min(limit, 40)));
        assertThat(sources.get("s39")).isEqualTo(20);
      }
    }
  }

  /**
   * Four segments of a date-sorted (or, for comparison, unsorted) index: two years of pages; the
   * same with a tenth of the pages undated (they sort last, without year or month); one page with
   * two years (a dimension multi-valued in that segment); and a segment too small for runs.
   * Expected: dimensions counted by runs in each segment.
   */
  @ParameterizedTest(name = "date-sorted: {0}")
  @ValueSource(booleans = {true, false})
  void yearAndMonthRunsCountAsLuceneOnEveryCutOfTheRuns(boolean sorted) throws IOException {
    FacetsConfig config = IndexSchema.facetsConfig();
    config.setMultiValued(IndexSchema.FACET_YEAR, true); // lets one page hold two years
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      indexDated(dir, config, sorted);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        List<Integer> byRuns = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves())
          byRuns.add(FacetOrdinals.dimensionsByRuns(leaf.reader()));
        assertThat(byRuns).isEqualTo(sorted ? List.of(2, 2, 1, 0) : List.of(0, 0, 0, 0));
        var state = new DefaultSortedSetDocValuesReaderState(reader, config);
        FacetCounter counter = new FacetCounter(state, Long.MAX_VALUE, 1);
        Random random = new Random(sorted ? 21 : 22);
        List<List<MatchingDocs>> sets = new ArrayList<>();
        for (double density : new double[] {0.001, 0.05, 0.5, 1}) {
          for (boolean bits : new boolean[] {true, false})
            sets.add(matches(reader, random, density, bits));
        }
        for (boolean bits : new boolean[] {true, false}) {
          sets.add(cuts(reader, random, bits, 0)); // both sides of every change of value
          for (int k = 1; k <= 12; k++) sets.add(cuts(reader, random, bits, k));
        }
        for (List<MatchingDocs> docs : sets) {
          assertThat(counter.count(docs, FacetCounter.LIMITS.keySet()).byDim())
              .as("%s matches", MatchingDocsCollectorManager.total(docs))
              .isEqualTo(lucene(state, docs));
        }
      }
    }
  }

  private static void indexDated(ByteBuffersDirectory dir, FacetsConfig config, boolean sorted)
      throws IOException {
    Random random = new Random(sorted ? 31 : 32);
    IndexWriterConfig iwc = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
    if (sorted) iwc.setIndexSort(IndexSchema.indexSort());
    LocalDate first = LocalDate.of(2019, 1, 1);
    int id = 0;
    try (IndexWriter w = new IndexWriter(dir, iwc)) {
      int[] sizes = {3_000, 2_500, 2_000, 50};
      for (int seg = 0; seg < sizes.length; seg++) {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < sizes[seg]; i++) dates.add(first.plusDays(random.nextInt(730)));
        if (seg == 0) { // three one-page months, the oldest: the segment's last runs
          for (int m = 10; m <= 12; m++) dates.add(LocalDate.of(2018, m, 5));
        }
        Collections.shuffle(dates, random);
        for (int i = 0; i < dates.size(); i++) {
          LocalDate date = seg == 1 && i % 10 == 0 ? null : dates.get(i);
          Document d = new Document();
          d.add(new StringField(IndexSchema.ID, "d" + id++, StringField.Store.NO));
          d.add(
              new SortedSetDocValuesFacetField(
                  IndexSchema.FACET_PROVINCE, "t" + random.nextInt(7)));
          d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_SOURCE, "s" + i % 60));
          if (date != null) {
            d.add(new LongField(IndexSchema.PUBLISHED, date.toEpochDay(), Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_YEAR, "" + date.getYear()));
            d.add(
                new SortedSetDocValuesFacetField(
                    IndexSchema.FACET_MONTH,
                    "%d-%02d".formatted(date.getYear(), date.getMonthValue())));
          }
          if (seg == 2 && i == 700)
            d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_YEAR, "2031"));
          w.addDocument(config.build(d));
        }
        w.commit();
      }
      for (int i = 0; i < id; i += 7) w.deleteDocuments(new Term(IndexSchema.ID, "d" + i));
    }
  }

  /**
   * Live documents in ranges whose ends are where a document's facet values change, the edges of
   * 64-bit words, or one off either: {@code k} random ranges per segment, or for {@code k = 0} the
   * two documents on each side of every change.
   */
  private static List<MatchingDocs> cuts(
      DirectoryReader reader, Random random, boolean asBits, int k) throws IOException {
    List<MatchingDocs> out = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      int maxDoc = leaf.reader().maxDoc();
      List<Integer> edges = new ArrayList<>(List.of(0, maxDoc));
      SortedSetDocValues values = leaf.reader().getSortedSetDocValues(FacetOrdinals.FIELD);
      List<Long> previous = null;
      for (int doc = 0; doc < maxDoc; doc++) {
        List<Long> ords = new ArrayList<>();
        if (values.advanceExact(doc)) {
          for (int i = 0; i < values.docValueCount(); i++) ords.add(values.nextOrd());
        }
        if (previous != null && !ords.equals(previous)) edges.add(doc);
        previous = ords;
      }
      for (int wordEdge = 64; wordEdge < maxDoc; wordEdge += 64) edges.add(wordEdge);
      FixedBitSet bits = new FixedBitSet(maxDoc);
      if (k == 0) {
        for (int e : edges) {
          if (e > 0) bits.set(e - 1);
          if (e < maxDoc) bits.set(e);
        }
      }
      for (int r = 0; r < k; r++) {
        int a = near(edges.get(random.nextInt(edges.size())), random, maxDoc);
        int b = near(edges.get(random.nextInt(edges.size())), random, maxDoc);
        if (a != b) bits.set(Math.min(a, b), Math.max(a, b));
      }
      var live = leaf.reader().getLiveDocs();
      RoaringDocIdSet.Builder roaring = new RoaringDocIdSet.Builder(maxDoc);
      int n = 0;
      for (int d = 0; d < maxDoc; d++) {
        if (bits.get(d) && (live == null || live.get(d))) {
          roaring.add(d);
          n++;
        } else {
          bits.clear(d);
        }
      }
      out.add(new MatchingDocs(leaf, asBits ? new BitDocIdSet(bits, n) : roaring.build(), n, null));
    }
    return out;
  }

  private static int near(int edge, Random random, int maxDoc) {
    return Math.clamp(edge + random.nextInt(3) - 1, 0, maxDoc);
  }

  private static void index(ByteBuffersDirectory dir, boolean oneSegment) throws IOException {
    Random random = new Random(11);
    IndexWriterConfig config = new IndexWriterConfig();
    if (!oneSegment) config.setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter w = new IndexWriter(dir, config)) {
      for (int i = 0; i < 4_000; i++) {
        Document d = new Document();
        d.add(new StringField(IndexSchema.ID, "p" + i, StringField.Store.NO));
        boolean bare = (i >= 1_000 && i < 1_400) || i % 13 == 0; // a segment without facets
        if (!bare) {
          d.add(
              new SortedSetDocValuesFacetField(
                  IndexSchema.FACET_PROVINCE, "t" + random.nextInt(7)));
          d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_YEAR, "" + (2010 + i % 9)));
          d.add(
              new SortedSetDocValuesFacetField(
                  IndexSchema.FACET_MONTH, "%d-%02d".formatted(2010 + i % 9, 1 + i % 12)));
          for (int k = random.nextInt(3); k > 0; k--) {
            d.add(
                new SortedSetDocValuesFacetField(
                    IndexSchema.FACET_DIRECTIVE, random.nextInt(90) + "-CT/TW"));
          }
          if (i % 3 == 0) d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_TYPE, "CT"));
          d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_SOURCE, "s" + i % 60));
        }
        w.addDocument(bare ? d : CONFIG.build(d));
        if (!oneSegment && (i == 999 || i == 1_399 || i % 900 == 899)) w.commit();
      }
      for (int i = 0; i < 4_000; i += 11) w.deleteDocuments(new Term(IndexSchema.ID, "p" + i));
      if (oneSegment) w.forceMerge(1);
    }
  }

  /** Random live documents of each segment, as the count passes hand them over. */
  private static List<MatchingDocs> matches(
      DirectoryReader reader, Random random, double density, boolean asBits) throws IOException {
    List<MatchingDocs> out = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      int maxDoc = leaf.reader().maxDoc();
      var live = leaf.reader().getLiveDocs();
      FixedBitSet bits = new FixedBitSet(maxDoc);
      RoaringDocIdSet.Builder roaring = new RoaringDocIdSet.Builder(maxDoc);
      int n = 0;
      for (int d = 0; d < maxDoc; d++) {
        if ((live == null || live.get(d)) && random.nextDouble() < density) {
          bits.set(d);
          roaring.add(d);
          n++;
        }
      }
      DocIdSet set = asBits ? new BitDocIdSet(bits, n) : roaring.build();
      out.add(new MatchingDocs(leaf, set, n, null));
    }
    return out;
  }

  /** What Lucene's counter shows, in the form and order the JSON takes. */
  private static Map<String, Map<String, Integer>> lucene(
      DefaultSortedSetDocValuesReaderState state, List<MatchingDocs> docs) throws IOException {
    Facets facets =
        new SortedSetDocValuesFacetCounts(
            state,
            new FacetsCollector(false) {
              @Override
              public List<MatchingDocs> getMatchingDocs() {
                return docs;
              }
            });
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (var dim : FacetCounter.LIMITS.entrySet()) {
      Map<String, Integer> values = new LinkedHashMap<>();
      FacetResult r;
      try {
        r = facets.getTopChildren(dim.getValue(), dim.getKey());
      } catch (IllegalArgumentException notIndexed) {
        r = null;
      }
      if (r != null) {
        List<LabelAndValue> lv = new ArrayList<>(List.of(r.labelValues));
        boolean byLabel =
            dim.getKey().equals(IndexSchema.FACET_YEAR)
                || dim.getKey().equals(IndexSchema.FACET_MONTH);
        if (byLabel) lv.sort((a, b) -> a.label.compareTo(b.label));
        for (LabelAndValue v : lv) values.put(v.label, v.value.intValue());
      }
      out.put(dim.getKey(), values);
    }
    return out;
  }
}
