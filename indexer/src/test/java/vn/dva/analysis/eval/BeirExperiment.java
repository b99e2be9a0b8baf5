package vn.dva.analysis.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.dva.extract.ExtractedDocument;
import vn.dva.index.DocumentIndexer;
import vn.dva.search.InvalidQueryException;
import vn.dva.search.SearchRequest;
import vn.dva.search.SearchResponse;
import vn.dva.search.SearchService;

/**
 * Cheap relevance experiments: indexes a BEIR collection once into a kept directory (reused when it
 * already holds an index), then runs every query as typed and unaccented once per setting. A
 * setting is a comma-separated list of {@code name=value} system properties set before its run
 * (knobs the code under test reads while one experiments, e.g. a weight read with {@code
 * System.getProperty} in {@code QueryBuilder}, removed once measured), {@code -} for the defaults.
 * Ranks by {@link SearchService#matchQuery} and a plain top-100, which gives the figures of {@code
 * dva relevance --beir} several times faster; {@code -Dfull=true} runs the whole {@link
 * SearchService#search} instead. Not a test; run by hand:
 *
 * <pre>
 * java -cp indexer/target/classes:indexer/target/test-classes:$(cat cp.txt) \
 *   vn.dva.analysis.eval.BeirExperiment ../shared/ir/vire-alqac /tmp/alqac-index - a=1,b=2
 * </pre>
 */
public final class BeirExperiment {

  private static final boolean FULL = Boolean.getBoolean("full");

  private BeirExperiment() {}

  public static void main(String[] args) throws IOException {
    BeirCollection c = BeirCollection.read(Path.of(args[0]));
    Path index = Path.of(args[1]);
    if (!Files.isDirectory(index)) {
      try (DocumentIndexer indexer = DocumentIndexer.open(index)) {
        for (BeirCollection.Passage p : c.passages()) {
          indexer.add(
              new ExtractedDocument(
                  p.id(), null, p.title(), null, null, null, "txt", p.text(), null, null));
        }
        indexer.commit();
      }
    }
    try (SearchService service = SearchService.open(index, false, 1)) {
      for (int i = 2; i < args.length; i++) {
        List<String> set = new ArrayList<>();
        if (!args[i].equals("-")) {
          for (String kv : args[i].split(",")) {
            String[] p = kv.split("=", 2);
            System.setProperty(p[0], p[1]);
            set.add(p[0]);
          }
        }
        RankingMetrics typed = run(service, c, false);
        RankingMetrics plain = run(service, c, true);
        System.out.printf(
            Locale.ROOT,
            "%s %-50s typed %.2f (mrr %.2f)  unaccented %.2f (mrr %.2f)%n",
            c.name(),
            args[i],
            typed.ndcg10(),
            typed.mrr10(),
            plain.ndcg10(),
            plain.mrr10());
        for (String k : set) System.clearProperty(k);
      }
    }
  }

  private static RankingMetrics run(SearchService service, BeirCollection c, boolean strip)
      throws IOException {
    List<RankingMetrics> all = new ArrayList<>();
    for (BeirCollection.Query q : c.queries()) {
      List<String> ranking = new ArrayList<>();
      String text = strip ? BeirEvaluation.unaccented(q.text()) : q.text();
      try {
        SearchRequest request =
            SearchRequest.builder().query(text).size(BeirEvaluation.DEPTH).collapse(false).build();
        if (FULL) {
          for (SearchResponse.Hit hit : service.search(request).hits()) ranking.add(hit.id());
        } else {
          org.apache.lucene.search.Query query = service.matchQuery(request);
          service.withSearcher(
              s -> {
                var stored = s.storedFields();
                for (var sd : s.search(query, BeirEvaluation.DEPTH).scoreDocs)
                  ranking.add(stored.document(sd.doc).get(vn.dva.index.IndexSchema.ID));
                return null;
              });
        }
      } catch (InvalidQueryException e) {
        // counts as nothing found
      }
      all.add(RankingMetrics.of(ranking, c.relevant().getOrDefault(q.id(), Set.of())));
    }
    return RankingMetrics.mean(all);
  }
}
