package vn.dva.dedup;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.internal.hppc.LongIntHashMap;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import vn.dva.index.IndexSchema;
import vn.dva.index.ReaderCache;

/**
 * The stories of one reader that have more than one live page, with those pages: what listing a
 * hit's other versions and counting the distinct stories of a result set need, found without
 * reading every document's story again on each search.
 *
 * <p>A story id is a numeric doc value updated in place, so no postings lead from a story to its
 * pages; before this class, every search whose hits had versions read the story of every document
 * of the index, and counting the stories of a result set put every match into a hash set. One pass
 * over the story doc values per reader (cached until the reader closes) now gives the groups, and
 * the stories of a result set are its matches less, for each group, the matched pages beyond its
 * first: work in proportion to the pages that have copies, not to the matches. Thread-safe and
 * immutable.
 */
public final class StoryGroups {

  private static final ReaderCache<StoryGroups> CACHE = new ReaderCache<>();

  /** Story ids of the groups, in the order of {@link #start}. */
  private final long[] stories;

  /** Group g holds {@code pages[start[g]] … pages[start[g + 1] - 1]}; length groups + 1. */
  private final int[] start;

  /** Global doc ids of the grouped pages, ascending within a group. */
  private final int[] pages;

  /** Story → group number. */
  private final LongIntHashMap groupOf;

  private StoryGroups(long[] stories, int[] start, int[] pages, LongIntHashMap groupOf) {
    this.stories = stories;
    this.start = start;
    this.pages = pages;
    this.groupOf = groupOf;
  }

  /**
   * The groups of {@code reader} (a top-level reader), computed on first use and kept until the
   * reader closes.
   */
  public static StoryGroups of(IndexReader reader) throws IOException {
    return CACHE.get(reader.getReaderCacheHelper(), () -> build(reader));
  }

  /** Two passes over the story doc values: pages per story, then the pages of shared stories. */
  static StoryGroups build(IndexReader reader) throws IOException {
    LongIntHashMap count = new LongIntHashMap();
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues story = leaf.reader().getNumericDocValues(IndexSchema.STORY);
      if (story == null) continue; // pages without a story id are stories of their own
      Bits live = leaf.reader().getLiveDocs();
      for (int d = story.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = story.nextDoc()) {
        if (live == null || live.get(d)) count.addTo(story.longValue(), 1);
      }
    }
    LongIntHashMap groupOf = new LongIntHashMap();
    int grouped = 0;
    for (var c : count) {
      if (c.value > 1) {
        groupOf.put(c.key, groupOf.size());
        grouped += c.value;
      }
    }
    int groups = groupOf.size();
    long[] stories = new long[groups];
    int[] start = new int[groups + 1];
    for (var g : groupOf) {
      stories[g.value] = g.key;
      start[g.value + 1] = count.get(g.key);
    }
    for (int g = 0; g < groups; g++) start[g + 1] += start[g];
    int[] fill = java.util.Arrays.copyOf(start, groups);
    int[] pages = new int[grouped];
    if (groups > 0) {
      for (LeafReaderContext leaf : reader.leaves()) {
        NumericDocValues story = leaf.reader().getNumericDocValues(IndexSchema.STORY);
        if (story == null) continue;
        Bits live = leaf.reader().getLiveDocs();
        for (int d = story.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = story.nextDoc()) {
          if (live != null && !live.get(d)) continue;
          int g = groupOf.getOrDefault(story.longValue(), -1);
          if (g >= 0) pages[fill[g]++] = leaf.docBase + d; // leaves ascend, so pages do too
        }
      }
    }
    return new StoryGroups(stories, start, pages, groupOf);
  }

  /** Whether any story has more than one live page. */
  public boolean any() {
    return stories.length > 0;
  }

  /**
   * The live pages of {@code story} as global doc ids, ascending; empty when it has fewer than two.
   */
  public int[] pagesOf(long story) {
    int g = groupOf.getOrDefault(story, -1);
    return g < 0 ? new int[0] : java.util.Arrays.copyOfRange(pages, start[g], start[g + 1]);
  }

  /**
   * The number of distinct stories among {@code docs} (one entry per segment of this reader, as a
   * facet or count pass leaves them): every matching page, less the matched pages of each group
   * beyond its first.
   */
  public long countStories(List<MatchingDocs> docs, List<LeafReaderContext> leaves)
      throws IOException {
    long matches = 0;
    Bits[] bits = new Bits[leaves.size()];
    int[] bases = new int[leaves.size()];
    for (int i = 0; i < leaves.size(); i++) bases[i] = leaves.get(i).docBase;
    for (MatchingDocs m : docs) {
      matches += m.totalHits();
      bits[m.context().ord] = bitsOf(m.bits(), m.context().reader().maxDoc());
    }
    if (stories.length == 0) return matches;
    long repeats = 0;
    int leaf = 0;
    for (int g = 0; g < stories.length; g++) {
      int matched = 0;
      for (int i = start[g]; i < start[g + 1]; i++) {
        int doc = pages[i];
        // pages ascend within a group only; find the leaf from the start when a group goes back
        if (leaf > 0 && doc < bases[leaf]) leaf = 0;
        while (leaf + 1 < bases.length && doc >= bases[leaf + 1]) leaf++;
        Bits b = bits[leaf];
        if (b != null && b.get(doc - bases[leaf])) matched++;
      }
      if (matched > 1) repeats += matched - 1;
    }
    return matches - repeats;
  }

  private static Bits bitsOf(DocIdSet set, int maxDoc) throws IOException {
    if (set instanceof BitDocIdSet b) return b.bits();
    FixedBitSet out = new FixedBitSet(maxDoc);
    DocIdSetIterator it = set.iterator();
    if (it != null) out.or(it);
    return out;
  }
}
