package vn.dva.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import vn.dva.dedup.StoryCollapser;
import vn.dva.dedup.StoryLinker;
import vn.dva.index.IndexSchema;

/**
 * Builds the hits of one result page: stored fields plus a highlighted snippet of the text.
 *
 * <p>Each document is read from the stored fields once, only the fields a hit shows plus the text,
 * and the highlighter is handed that text instead of decompressing the document a second time.
 * Thread-safe: one instance serves one reader for any number of searches.
 */
final class HitPage {

  /** Longest text highlighted, in characters; longer text is cut (articles are far shorter). */
  static final int MAX_HIGHLIGHT_CHARS = 200_000;

  /** Snippet length when no passage matches: the opening of the text. */
  private static final int LEAD_CHARS = 240;

  /** The stored fields a hit needs. */
  private static final Set<String> FIELDS =
      Set.of(
          IndexSchema.ID,
          IndexSchema.TITLE,
          IndexSchema.URL,
          IndexSchema.PROVINCE,
          IndexSchema.PROVINCE_NOW,
          IndexSchema.PUBLISHED_ISO,
          IndexSchema.SOURCE,
          IndexSchema.CITATIONS_JSON,
          IndexSchema.TEXT_SOURCE,
          IndexSchema.TEXT);

  private static final DefaultPassageFormatter FORMATTER =
      new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);

  private final IndexSearcher searcher;

  /** Read-only after construction; each search builds its highlighter from it. */
  private final UnifiedHighlighter.Builder highlighterSettings;

  /**
   * Where the text's offsets come from, decided once per reader: Lucene's highlighter would merge
   * every segment's field infos on each search to find out (1% of a broad search's time).
   */
  private final UnifiedHighlighter.OffsetSource textOffsets;

  HitPage(IndexSearcher searcher, org.apache.lucene.analysis.Analyzer analyzer) {
    this.searcher = searcher;
    var text =
        FieldInfos.getMergedFieldInfos(searcher.getIndexReader()).fieldInfo(IndexSchema.TEXT);
    this.textOffsets =
        text != null
                && text.getIndexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS
            ? UnifiedHighlighter.OffsetSource.POSTINGS
            : UnifiedHighlighter.OffsetSource.ANALYSIS;
    this.highlighterSettings =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(FORMATTER)
            .withMaxLength(MAX_HIGHLIGHT_CHARS);
  }

  /** The hits for {@code page}, in its order; {@code highlightQuery} may be null (no marks). */
  List<SearchResponse.Hit> hits(ScoreDoc[] page, Query highlightQuery) throws IOException {
    StoredFields stored = searcher.storedFields();
    Document[] docs = new Document[page.length];
    Map<Integer, String> texts = new HashMap<>();
    for (int i = 0; i < page.length; i++) {
      docs[i] = stored.document(page[i].doc, FIELDS);
      String text = docs[i].get(IndexSchema.TEXT);
      if (text != null) texts.put(page[i].doc, text);
    }
    String[] snippets = snippets(highlightQuery, page, texts);
    List<SearchResponse.Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document doc = docs[i];
      StoryCollapser.Ranked story = StoryCollapser.storyOf(searcher.getIndexReader(), page[i]);
      String published = doc.get(IndexSchema.PUBLISHED_ISO);
      hits.add(
          new SearchResponse.Hit(
              doc.get(IndexSchema.ID),
              doc.get(IndexSchema.TITLE),
              doc.get(IndexSchema.URL),
              doc.get(IndexSchema.PROVINCE),
              doc.get(IndexSchema.PROVINCE_NOW),
              published == null ? null : LocalDate.parse(published),
              doc.get(IndexSchema.SOURCE),
              Float.isNaN(page[i].score) ? 0f : page[i].score,
              snippets[i] != null ? snippets[i] : lead(doc.get(IndexSchema.TEXT)),
              SearchService.citations(doc),
              IndexSchema.TEXT_SOURCE_OCR.equals(doc.get(IndexSchema.TEXT_SOURCE)),
              StoryLinker.format(story.story()),
              story.versions(),
              List.of()));
    }
    return hits;
  }

  private String[] snippets(Query highlightQuery, ScoreDoc[] page, Map<Integer, String> texts)
      throws IOException {
    if (highlightQuery == null || page.length == 0) return new String[page.length];
    UnifiedHighlighter highlighter =
        new UnifiedHighlighter(highlighterSettings) {
          @Override
          protected OffsetSource getOffsetSource(String field) {
            return textOffsets; // only the text field is highlighted
          }

          @Override
          protected List<CharSequence[]> loadFieldValues(
              String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
            // Only the text field is highlighted; its value was read with the other fields.
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; ) {
              String text = texts.getOrDefault(doc, "");
              if (text.length() > MAX_HIGHLIGHT_CHARS)
                text = text.substring(0, MAX_HIGHLIGHT_CHARS);
              CharSequence[] perField = new CharSequence[fields.length];
              java.util.Arrays.fill(perField, text);
              values.add(perField);
              doc = docs.nextDoc();
            }
            return values;
          }
        };
    TopDocs pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
    String[] snippets = highlighter.highlight(IndexSchema.TEXT, highlightQuery, pageDocs, 2);
    for (int i = 0; i < snippets.length; i++) {
      // The formatter also escapes '/', which HTML does not need: keep dates and numbers readable.
      if (snippets[i] != null) snippets[i] = snippets[i].replace("&#x2F;", "/");
    }
    return snippets;
  }

  private static String lead(String text) {
    if (text == null) return "";
    String t = text.length() <= LEAD_CHARS ? text : text.substring(0, LEAD_CHARS) + "…";
    return SearchService.escapeHtml(t);
  }
}
