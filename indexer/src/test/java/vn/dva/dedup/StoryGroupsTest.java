package vn.dva.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;
import vn.dva.index.IndexSchema;

/**
 * The groups of a reader and the stories of a result set, against a count that puts every matching
 * page's story into a set: over several segments, with deleted pages, a page without a story id,
 * and random result sets of every density.
 */
class StoryGroupsTest {

  @Test
  void storiesOfRandomResultSetsAreCountedAsDistinctStoryIds() throws Exception {
    Random random = new Random(42);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w =
            new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (int i = 0; i < 3_000; i++) {
        Document d = new Document();
        d.add(new StringField(IndexSchema.ID, "p" + i, StringField.Store.NO));
        // a tenth of the pages without a story id (indexed before stories existed); the rest
        // in stories of one to six pages, spread over segments
        if (i % 10 != 3) d.add(new NumericDocValuesField(IndexSchema.STORY, random.nextInt(1_200)));
        w.addDocument(d);
        if (i % 700 == 699) w.commit();
      }
      for (int i = 0; i < 3_000; i += 17) w.deleteDocuments(new Term(IndexSchema.ID, "p" + i));
      w.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(3);
        StoryGroups groups = StoryGroups.of(reader);
        assertThat(groups.any()).isTrue();
        assertThat(StoryGroups.of(reader)).as("kept per reader").isSameAs(groups);
        for (double density : new double[] {0, 0.001, 0.05, 0.5, 1}) {
          List<MatchingDocs> docs = new ArrayList<>();
          for (LeafReaderContext leaf : reader.leaves()) {
            FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
            Bits live = leaf.reader().getLiveDocs();
            for (int d = 0; d < bits.length(); d++) {
              if ((live == null || live.get(d)) && random.nextDouble() < density) bits.set(d);
            }
            int n = bits.cardinality();
            if (n > 0) docs.add(new MatchingDocs(leaf, new BitDocIdSet(bits, n), n, null));
          }
          assertThat(StoryCollapser.countStories(docs))
              .as("density %s", density)
              .isEqualTo(distinctStories(docs));
        }
        // every live page of a shared story is listed, and only those
        NumericDocValues first = reader.leaves().get(0).reader().getNumericDocValues("story");
        first.advance(0);
        long story = first.longValue();
        List<Integer> expected = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
          NumericDocValues v = leaf.reader().getNumericDocValues(IndexSchema.STORY);
          Bits live = leaf.reader().getLiveDocs();
          for (int d = v.nextDoc(); d != NumericDocValues.NO_MORE_DOCS; d = v.nextDoc()) {
            if (v.longValue() == story && (live == null || live.get(d)))
              expected.add(leaf.docBase + d);
          }
        }
        int[] listed = groups.pagesOf(story);
        assertThat(listed.length > 1 ? listed : new int[0])
            .containsExactly(
                expected.size() > 1
                    ? expected.stream().mapToInt(Integer::intValue).toArray()
                    : new int[0]);
        assertThat(groups.pagesOf(-5)).isEmpty();
      }
    }
  }

  @Test
  void anIndexWithoutSharedStoriesHasNoGroups() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      for (int i = 0; i < 50; i++) {
        Document d = new Document();
        d.add(new NumericDocValuesField(IndexSchema.STORY, i));
        w.addDocument(d);
      }
      w.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        StoryGroups groups = StoryGroups.of(reader);
        assertThat(groups.any()).isFalse();
        assertThat(groups.pagesOf(7)).isEmpty();
      }
    }
  }

  /** The plain way: every matching page's story id (or its own) into a set. */
  private static long distinctStories(List<MatchingDocs> docs) throws Exception {
    Set<Long> all = new HashSet<>();
    for (MatchingDocs m : docs) {
      NumericDocValues v = m.context().reader().getNumericDocValues(IndexSchema.STORY);
      var it = m.bits().iterator();
      for (int d = it.nextDoc(); d != NumericDocValues.NO_MORE_DOCS; d = it.nextDoc()) {
        boolean has = v != null && v.advanceExact(d);
        all.add(has ? v.longValue() : Long.MIN_VALUE + m.context().docBase + d);
      }
    }
    return all.size();
  }
}
