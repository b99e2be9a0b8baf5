package vn.dva.dedup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.internal.hppc.LongHashSet;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import vn.dva.index.IndexSchema;

/**
 * One result per story: the first page of each story in a ranked list.
 *
 * <p>A story's place in the collapsed list is the place of its best page in the full list, so the
 * first K stories are the distinct stories of the shortest prefix of the full list that holds K of
 * them. {@link #firstOfEach} reads them off a ranked prefix; the caller asks for a longer prefix
 * (from the normal top-k search, which keeps its skipping) until there are enough stories or the
 * list ends. The stories of a whole result list are counted over the documents the facet pass
 * already collected, or in a separate score-free pass ({@link #countStories}). Pages indexed before
 * story ids existed count as stories of their own. Thread-safe.
 */
public final class StoryCollapser {

  private StoryCollapser() {}

  /** A page of the ranked list with its story and the story's size in the whole index. */
  public record Ranked(ScoreDoc hit, long story, int versions) {}

  /**
   * The first hit of each story in {@code ranked} (in order), at most {@code limit} of them.
   *
   * @param ranked a prefix of the ranked list, best first
   */
  public static List<Ranked> firstOfEach(IndexReader reader, ScoreDoc[] ranked, int limit)
      throws IOException {
    List<Ranked> out = new ArrayList<>();
    LongHashSet seen = new LongHashSet();
    List<LeafReaderContext> leaves = reader.leaves();
    for (ScoreDoc sd : ranked) {
      if (out.size() >= limit) break;
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
      int local = sd.doc - leaf.docBase;
      long story = value(leaf, IndexSchema.STORY, local, ownStory(sd.doc));
      if (!seen.add(story)) continue;
      out.add(new Ranked(sd, story, (int) value(leaf, IndexSchema.STORY_VERSIONS, local, 1)));
    }
    return out;
  }

  /** The story and number of versions of one document (global id). */
  public static Ranked storyOf(IndexReader reader, ScoreDoc hit) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
    int local = hit.doc - leaf.docBase;
    return new Ranked(
        hit,
        value(leaf, IndexSchema.STORY, local, ownStory(hit.doc)),
        (int) value(leaf, IndexSchema.STORY_VERSIONS, local, 1));
  }

  /** The number of distinct stories among the documents matching {@code query}. */
  public static long countStories(IndexSearcher searcher, Query query) throws IOException {
    return countStories(searcher.search(query, new FacetsCollectorManager()).getMatchingDocs());
  }

  /**
   * The number of distinct stories among documents already collected, one bit set per segment
   * ({@code docs}, as a facet or count pass leaves them): the same figure as {@link
   * #countStories(IndexSearcher, Query)} for the query that matched them, without running it again
   * ({@link StoryGroups#countStories}).
   */
  public static long countStories(List<FacetsCollector.MatchingDocs> docs) throws IOException {
    if (docs.isEmpty()) return 0;
    IndexReader top = ReaderUtil.getTopLevelContext(docs.get(0).context()).reader();
    return StoryGroups.of(top).countStories(docs, top.leaves());
  }

  /** Whether any story of the index has more than one page (else collapsing changes nothing). */
  public static boolean hasGroups(IndexReader reader) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues v = leaf.reader().getNumericDocValues(IndexSchema.STORY_VERSIONS);
      if (v == null) continue;
      for (int d = v.nextDoc(); d != NumericDocValues.NO_MORE_DOCS; d = v.nextDoc()) {
        if (v.longValue() > 1) return true;
      }
    }
    return false;
  }

  /** A story id for a page without one: its own, never equal to a real one in practice. */
  private static long ownStory(int globalDoc) {
    return Long.MIN_VALUE + globalDoc;
  }

  private static long value(LeafReaderContext leaf, String field, int local, long missing)
      throws IOException {
    NumericDocValues v = leaf.reader().getNumericDocValues(field);
    return v != null && v.advanceExact(local) ? v.longValue() : missing;
  }
}
