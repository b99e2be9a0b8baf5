package vn.dva.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.document.Document;
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
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.RoaringDocIdSet;
import org.junit.jupiter.api.Test;
import vn.dva.index.IndexSchema;

/**
 * Facet counts from the ordinal arrays against Lucene's own counter on the same matches: several
 * segments, one segment, a segment with no facet at all, deleted pages, multi-valued dimensions,
 * many tied counts (so the order of ties is checked), a dimension with more values than it shows,
 * and match sets of every density given as bit sets and as other doc-id sets.
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
