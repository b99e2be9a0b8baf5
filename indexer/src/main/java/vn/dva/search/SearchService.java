package vn.dva.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.dva.extract.DirectiveCitation;
import vn.dva.extract.DirectiveExtractor;
import vn.dva.index.IndexSchema;

/**
 * The one search service behind the CLI, the JSON API and the HTML pages.
 *
 * <p>Opens the index read-only through a {@link SearcherManager}; {@link #refresh()} picks up new
 * commits. Thread-safe: any number of searches may run at once.
 */
public final class SearchService implements Closeable {

  /** Facet dimensions reported with every search, with the number of values shown for each. */
  private static final Map<String, Integer> FACET_LIMITS = new LinkedHashMap<>();

  static {
    FACET_LIMITS.put(IndexSchema.FACET_PROVINCE, 100);
    FACET_LIMITS.put(IndexSchema.FACET_PROVINCE_NOW, 100);
    FACET_LIMITS.put(IndexSchema.FACET_YEAR, 100);
    FACET_LIMITS.put(IndexSchema.FACET_MONTH, 1000);
    FACET_LIMITS.put(IndexSchema.FACET_TYPE, 50);
    FACET_LIMITS.put(IndexSchema.FACET_DIRECTIVE, 30);
    FACET_LIMITS.put(IndexSchema.FACET_IDENTITY, 30);
    FACET_LIMITS.put(IndexSchema.FACET_SOURCE, 50);
  }

  /** Snippet length when no passage matches: the opening of the text. */
  private static final int LEAD_CHARS = 240;

  private static final TypeReference<List<DirectiveCitation>> CITATIONS = new TypeReference<>() {};

  private final Directory directory;
  private final SearcherManager manager;
  private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();
  private final Analyzer analyzer = IndexSchema.analyzer();
  private final QueryBuilder queryBuilder = new QueryBuilder(analyzer);
  private volatile FacetState facetState;

  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

  private SearchService(Directory directory, SearcherManager manager) {
    this.directory = directory;
    this.manager = manager;
  }

  /**
   * Opens the index in {@code indexDir}.
   *
   * @throws IOException when there is no index there (the message says to run {@code dva index})
   */
  public static SearchService open(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      throw new IOException(
          "no index at " + indexDir + ": run 'dva index --index " + indexDir + " PATH…' first");
    }
    Directory dir = FSDirectory.open(indexDir);
    if (!DirectoryReader.indexExists(dir)) {
      dir.close();
      throw new IOException(
          "no index at " + indexDir + ": run 'dva index --index " + indexDir + " PATH…' first");
    }
    return new SearchService(dir, new SearcherManager(dir, null));
  }

  /** Picks up documents committed since the last refresh. */
  public void refresh() throws IOException {
    manager.maybeRefresh();
  }

  /** The analyzer used for queries (the same as for indexing). */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** Work that needs a searcher, e.g. for the review tracker; the searcher is released after. */
  @FunctionalInterface
  public interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** Runs {@code work} with a current searcher, releasing it afterwards. */
  public <T> T withSearcher(SearcherWork<T> work) throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      return work.apply(searcher);
    } finally {
      manager.release(searcher);
    }
  }

  /** Number of documents in the index. */
  public int documentCount() throws IOException {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  /**
   * Runs a search.
   *
   * @throws InvalidQueryException when the query text cannot be parsed
   */
  public SearchResponse search(SearchRequest request) throws IOException {
    QueryBuilder.ParsedQuery parsed = queryBuilder.parse(request.query());
    return withSearcher(searcher -> run(searcher, request, parsed));
  }

  /** Parses a query as search would, without running it: for validation and "did you mean". */
  public QueryBuilder.ParsedQuery parse(String query) {
    return queryBuilder.parse(query);
  }

  private SearchResponse run(
      IndexSearcher searcher, SearchRequest r, QueryBuilder.ParsedQuery parsed) throws IOException {
    Query base = withDateRange(parsed.query(), r.from(), r.to());
    DrillDownQuery ddq = new DrillDownQuery(facetsConfig, base);
    r.provinces().forEach(v -> ddq.add(IndexSchema.FACET_PROVINCE, v));
    r.provincesNow().forEach(v -> ddq.add(IndexSchema.FACET_PROVINCE_NOW, v));
    r.years().forEach(v -> ddq.add(IndexSchema.FACET_YEAR, Integer.toString(v)));
    r.types().forEach(v -> ddq.add(IndexSchema.FACET_TYPE, v.strip()));
    r.sources().forEach(v -> ddq.add(IndexSchema.FACET_SOURCE, v));
    for (String d : r.directives()) ddq.add(IndexSchema.FACET_DIRECTIVE, canonicalDirective(d));

    SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
    int topN = r.page() * r.size();
    TopDocs top;
    Map<String, Map<String, Integer>> facets;
    if (state == null) {
      top =
          searcher.search(
              ddq, topN, sortFor(r.sort()) == null ? Sort.RELEVANCE : sortFor(r.sort()), true);
      facets = new LinkedHashMap<>();
      FACET_LIMITS.keySet().forEach(dim -> facets.put(dim, Map.of()));
    } else {
      DrillSideways ds = new DrillSideways(searcher, facetsConfig, state);
      Sort sort = sortFor(r.sort());
      DrillSideways.DrillSidewaysResult result =
          sort == null
              ? ds.search((ScoreDoc) null, ddq, topN)
              : ds.search(ddq, null, null, topN, sort, true);
      top = result.hits;
      facets = facetCounts(result.facets);
    }
    List<SearchResponse.Hit> hits = hits(searcher, top, parsed, (r.page() - 1) * r.size());
    return new SearchResponse(top.totalHits.value(), hits, facets, r.page(), r.size());
  }

  private List<SearchResponse.Hit> hits(
      IndexSearcher searcher, TopDocs top, QueryBuilder.ParsedQuery parsed, int offset)
      throws IOException {
    List<SearchResponse.Hit> hits = new ArrayList<>();
    if (offset >= top.scoreDocs.length) return hits;
    ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, offset, top.scoreDocs.length);
    String[] snippets = snippets(searcher, parsed.highlightQuery(), page);
    for (int i = 0; i < page.length; i++) {
      Document doc = searcher.storedFields().document(page[i].doc);
      String snippet = snippets[i] != null ? snippets[i] : lead(doc.get(IndexSchema.TEXT));
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
              snippet,
              citations(doc)));
    }
    return hits;
  }

  private String[] snippets(IndexSearcher searcher, Query highlightQuery, ScoreDoc[] page)
      throws IOException {
    String[] none = new String[page.length];
    if (highlightQuery == null || page.length == 0) return none;
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withMaxLength(200_000)
            .build();
    TopDocs pageDocs =
        new TopDocs(
            new org.apache.lucene.search.TotalHits(
                page.length, org.apache.lucene.search.TotalHits.Relation.EQUAL_TO),
            page);
    String[] snippets = highlighter.highlight(IndexSchema.TEXT, highlightQuery, pageDocs, 2);
    for (int i = 0; i < snippets.length; i++) {
      // The formatter also escapes '/', which HTML does not need: keep dates and numbers readable.
      if (snippets[i] != null) snippets[i] = snippets[i].replace("&#x2F;", "/");
    }
    return snippets;
  }

  /** The citations stored with a document. */
  public static List<DirectiveCitation> citations(Document doc) {
    String json = doc.get(IndexSchema.CITATIONS_JSON);
    if (json == null) return List.of();
    try {
      return Json.read(json, CITATIONS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "stored citations of " + doc.get(IndexSchema.ID) + " are not valid JSON", e);
    }
  }

  private static String lead(String text) {
    if (text == null) return "";
    String t = text.length() <= LEAD_CHARS ? text : text.substring(0, LEAD_CHARS) + "…";
    return escapeHtml(t);
  }

  /** Escapes text for HTML element content and attribute values. */
  public static String escapeHtml(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static Query withDateRange(Query q, LocalDate from, LocalDate to) {
    if (from == null && to == null) return q;
    long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
    long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
    return new BooleanQuery.Builder()
        .add(q, BooleanClause.Occur.MUST)
        .add(LongField.newRangeQuery(IndexSchema.PUBLISHED, lo, hi), BooleanClause.Occur.FILTER)
        .build();
  }

  private static Sort sortFor(SearchRequest.Sort sort) {
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

  /** The canonical form of a directive number typed by a user, or the input upper-cased. */
  public static String canonicalDirective(String typed) {
    List<DirectiveExtractor.NumberMatch> m = DirectiveExtractor.numbersIn(typed);
    return m.isEmpty() ? typed.strip().toUpperCase(java.util.Locale.ROOT) : m.get(0).number();
  }

  private Map<String, Map<String, Integer>> facetCounts(Facets facets) throws IOException {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> dim : FACET_LIMITS.entrySet()) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      FacetResult result;
      try {
        result = facets.getTopChildren(dim.getValue(), dim.getKey());
      } catch (IllegalArgumentException dimensionNotIndexedYet) {
        result = null;
      }
      if (result != null) {
        List<LabelAndValue> values = new ArrayList<>(List.of(result.labelValues));
        if (dim.getKey().equals(IndexSchema.FACET_YEAR)
            || dim.getKey().equals(IndexSchema.FACET_MONTH)) {
          values.sort(Comparator.comparing((LabelAndValue lv) -> lv.label));
        }
        for (LabelAndValue lv : values) counts.put(lv.label, lv.value.intValue());
      }
      out.put(dim.getKey(), counts);
    }
    return out;
  }

  /**
   * Facet state for the reader, rebuilt when the reader changes; null for an index without facets.
   */
  private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    FacetState current = facetState;
    if (current != null && current.reader() == reader) return current.state();
    SortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
    } catch (IllegalArgumentException noFacetField) {
      state = null;
    }
    facetState = new FacetState(reader, state);
    return state;
  }

  @Override
  public void close() throws IOException {
    manager.close();
    directory.close();
  }
}
