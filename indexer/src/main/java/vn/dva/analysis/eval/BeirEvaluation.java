package vn.dva.analysis.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import vn.dva.extract.ExtractedDocument;
import vn.dva.index.DocumentIndexer;
import vn.dva.search.InvalidQueryException;
import vn.dva.search.SearchRequest;
import vn.dva.search.SearchResponse;
import vn.dva.search.SearchService;

/**
 * Runs a {@link BeirCollection} through the shipped path: every passage written by {@link
 * DocumentIndexer} to a temporary index on disk (title and text as the collection gives them),
 * every query sent to {@link SearchService} as typed and then with its accents stripped, the top
 * {@value #DEPTH} ids scored by {@link RankingMetrics}. A Lucene {@link StandardAnalyzer} index of
 * the same passages, queried with every word optional (OR), is run beside it as the baseline.
 * Near-duplicate passages are not collapsed into stories: each passage is judged on its own. A
 * query the service refuses counts as finding nothing and is counted in {@link Run#refused()}.
 */
public final class BeirEvaluation {

  /** Ranks retrieved per query (R@100 needs 100). */
  public static final int DEPTH = 100;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** How one setup fared over the whole query set. */
  public record Run(String label, RankingMetrics metrics, int refused) {}

  /** The four runs of one collection, in the order dva typed, dva unaccented, baseline ×2. */
  public record Report(BeirCollection collection, List<Run> runs) {

    /** dva with the queries as typed. */
    public Run typed() {
      return runs.get(0);
    }

    /** dva with the queries' accents stripped. */
    public Run unaccented() {
      return runs.get(1);
    }

    /** The table and, last, the one-line summary. */
    public String format() {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              Locale.ROOT,
              "collection %s: %d queries, %d passages; percent, binary gains%n%n",
              collection.name(),
              collection.queries().size(),
              collection.passages().size()));
      out.append(
          String.format(
              Locale.ROOT,
              "%-44s %8s %7s %6s %6s %6s %8s%n",
              "setup",
              "nDCG@10",
              "MRR@10",
              "P@1",
              "R@10",
              "R@100",
              "refused"));
      for (Run r : runs) {
        RankingMetrics m = r.metrics();
        out.append(
            String.format(
                Locale.ROOT,
                "%-44s %8.2f %7.2f %6.2f %6.2f %6.2f %8d%n",
                r.label(),
                m.ndcg10(),
                m.mrr10(),
                m.p1(),
                m.r10(),
                m.r100(),
                r.refused()));
      }
      out.append('\n').append(summary()).append('\n');
      return out.toString();
    }

    /** {@code relevance: collection=NAME queries=N ndcg10=… mrr10=… recall100=… …}. */
    public String summary() {
      return String.format(
          Locale.ROOT,
          "relevance: collection=%s queries=%d ndcg10=%.2f mrr10=%.2f recall100=%.2f"
              + " ndcg10_unaccented=%.2f mrr10_unaccented=%.2f",
          collection.name(),
          collection.queries().size(),
          typed().metrics().ndcg10(),
          typed().metrics().mrr10(),
          typed().metrics().r100(),
          unaccented().metrics().ndcg10(),
          unaccented().metrics().mrr10());
    }
  }

  private BeirEvaluation() {}

  /** Indexes {@code collection}, runs its queries four ways, and deletes the index. */
  public static Report run(BeirCollection collection) throws IOException {
    List<Run> runs = new ArrayList<>();
    Path dir = Files.createTempDirectory("dva-beir");
    try {
      try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
        for (BeirCollection.Passage p : collection.passages()) {
          indexer.add(
              new ExtractedDocument(
                  p.id(), null, p.title(), null, null, null, "txt", p.text(), null, null));
        }
        indexer.commit();
      }
      try (SearchService service = SearchService.open(dir, false, 1)) {
        runs.add(dva(service, collection, false));
        runs.add(dva(service, collection, true));
      }
    } finally {
      delete(dir);
    }
    runs.addAll(standard(collection));
    return new Report(collection, runs);
  }

  /** {@code text} without its accents: NFD, combining marks dropped, đ/Đ as d/D, NFC again. */
  public static String unaccented(String text) {
    String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return bare.replace('đ', 'd').replace('Đ', 'D');
  }

  private static Run dva(SearchService service, BeirCollection c, boolean strip)
      throws IOException {
    List<RankingMetrics> all = new ArrayList<>();
    int refused = 0;
    for (BeirCollection.Query q : c.queries()) {
      List<String> ranking = new ArrayList<>();
      String text = strip ? unaccented(q.text()) : q.text();
      try {
        SearchRequest request =
            SearchRequest.builder().query(text).size(DEPTH).collapse(false).build();
        for (SearchResponse.Hit hit : service.search(request).hits()) ranking.add(hit.id());
      } catch (InvalidQueryException e) {
        refused++;
      }
      all.add(RankingMetrics.of(ranking, c.relevant().getOrDefault(q.id(), Set.of())));
    }
    String label = "dva search as shipped, " + (strip ? "unaccented" : "as typed");
    return new Run(label, RankingMetrics.mean(all), refused);
  }

  /** The baseline: StandardAnalyzer over title and text in one field, every word optional. */
  private static List<Run> standard(BeirCollection c) throws IOException {
    StandardAnalyzer analyzer = new StandardAnalyzer();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        for (BeirCollection.Passage p : c.passages()) {
          Document doc = new Document();
          doc.add(new StringField("id", p.id(), Field.Store.YES));
          doc.add(new TextField("all", p.title() + "\n" + p.text(), Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      List<Run> runs = new ArrayList<>();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        QueryBuilder builder = new QueryBuilder(analyzer);
        for (boolean strip : new boolean[] {false, true}) {
          List<RankingMetrics> all = new ArrayList<>();
          for (BeirCollection.Query q : c.queries()) {
            String text = strip ? unaccented(q.text()) : q.text();
            Query query = builder.createBooleanQuery("all", text, BooleanClause.Occur.SHOULD);
            List<String> ranking = new ArrayList<>();
            if (query != null) {
              for (ScoreDoc sd : searcher.search(query, DEPTH).scoreDocs)
                ranking.add(searcher.storedFields().document(sd.doc).get("id"));
            }
            all.add(RankingMetrics.of(ranking, c.relevant().getOrDefault(q.id(), Set.of())));
          }
          String label = "StandardAnalyzer, any word (OR), " + (strip ? "unaccented" : "as typed");
          runs.add(new Run(label, RankingMetrics.mean(all), 0));
        }
      }
      return runs;
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
