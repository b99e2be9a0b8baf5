package vn.dva.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import vn.dva.dedup.StoryGroups;
import vn.dva.dedup.StoryLinker;
import vn.dva.index.IndexSchema;

/**
 * The other pages of the stories on a result page ("N bản đăng lại"): source, date and link of
 * each: the stories' pages found through doc values, only the listed ones read. Thread-safe.
 */
final class StoryVersions {

  /** Other versions listed per hit, at most; the story filter shows all of them. */
  static final int MAX_SHOWN = 20;

  /**
   * Stored documents read for one result page, at most (a page of huge groups whose pages share a
   * date must not slow it down).
   */
  private static final int MAX_READ = 500;

  private static final Set<String> FIELDS =
      Set.of(
          IndexSchema.ID,
          IndexSchema.TITLE,
          IndexSchema.URL,
          IndexSchema.SOURCE,
          IndexSchema.PROVINCE,
          IndexSchema.PUBLISHED_ISO);

  private StoryVersions() {}

  /** {@code hits} with the other versions of every hit whose story has more than one page. */
  static List<SearchResponse.Hit> attach(IndexSearcher searcher, List<SearchResponse.Hit> hits)
      throws IOException {
    Set<Long> stories = new LinkedHashSet<>();
    for (SearchResponse.Hit h : hits)
      if (h.versions() > 1) stories.add(StoryLinker.parse(h.story()));
    if (stories.isEmpty()) return hits;
    // Only the pages that can be listed are read from stored fields (decompressing a stored
    // document was nearly all the cost of a page whose stories have hundreds of pages): every page
    // of these stories is found through doc values, with its date, and per story only the newest
    // MAX_SHOWN + 1 (a hit leaves out itself) and those sharing the last one's date (ties go by id,
    // known only once read) are read.
    Map<Long, List<long[]>> pages = pagesOf(searcher, stories);
    List<Integer> toRead = new ArrayList<>();
    for (List<long[]> story : pages.values()) {
      story.sort((a, b) -> Long.compare(b[1], a[1]));
      int keep = Math.min(story.size(), MAX_SHOWN + 1);
      while (keep < story.size() && story.get(keep)[1] == story.get(keep - 1)[1]) keep++;
      for (int i = 0; i < keep; i++) toRead.add((int) story.get(i)[0]);
    }
    toRead.sort(null);
    if (toRead.size() > MAX_READ) toRead = toRead.subList(0, MAX_READ);
    Map<String, List<SearchResponse.Version>> byStory = new HashMap<>();
    StoredFields stored = searcher.storedFields();
    for (int doc : toRead) {
      String story =
          StoryLinker.format(
              vn.dva.dedup.StoryCollapser.storyOf(searcher.getIndexReader(), new ScoreDoc(doc, 0))
                  .story());
      Document d = stored.document(doc, FIELDS);
      String published = d.get(IndexSchema.PUBLISHED_ISO);
      byStory
          .computeIfAbsent(story, k -> new ArrayList<>())
          .add(
              new SearchResponse.Version(
                  d.get(IndexSchema.ID),
                  d.get(IndexSchema.TITLE),
                  d.get(IndexSchema.URL),
                  d.get(IndexSchema.SOURCE),
                  d.get(IndexSchema.PROVINCE),
                  published == null ? null : LocalDate.parse(published)));
    }
    Comparator<SearchResponse.Version> newestFirst =
        Comparator.comparing(
                SearchResponse.Version::published, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(SearchResponse.Version::id);
    List<SearchResponse.Hit> out = new ArrayList<>(hits.size());
    for (SearchResponse.Hit h : hits) {
      List<SearchResponse.Version> all = byStory.getOrDefault(h.story(), List.of());
      List<SearchResponse.Version> others =
          all.stream()
              .filter(v -> !v.id().equals(h.id()))
              .sorted(newestFirst)
              .limit(MAX_SHOWN)
              .toList();
      out.add(others.isEmpty() ? h : h.withOtherVersions(others));
    }
    return out;
  }

  /**
   * Every live page of {@code stories}: story → {global doc, publication day (Long.MIN_VALUE when
   * undated)}, from the reader's {@link StoryGroups} and doc values only.
   */
  private static Map<Long, List<long[]>> pagesOf(IndexSearcher searcher, Set<Long> stories)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    StoryGroups groups = StoryGroups.of(reader);
    List<LeafReaderContext> leaves = reader.leaves();
    Map<Long, List<long[]>> out = new HashMap<>();
    for (long s : stories) {
      List<long[]> pages = new ArrayList<>();
      for (int doc : groups.pagesOf(s)) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedNumericDocValues published =
            DocValues.getSortedNumeric(leaf.reader(), IndexSchema.PUBLISHED);
        long day =
            published.advanceExact(doc - leaf.docBase) ? published.nextValue() : Long.MIN_VALUE;
        pages.add(new long[] {doc, day});
      }
      if (!pages.isEmpty()) out.put(s, pages);
    }
    return out;
  }
}
