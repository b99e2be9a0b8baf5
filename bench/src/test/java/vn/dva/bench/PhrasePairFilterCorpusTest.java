package vn.dva.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.analysis.VietnameseAnalyzer;
import vn.dva.index.DocumentIndexer;
import vn.dva.search.QueryBuilder;

/**
 * The syllable-pair filter of phrase queries over the generated corpus: every query of the bench
 * set, as typed and quoted, finds the same hits with the same scores with and without it.
 */
class PhrasePairFilterCorpusTest {

  @TempDir Path dir;

  @Test
  void everyBenchQueryFindsTheSameHitsWithAndWithoutPairFilters() throws Exception {
    CorpusGenerator generator = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      for (long i = 0; i < 300; i++) indexer.add(PageExtraction.extract(generator.page(i)));
      indexer.commit();
    }
    Set<String> queries = new LinkedHashSet<>();
    for (BenchQuery q : QuerySet.mixed(CorpusGenerator.DEFAULT_SEED)) {
      if (q.text().isBlank()) continue;
      queries.add(q.text());
      if (!q.text().contains("\"") && q.text().contains(" ")) queries.add("\"" + q.text() + "\"");
    }
    QueryBuilder filtered = new QueryBuilder(new VietnameseAnalyzer(), true);
    QueryBuilder plain = new QueryBuilder(new VietnameseAnalyzer(), false);
    int narrowed = 0;
    int matched = 0;
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (String typed : queries) {
        Query with = filtered.parse(typed).query();
        Query without = plain.parse(typed).query();
        if (with.toString().contains("#text_pairs:")) narrowed++;
        List<String> hits = hits(searcher, with);
        if (!hits.isEmpty()) matched++;
        assertThat(hits).as(typed).isEqualTo(hits(searcher, without));
      }
    }
    assertThat(narrowed).as("queries with a pair filter").isGreaterThanOrEqualTo(8);
    assertThat(matched).as("queries with hits").isGreaterThan(queries.size() / 2);
  }

  private static List<String> hits(IndexSearcher searcher, Query query) throws Exception {
    List<String> out = new ArrayList<>();
    int all = Math.max(1, searcher.getIndexReader().maxDoc());
    for (ScoreDoc sd : searcher.search(query, all).scoreDocs) out.add(sd.doc + " " + sd.score);
    return out;
  }
}
