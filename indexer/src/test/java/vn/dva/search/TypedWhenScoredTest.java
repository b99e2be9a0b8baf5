package vn.dva.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dva.extract.ExtractedDocument;
import vn.dva.index.DocumentIndexer;
import vn.dva.index.IndexSchema;

/**
 * A word's typed terms read only for scored documents give the same top hits, scores to the last
 * bit, as the word's disjunction, on pages written by the shipped indexer: enough of them (several
 * segments of thousands of pages) that block-max skipping engages, with words whose folded forms
 * collide ("dân", "dần", "dẫn", "dan" all fold to "dan").
 */
class TypedWhenScoredTest {

  private static final String[] WORDS = {
    "dân", "dần", "dẫn", "dan", "vận", "văn", "vân", "van", "hòa", "hoà", "hoa", "giải", "giai",
    "cơ", "có", "co", "sở", "số", "tôn", "tồn", "giáo", "giao", "nghèo", "giảm", "khéo", "xã",
    "hội", "đồng", "bào", "tộc", "thiểu", "mặt", "trận", "tổ", "quốc", "công", "tác", "xây", "dựng",
    "nông", "thôn", "mới", "đại", "đoàn", "kết"
  };

  @TempDir static Path dir;
  private static DirectoryReader reader;
  private static final QueryBuilder BUILDER = new QueryBuilder(IndexSchema.analyzer());

  @BeforeAll
  static void index() throws IOException {
    SplittableRandom random = new SplittableRandom(14);
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      for (int i = 0; i < 4_000; i++) {
        indexer.add(
            new ExtractedDocument(
                "p" + i,
                "https://example.vn/p" + i,
                words(random, 2 + random.nextInt(8)),
                LocalDate.of(2020, 1, 1).plusDays(i % 2_000),
                "Sơn La",
                "example.vn",
                "html",
                words(random, 5 + random.nextInt(random.nextBoolean() ? 30 : 300)),
                List.of(),
                List.of()));
        if (i % 1_000 == 999) indexer.commit(); // several segments
      }
      indexer.commit();
    }
    reader = DirectoryReader.open(FSDirectory.open(dir));
  }

  /** {@code n} words, the first ones of the list far more often (as real text is skewed). */
  private static String words(SplittableRandom random, int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int k = (int) (WORDS.length * Math.pow(random.nextDouble(), 2));
      s.append(i == 0 ? "" : " ").append(WORDS[k]);
    }
    return s.toString();
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
  }

  static Stream<String> queries() {
    return Stream.of(
        "dân vận",
        "Dân Vận",
        "dân vận khéo",
        "hòa giải cơ sở",
        "hoà giải",
        "tôn giáo",
        "giảm nghèo",
        "đồng bào dân tộc thiểu số",
        "mặt trận tổ quốc",
        "\"dân vận\" hòa giải",
        "dân -vận",
        "dân van",
        "đại đoàn kết",
        "xây dựng nông thôn mới");
  }

  @ParameterizedTest
  @MethodSource("queries")
  void sameTopHitsAndScoresAsTheDisjunction(String text) throws IOException {
    for (IndexSearcher searcher : searchers()) {
      Query built = searcher.rewrite(BUILDER.parse(text).query());
      Query typedWhenScored = TypedWhenScored.wrap(built);
      for (int n : new int[] {1, 10, 100}) {
        // a total-hits threshold of n: Lucene's block-max skipping engages at once
        TopDocs expected = searcher.search(built, new TopScoreDocCollectorManager(n, null, n));
        TopDocs actual =
            searcher.search(typedWhenScored, new TopScoreDocCollectorManager(n, null, n));
        assertThat(hits(actual))
            .as("%s, top %d, %s", text, n, searcher.getSimilarity())
            .isEqualTo(hits(expected));
        // and through the score-first conjunction, as the top-hits pass runs it
        TopDocs scoreFirst =
            searcher.search(
                ScoreFirstConjunction.wrap(typedWhenScored),
                new TopScoreDocCollectorManager(n, null, n));
        assertThat(hits(scoreFirst))
            .as("%s, score first, top %d", text, n)
            .isEqualTo(hits(expected));
      }
      assertThat(searcher.count(typedWhenScored)).as(text).isEqualTo(searcher.count(built));
    }
  }

  @Test
  void wrapsTheWordsOfAConjunctionOnly() throws IOException {
    IndexSearcher searcher = searchers().get(0);
    Query twoWords = TypedWhenScored.wrap(searcher.rewrite(BUILDER.parse("dân vận").query()));
    assertThat(twoWords.toString()).contains("TypedWhenScored(", "text:dân", "text:van");
    assertThat(twoWords.toString().split("TypedWhenScored\\(", -1)).hasSize(3);
    // without marks there is nothing to defer; a lone word is left to Lucene's disjunction
    Query plain = searcher.rewrite(BUILDER.parse("dan van").query());
    assertThat(TypedWhenScored.wrap(plain)).isSameAs(plain);
    Query alone = searcher.rewrite(BUILDER.parse("dân").query());
    assertThat(TypedWhenScored.wrap(alone).toString()).doesNotContain("TypedWhenScored");
  }

  @Test
  void leavesShapesItCannotVouchFor() {
    TermQuery folded = new TermQuery(new Term("text", "dan"));
    TermQuery typed = new TermQuery(new Term("text", "dân"));
    TermQuery otherTyped = new TermQuery(new Term("text", "vận")); // folds to "van", not "dan"
    TermQuery typedElsewhere = new TermQuery(new Term("title", "dân"));
    assertThat(TypedWhenScored.of(or(new BoostQuery(folded, 0.2f), typed))).isNotNull();
    assertThat(TypedWhenScored.of(or(folded, otherTyped))).as("not its folding").isNull();
    assertThat(TypedWhenScored.of(or(folded, typedElsewhere)))
        .as("typed term without its folded twin on that field")
        .isNull();
    assertThat(TypedWhenScored.of(or(folded, new TermQuery(new Term("title", "dan")))))
        .as("no typed term: nothing to defer")
        .isNull();
    BooleanQuery required =
        new BooleanQuery.Builder().add(folded, Occur.MUST).add(typed, Occur.SHOULD).build();
    assertThat(TypedWhenScored.of(required)).as("a required clause").isNull();
    BooleanQuery atLeastOne =
        new BooleanQuery.Builder()
            .add(folded, Occur.SHOULD)
            .add(typed, Occur.SHOULD)
            .setMinimumNumberShouldMatch(2)
            .build();
    assertThat(TypedWhenScored.of(atLeastOne)).as("a minimum to match").isNull();
  }

  private static BooleanQuery or(Query... clauses) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : clauses) b.add(q, Occur.SHOULD);
    return b.build();
  }

  /** dva's scoring and Lucene's BM25: the equality does not hang on one formula. */
  private static List<IndexSearcher> searchers() {
    IndexSearcher bm25 = new IndexSearcher(reader);
    bm25.setSimilarity(new BM25Similarity());
    return List.of(Scoring.apply(new IndexSearcher(reader)), bm25);
  }

  private static List<String> hits(TopDocs top) {
    return Stream.of(top.scoreDocs).map(TypedWhenScoredTest::hit).toList();
  }

  private static String hit(ScoreDoc d) {
    return d.doc + ":" + Float.floatToIntBits(d.score);
  }
}
