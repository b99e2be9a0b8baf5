package vn.dva.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The score-first conjunction finds the same top hits with the same scores as the Boolean query it
 * stands for, reads fewer candidates' positions, and counts exactly outside top-scores mode. The
 * index is written to disk in several segments: pages of random syllables, some holding the phrase
 * "dân tộc thiểu số" (folded), some its abbreviation, some marked as lists to exclude.
 */
class ScoreFirstConjunctionTest {

  /** Words the queries look for; every other word of a page is one of 300 fillers. */
  private static final String[] SEARCHED = {"dong", "bao", "xa", "hoi", "van", "nong"};

  @TempDir static Path dir;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    Random random = new Random(20261207);
    IndexWriterConfig config =
        new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(d, config)) {
      for (int i = 0; i < 6_000; i++) {
        // as on real pages: the phrase once in most pages and its abbreviation in half, each
        // searched word in two pages of five a few times among other words, and a few pages
        // naming them in the title
        StringBuilder text = new StringBuilder();
        int words = 20 + random.nextInt(200);
        for (int w = 0; w < words; w++) {
          text.append('w').append(random.nextInt(300)).append(' ');
          if (w == words / 2 && random.nextInt(10) < 9) text.append("dan toc thieu so ");
          if (w == words / 3 && random.nextBoolean()) text.append("dtts ");
        }
        for (String word : SEARCHED) {
          if (random.nextInt(5) < 2) text.append((word + ' ').repeat(1 + random.nextInt(6)));
        }
        Document doc = new Document();
        doc.add(new TextField("text", text.toString(), Field.Store.NO));
        if (random.nextInt(50) == 0) doc.add(new TextField("title", "dong bao", Field.Store.NO));
        doc.add(new StringField("kind", random.nextInt(7) == 0 ? "list" : "page", Field.Store.NO));
        writer.addDocument(doc);
        if (i % 1_000 == 999) writer.commit();
      }
      writer.commit();
    }
    reader = DirectoryReader.open(FSDirectory.open(dir));
    searcher = new IndexSearcher(reader);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
  }

  private static Query term(String field, String text) {
    return new TermQuery(new Term(field, text));
  }

  /** A word as dva searches it: its term in the text and, boosted, in the title. */
  private static Query word(String w) {
    return new BooleanQuery.Builder()
        .add(new BoostQuery(term("title", w), 2f), Occur.SHOULD)
        .add(term("text", w), Occur.SHOULD)
        .build();
  }

  /** A term written out or abbreviated, as dva's abbreviation groups are. */
  private static Query group() {
    return new BooleanQuery.Builder()
        .add(term("text", "dtts"), Occur.SHOULD)
        .add(new PhraseQuery("text", "dan", "toc", "thieu", "so"), Occur.SHOULD)
        .build();
  }

  private static BooleanQuery.Builder conjunction(String... words) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String w : words) b.add(word(w), Occur.MUST);
    return b.add(group(), Occur.MUST);
  }

  static Stream<Arguments> queries() {
    Query plain = conjunction("dong", "bao").build();
    Query excluding =
        new BooleanQuery.Builder()
            .add(plain, Occur.MUST)
            .add(term("kind", "list"), Occur.MUST_NOT)
            .build();
    Query filtered = conjunction("xa", "hoi").add(term("kind", "page"), Occur.FILTER).build();
    Query oneWord = conjunction("van").build();
    Query phraseFilter =
        conjunction("nong").add(new PhraseQuery("text", "dan", "toc"), Occur.FILTER).build();
    // the syllable pairs beside a phrase, as dva ranks a quoted phrase: only optional clauses to
    // score first
    Query phraseAndPairs =
        new BooleanQuery.Builder()
            .add(group(), Occur.MUST)
            .add(term("text", "dan"), Occur.SHOULD)
            .add(term("text", "xa"), Occur.SHOULD)
            .build();
    Query wordsAndOptional =
        new BooleanQuery.Builder()
            .add(conjunction("dong", "bao").build(), Occur.MUST)
            .add(term("text", "hoi"), Occur.SHOULD)
            .add(term("text", "nong"), Occur.SHOULD)
            .build();
    Query phraseAndPairsExcluding =
        new BooleanQuery.Builder()
            .add(phraseAndPairs, Occur.MUST)
            .add(term("kind", "list"), Occur.MUST_NOT)
            .build();
    List<Arguments> out = new ArrayList<>();
    for (int n : new int[] {1, 10, 100}) {
      out.add(Arguments.of("two words and a group", plain, n));
      out.add(Arguments.of("lists excluded around it", excluding, n));
      out.add(Arguments.of("a filter beside it", filtered, n));
      out.add(Arguments.of("one word and a group", oneWord, n));
      out.add(Arguments.of("a phrase as filter", phraseFilter, n));
      out.add(Arguments.of("a group and optional terms", phraseAndPairs, n));
      out.add(Arguments.of("words, a group and optional terms", wordsAndOptional, n));
      out.add(Arguments.of("lists excluded around a group and terms", phraseAndPairsExcluding, n));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}, top {2}")
  @MethodSource("queries")
  void findsTheSameTopHitsWithTheSameScoresAsTheBooleanQuery(String name, Query query, int n)
      throws IOException {
    Query rewritten = searcher.rewrite(query);
    Query wrapped = ScoreFirstConjunction.wrap(rewritten);
    assertThat(wrapped).isInstanceOf(ScoreFirstConjunction.class);

    TopDocs exact =
        searcher.search(rewritten, new TopScoreDocCollectorManager(n, Integer.MAX_VALUE));
    TopDocs fast = searcher.search(wrapped, new TopScoreDocCollectorManager(n, n));

    assertThat(exact.scoreDocs).isNotEmpty();
    assertThat(render(fast.scoreDocs)).isEqualTo(render(exact.scoreDocs));
    assertThat(fast.totalHits.relation()).isEqualTo(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
    // outside top-scores mode it is the Boolean query: exact counts
    assertThat(searcher.count(wrapped)).isEqualTo(searcher.count(rewritten));
  }

  @Test
  void readsThePhrasesOfFewerCandidatesThanLucenesConjunction() throws IOException {
    Query rewritten = searcher.rewrite(conjunction("dong", "bao").build());
    int matches = searcher.count(rewritten);
    // every document handed to the collector had its positions read
    long lucene =
        searcher.search(rewritten, new TopScoreDocCollectorManager(10, 10)).totalHits.value();
    long fast =
        searcher
            .search(ScoreFirstConjunction.wrap(rewritten), new TopScoreDocCollectorManager(10, 10))
            .totalHits
            .value();
    assertThat(matches).isGreaterThan(500);
    // on this corpus Lucene reads all 1,019 matches, the score-first conjunction about half
    assertThat(fast).isLessThan(lucene * 3 / 4);
  }

  @Test
  void leavesQueriesWithNothingToBoundFirstAsTheyAre() throws IOException {
    Query noPhrase =
        new BooleanQuery.Builder()
            .add(word("dong"), Occur.MUST)
            .add(word("bao"), Occur.MUST)
            .build();
    Query onlyPhrases =
        new BooleanQuery.Builder()
            .add(group(), Occur.MUST)
            .add(new PhraseQuery("text", "xa", "hoi"), Occur.MUST)
            .build();
    Query phraseOptional = conjunction("dong").add(group(), Occur.SHOULD).build();
    Query mustMatchOptional =
        conjunction("dong")
            .add(term("text", "van"), Occur.SHOULD)
            .add(term("text", "xa"), Occur.SHOULD)
            .setMinimumNumberShouldMatch(1)
            .build();
    for (Query q :
        List.of(noPhrase, onlyPhrases, phraseOptional, mustMatchOptional, term("text", "dong"))) {
      Query rewritten = searcher.rewrite(q);
      assertThat(ScoreFirstConjunction.wrap(rewritten)).isSameAs(rewritten);
    }
  }

  private static List<String> render(ScoreDoc[] docs) {
    List<String> out = new ArrayList<>();
    for (ScoreDoc d : docs) out.add(d.doc + ":" + d.score);
    return out;
  }
}
