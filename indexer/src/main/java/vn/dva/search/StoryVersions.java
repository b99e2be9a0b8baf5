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
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import vn.dva.dedup.StoryLinker;
import vn.dva.index.IndexSchema;

/**
 * The other pages of the stories on a result page ("N bản đăng lại"): source, date and link of
 * each, read with one doc-values query for the whole page. Thread-safe.
 */
final class StoryVersions {

  /** Other versions listed per hit, at most; the story filter shows all of them. */
  static final int MAX_SHOWN = 20;

  /** Pages read for one result page, at most (a huge group must not slow the page down). */
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
    long[] values = stories.stream().mapToLong(Long::longValue).toArray();
    ScoreDoc[] docs =
        searcher.search(NumericDocValuesField.newSlowSetQuery(IndexSchema.STORY, values), MAX_READ)
            .scoreDocs;
    Map<String, List<SearchResponse.Version>> byStory = new HashMap<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : docs) {
      String story =
          StoryLinker.format(
              vn.dva.dedup.StoryCollapser.storyOf(searcher.getIndexReader(), sd).story());
      Document d = stored.document(sd.doc, FIELDS);
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
}
