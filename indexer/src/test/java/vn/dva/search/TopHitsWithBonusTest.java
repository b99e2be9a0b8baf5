package vn.dva.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.LeafReaderContextPartition;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Which queries split into required words and a ranking bonus, and that the split search returns
 * the hits and scores of the whole query scored in full, ties included, over several segments.
 */
class TopHitsWithBonusTest {

  private static Query term(String field, String text) {
    return new TermQuery(new Term(field, text));
  }

  @Test
  void splitsRequiredClausesFromOptionalOnesAndLooksInsideFilterWrappers() {
    Query words =
        new BooleanQuery.Builder()
            .add(term("text", "dan"), Occur.MUST)
            .add(term("text", "van"), Occur.MUST)
            .add(term("pairs", "dan_van"), Occur.SHOULD)
            .add(term("pairs", "van_kheo"), Occur.SHOULD)
            .build();
    TopHitsWithBonus.Split split = TopHitsWithBonus.split(words);
    assertThat(split).isNotNull();
    assertThat(split.required().toString()).isEqualTo("+text:dan +text:van");
    assertThat(split.bonus().toString()).isEqualTo("pairs:dan_van pairs:van_kheo");

    Query filtered =
        new BooleanQuery.Builder()
            .add(words, Occur.MUST)
            .add(term("province", "Lạng Sơn"), Occur.FILTER)
            .add(term("type", "KH"), Occur.MUST_NOT)
            .build();
    TopHitsWithBonus.Split inside = TopHitsWithBonus.split(filtered);
    assertThat(inside.required().toString())
        .isEqualTo("+(+text:dan +text:van) #province:Lạng Sơn -type:KH");
    assertThat(inside.bonus().toString()).isEqualTo("pairs:dan_van pairs:van_kheo");

    // nothing optional, nothing required, or optional clauses that must match: no split
    assertThat(TopHitsWithBonus.split(term("text", "dan"))).isNull();
    assertThat(
            TopHitsWithBonus.split(
                new BooleanQuery.Builder()
                    .add(term("text", "dan"), Occur.SHOULD)
                    .add(term("text", "van"), Occur.SHOULD)
                    .build()))
        .isNull();
    assertThat(
            TopHitsWithBonus.split(
                new BooleanQuery.Builder()
                    .add(term("text", "dan"), Occur.MUST)
                    .add(term("text", "van"), Occur.SHOULD)
                    .add(term("text", "kheo"), Occur.SHOULD)
                    .setMinimumNumberShouldMatch(1)
                    .build()))
        .isNull();
  }

  @Test
  void findsTheTopOfTheWholeQueryWithItsScoresAndTies() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      for (int i = 0; i < 4_000; i++) {
        Document d = new Document();
        // forty short pages that repeat the rarer word (identical, so equal scores) at the start,
        // above many long ones; a light bonus here and there
        String text =
            i < 40
                ? "dan kheo kheo kheo kheo"
                : i % 10 == 0 ? "dan " + "x ".repeat(30 + i % 11) + "kheo" : "dan x y z";
        d.add(new TextField("text", text, Field.Store.NO));
        String pairs = i % 5 == 0 ? "dan_van van_kheo" : i % 7 == 0 ? "dan_van" : "other";
        d.add(new TextField("pairs", pairs, Field.Store.NO));
        d.add(new StringField("id", "p" + i, Field.Store.YES));
        w.addDocument(d);
        if (i % 900 == 899) w.commit();
      }
      w.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query query =
            new BooleanQuery.Builder()
                .add(term("text", "dan"), Occur.MUST)
                .add(term("text", "kheo"), Occur.MUST)
                .add(
                    new BoostQuery(
                        new BooleanQuery.Builder()
                            .add(term("pairs", "dan_van"), Occur.SHOULD)
                            .add(term("pairs", "van_kheo"), Occur.SHOULD)
                            .build(),
                        0.1f),
                    Occur.SHOULD)
                .add(new MatchAllDocsQuery(), Occur.FILTER)
                .build();
        for (int n : new int[] {1, 10, 37}) {
          TopDocs whole =
              searcher.search(query, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE));
          TopDocs split =
              TopHitsWithBonus.search(searcher, TopHitsWithBonus.split(searcher.rewrite(query)), n);
          assertThat(render(split.scoreDocs)).as("top %d", n).isEqualTo(render(whole.scoreDocs));
          assertThat(split.totalHits.value()).as("documents scored").isLessThan(200);
        }
        // A light bonus raises the bar at once; one that outweighs every required score keeps it
        // at zero, and the search gives up (null) after the documents it was allowed.
        TopHitsWithBonus.Split light = TopHitsWithBonus.split(searcher.rewrite(query));
        assertThat(TopHitsWithBonus.search(searcher, light, 10, 64)).isNotNull();
        Query heavy =
            new BooleanQuery.Builder()
                .add(term("text", "dan"), Occur.MUST)
                .add(new BoostQuery(term("pairs", "other"), 1_000f), Occur.SHOULD)
                .build();
        TopHitsWithBonus.Split split = TopHitsWithBonus.split(searcher.rewrite(heavy));
        assertThat(TopHitsWithBonus.worthIt(searcher, split)).isFalse();
        assertThat(TopHitsWithBonus.search(searcher, split, 10, 64)).isNull();
        assertThat(TopHitsWithBonus.search(searcher, split, 10).scoreDocs).hasSize(10);
      }
    }
  }

  @Test
  void slicesSkipBelowTheBestTenthAnySliceHasFoundAndKeepTiesAcrossSlices() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w =
            new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (int i = 0; i < 4_000; i++) {
        Document d = new Document();
        // the first segment holds the best pages; every segment holds a few tied with them
        boolean best = i < 40 || i % 1_000 == 500;
        d.add(
            new TextField(
                "text",
                best ? "dan kheo kheo kheo kheo" : i % 2 == 0 ? "dan x y z kheo x y" : "dan x y z",
                Field.Store.NO));
        d.add(new TextField("pairs", i % 3 == 0 ? "dan_van" : "other", Field.Store.NO));
        w.addDocument(d);
        if (i % 1_000 == 999) w.commit();
      }
      try (DirectoryReader reader = DirectoryReader.open(w)) {
        assertThat(reader.leaves()).hasSize(4);
        // one slice per segment, run one after another in segment order: the first slice's
        // tenth is known when the others start
        IndexSearcher searcher =
            new IndexSearcher(reader, Runnable::run) {
              @Override
              protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return leaves.stream()
                    .map(
                        l ->
                            new LeafSlice(
                                List.of(LeafReaderContextPartition.createForEntireSegment(l))))
                    .toArray(LeafSlice[]::new);
              }
            };
        Query query =
            new BooleanQuery.Builder()
                .add(term("text", "dan"), Occur.MUST)
                .add(term("text", "kheo"), Occur.MUST)
                .add(new BoostQuery(term("pairs", "dan_van"), 0.1f), Occur.SHOULD)
                .build();
        for (int n : new int[] {10, 43}) {
          TopDocs whole =
              new IndexSearcher(reader)
                  .search(query, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE));
          TopDocs split =
              TopHitsWithBonus.search(searcher, TopHitsWithBonus.split(searcher.rewrite(query)), n);
          assertThat(render(split.scoreDocs)).as("top %d", n).isEqualTo(render(whole.scoreDocs));
          if (n == 10) {
            // each later slice starts at the first one's bar and skips its ~500 lesser matches
            // (on its own bar a slice scores most of them: it holds one page as good as the best);
            // the top 43 holds lesser pages, so there every slice scores its matches
            assertThat(split.totalHits.value()).as("documents scored").isLessThan(400);
          }
        }
      }
    }
  }

  private static String render(ScoreDoc[] docs) {
    return Arrays.toString(Arrays.stream(docs).map(d -> d.doc + ":" + d.score).toArray());
  }
}
