package vn.dva.analysis.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import vn.dva.extract.DocumentExtractor;
import vn.dva.extract.ExtractedDocument;
import vn.dva.extract.ExtractionException;
import vn.dva.index.DocumentIndexer;
import vn.dva.search.InvalidQueryException;
import vn.dva.search.SearchRequest;
import vn.dva.search.SearchResponse;
import vn.dva.search.SearchService;

/**
 * Runs a judged query set against the corpus once per {@link SearchSetup}: each page is extracted
 * as for indexing (title and main text), indexed in memory, and every query scored by the rank of
 * its first relevant page. A query passes when a relevant page is in the top {@value #PASS_DEPTH}
 * and no forbidden page is in the top {@value #DEPTH}; MRR counts ranks down to {@value #DEPTH}.
 */
public final class RelevanceEvaluation {

  /** The judged set shipped with dva, next to this class. */
  public static final String BUNDLED = "relevance-queries.tsv";

  /** Queries of this kind are decomposed to NFD before they run. */
  public static final String NFD = "nfd";

  /** Ranks looked at. */
  public static final int DEPTH = 10;

  /** A relevant page must be this high for the query to pass. */
  public static final int PASS_DEPTH = 3;

  /** How one query fared: rank of the first relevant page (0 when none in the top 10). */
  public record Outcome(JudgedQuery query, int rank, boolean forbiddenFound, List<String> top) {
    /** Whether the query passed. */
    public boolean passed() {
      return rank >= 1 && rank <= PASS_DEPTH && !forbiddenFound;
    }
  }

  /** All outcomes of one setup, with its pass rate and mean reciprocal rank. */
  public record Result(SearchSetup setup, List<Outcome> outcomes) {
    /** Share of queries that passed, 0–1. */
    public double passRate() {
      return outcomes.isEmpty()
          ? 0
          : outcomes.stream().filter(Outcome::passed).count() / (double) outcomes.size();
    }

    /**
     * Mean reciprocal rank of the first relevant page (0 for a query whose forbidden page shows).
     */
    public double mrr() {
      return outcomes.stream()
          .mapToDouble(o -> o.rank() == 0 || o.forbiddenFound() ? 0 : 1.0 / o.rank())
          .average()
          .orElse(0);
    }
  }

  private final Map<String, ExtractedDocument> pages;

  private RelevanceEvaluation(Map<String, ExtractedDocument> pages) {
    this.pages = pages;
  }

  /**
   * Extracts every page under {@code corpus} (.html, .htm, .txt; ids are paths relative to it with
   * {@code /}).
   *
   * @throws IllegalArgumentException when {@code corpus} is not a folder or holds no page
   */
  public static RelevanceEvaluation over(Path corpus) throws IOException {
    if (corpus == null || !Files.isDirectory(corpus)) {
      throw new IllegalArgumentException("no corpus folder at " + corpus);
    }
    DocumentExtractor extractor = new DocumentExtractor();
    Map<String, ExtractedDocument> pages = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> p.toString().matches(".*\\.(html?|txt)$"))
              .sorted()
              .toList();
    }
    for (Path file : files) {
      String id = corpus.relativize(file).toString().replace('\\', '/');
      try {
        pages.put(id, extractor.extract(file));
      } catch (ExtractionException e) {
        throw new IllegalArgumentException(
            "cannot extract corpus page " + file + ": " + e.getMessage(), e);
      }
    }
    if (pages.isEmpty())
      throw new IllegalArgumentException("no .html or .txt pages under " + corpus);
    return new RelevanceEvaluation(pages);
  }

  /** The judged set shipped with dva. */
  public static List<JudgedQuery> bundledQueries() {
    try (InputStream in = RelevanceEvaluation.class.getResourceAsStream(BUNDLED)) {
      if (in == null) throw new IllegalStateException("missing resource " + BUNDLED);
      return JudgedQuery.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Page ids, in corpus order. */
  public List<String> pageIds() {
    return List.copyOf(pages.keySet());
  }

  /**
   * Runs {@code queries} with {@code setup}.
   *
   * @throws IllegalArgumentException when a judgment names a page the corpus does not have
   */
  public Result run(SearchSetup setup, List<JudgedQuery> queries) throws IOException {
    for (JudgedQuery q : queries) {
      for (String page : q.relevant()) requirePage(page, q);
      for (String page : q.forbidden()) requirePage(page, q);
    }
    if (setup == SearchSetup.PRODUCT) return runProduct(queries);
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer =
          new IndexWriter(dir, new IndexWriterConfig(setup.indexAnalyzer()))) {
        for (Map.Entry<String, ExtractedDocument> page : pages.entrySet()) {
          Document doc = new Document();
          doc.add(new StringField("id", page.getKey(), Field.Store.YES));
          String all = page.getValue().title() + "\n" + page.getValue().text();
          doc.add(new TextField(SearchSetup.TITLE, page.getValue().title(), Field.Store.NO));
          doc.add(new TextField(SearchSetup.ALL, all, Field.Store.NO));
          if (setup.wantsShingles())
            doc.add(new TextField(SearchSetup.SHINGLES, all, Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<Outcome> outcomes = new ArrayList<>();
        for (JudgedQuery q : queries) outcomes.add(outcome(searcher, setup, q));
        return new Result(setup, outcomes);
      }
    }
  }

  /** Indexes the corpus as {@code dva index} does and asks {@link SearchService} each query. */
  private Result runProduct(List<JudgedQuery> queries) throws IOException {
    Path dir = Files.createTempDirectory("dva-relevance");
    try {
      try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
        for (Map.Entry<String, ExtractedDocument> page : pages.entrySet()) {
          ExtractedDocument d = page.getValue();
          indexer.add(
              new ExtractedDocument(
                  page.getKey(),
                  d.url(),
                  d.title(),
                  d.published(),
                  d.province(),
                  d.source(),
                  d.format(),
                  d.text(),
                  d.citations(),
                  d.reviews(),
                  d.relations()));
        }
        indexer.commit();
      }
      List<Outcome> outcomes = new ArrayList<>();
      try (SearchService service = SearchService.open(dir)) {
        for (JudgedQuery q : queries) {
          List<String> top = new ArrayList<>();
          try {
            SearchRequest request = SearchRequest.builder().query(typed(q)).size(DEPTH).build();
            for (SearchResponse.Hit hit : service.search(request).hits()) top.add(hit.id());
          } catch (InvalidQueryException unparseable) {
            // the product refuses the query: it finds nothing for it
          }
          outcomes.add(outcome(q, top));
        }
      }
      return new Result(SearchSetup.PRODUCT, outcomes);
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static String typed(JudgedQuery q) {
    return NFD.equals(q.kind()) ? Normalizer.normalize(q.query(), Normalizer.Form.NFD) : q.query();
  }

  private void requirePage(String page, JudgedQuery q) {
    if (!pages.containsKey(page)) {
      throw new IllegalArgumentException(
          "query '" + q.query() + "' judges page " + page + ", which is not in the corpus");
    }
  }

  private static Outcome outcome(IndexSearcher searcher, SearchSetup setup, JudgedQuery q)
      throws IOException {
    List<String> top = new ArrayList<>();
    try {
      for (ScoreDoc sd : searcher.search(setup.query(typed(q)), DEPTH).scoreDocs) {
        top.add(searcher.storedFields().document(sd.doc).get("id"));
      }
    } catch (ParseException | IllegalArgumentException | IndexSearcher.TooManyClauses unparseable) {
      // a setup that cannot even parse the query finds nothing for it
    }
    return outcome(q, top);
  }

  private static Outcome outcome(JudgedQuery q, List<String> top) {
    int rank = 0;
    for (int i = 0; i < top.size() && rank == 0; i++)
      if (q.relevant().contains(top.get(i))) rank = i + 1;
    boolean forbidden = top.stream().anyMatch(q.forbidden()::contains);
    return new Outcome(q, rank, forbidden, top);
  }
}
