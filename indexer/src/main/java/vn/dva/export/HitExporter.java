package vn.dva.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import vn.dva.dedup.StoryCollapser;
import vn.dva.dedup.StoryLinker;
import vn.dva.extract.DirectiveCitation;
import vn.dva.index.IndexSchema;
import vn.dva.search.Scoring;
import vn.dva.search.SearchRequest;
import vn.dva.search.SearchService;

/**
 * Streams every hit of a search, in the search's order, to a {@link RowWriter}.
 *
 * <p>Hits are fetched {@value #PAGE} at a time with {@code searchAfter} from one point-in-time
 * reader held for the whole export, so rows are neither lost nor repeated when the index changes
 * meanwhile, and memory holds one page whatever the number of hits. The export runs on the caller's
 * thread only, with its own single-threaded searcher, so a long export does not take the search
 * threads other users need. It stops, with the exception, as soon as writing fails (a client that
 * disconnected) or the thread is interrupted. Thread-safe: one instance serves any number of
 * exports at once.
 */
public final class HitExporter implements Exporter {

  /** Hits fetched per {@code searchAfter} call. */
  public static final int PAGE = 1_000;

  /** Length of the {@code lead} column, in characters. */
  public static final int LEAD_CHARS = 300;

  /** Stored fields read per hit. */
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
          IndexSchema.TEXT);

  private final SearchService search;

  public HitExporter(SearchService search) {
    this.search = Objects.requireNonNull(search, "search");
  }

  @Override
  public long count(SearchRequest request) throws IOException {
    Query query = search.matchQuery(request);
    return search.withSearcher(s -> (long) new IndexSearcher(s.getIndexReader()).count(query));
  }

  @Override
  public Summary export(
      SearchRequest request, RowWriter out, long skip, long limit, Progress progress)
      throws IOException {
    Query query = search.matchQuery(request);
    Sort sort = SearchService.luceneSort(request.sort());
    long max = limit < 0 ? Long.MAX_VALUE : limit;
    return search.withSearcher(
        shared -> {
          // Same reader as the shared searcher, but no executor: this export stays on one thread.
          IndexSearcher searcher = Scoring.apply(new IndexSearcher(shared.getIndexReader()));
          StoredFields stored = searcher.storedFields();
          long total = searcher.count(query);
          long written = 0;
          long skipped = 0;
          ScoreDoc after = null;
          while (written < max) {
            if (Thread.currentThread().isInterrupted())
              throw new InterruptedIOException("export interrupted after " + written + " rows");
            TopDocs page = next(searcher, query, sort, after);
            if (page.scoreDocs.length == 0) break;
            for (ScoreDoc sd : page.scoreDocs) {
              if (skipped < skip) {
                skipped++;
                continue;
              }
              if (written >= max) break;
              out.write(
                  row(
                      stored.document(sd.doc, FIELDS),
                      StoryCollapser.storyOf(searcher.getIndexReader(), sd)));
              written++;
            }
            after = page.scoreDocs[page.scoreDocs.length - 1];
            out.flush();
            progress.rows(written, Math.min(total - skip, max));
          }
          out.flush();
          progress.rows(written, Math.min(Math.max(0, total - skip), max));
          return new Summary(written, total);
        });
  }

  private static TopDocs next(IndexSearcher searcher, Query query, Sort sort, ScoreDoc after)
      throws IOException {
    if (sort == Sort.RELEVANCE) return searcher.searchAfter(after, query, PAGE);
    return searcher.searchAfter((FieldDoc) after, query, PAGE, sort, false);
  }

  static ExportRow row(Document doc, StoryCollapser.Ranked story) {
    return row(doc, StoryLinker.format(story.story()), story.versions());
  }

  /**
   * The row of a document's stored fields (id, title, url, province, province_now, published_iso,
   * source, citations_json, text) in story {@code story} of {@code versions} pages.
   */
  public static ExportRow row(Document doc, String story, int versions) {
    String published = doc.get(IndexSchema.PUBLISHED_ISO);
    Set<String> numbers = new LinkedHashSet<>();
    for (DirectiveCitation c : SearchService.citations(doc)) numbers.add(c.number());
    return new ExportRow(
        doc.get(IndexSchema.ID),
        doc.get(IndexSchema.TITLE),
        doc.get(IndexSchema.URL),
        doc.get(IndexSchema.PROVINCE),
        doc.get(IndexSchema.PROVINCE_NOW),
        published == null ? null : LocalDate.parse(published),
        doc.get(IndexSchema.SOURCE),
        List.copyOf(new ArrayList<>(numbers)),
        lead(doc.get(IndexSchema.TEXT)),
        story,
        versions);
  }

  private static String lead(String text) {
    if (text == null) return "";
    // Only the opening is looked at: the whole text may be long.
    String head = text.length() > LEAD_CHARS * 2 ? text.substring(0, LEAD_CHARS * 2) : text;
    String t = head.strip().replaceAll("\\s+", " ");
    if (t.length() <= LEAD_CHARS) return t;
    int cut = t.lastIndexOf(' ', LEAD_CHARS);
    return t.substring(0, cut > LEAD_CHARS / 2 ? cut : LEAD_CHARS) + "…";
  }
}
