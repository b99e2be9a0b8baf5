package vn.dva.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dva.analysis.VietnameseAnalyzer;
import vn.dva.analysis.eval.JudgedQuery;
import vn.dva.analysis.eval.RelevanceEvaluation;
import vn.dva.extract.DocumentExtractor;
import vn.dva.extract.ExtractedDocument;
import vn.dva.index.DocumentIndexer;

/**
 * Which phrases get a syllable-pair filter, that the filter never changes a result, and that dva's
 * phrases match the documents Lucene's own parser matches.
 */
class PhrasePairFilterTest {

  /** The bundled corpus, seen from the indexer module where the tests run. */
  private static final Path CORPUS = Path.of("..", "corpus", "pages");

  private static final QueryBuilder FILTERED = new QueryBuilder(new VietnameseAnalyzer(), true);
  private static final QueryBuilder PLAIN = new QueryBuilder(new VietnameseAnalyzer(), false);

  /** The phrases of {@code scripts/bench}'s query set (bench's QuerySet). */
  static final List<String> BENCH_PHRASES =
      List.of(
          "\"dân vận khéo\"",
          "\"quy chế dân chủ ở cơ sở\"",
          "\"nông thôn mới\"",
          "\"chính quyền thân thiện\"",
          "\"hòa giải ở cơ sở\"",
          "\"nhà Đại đoàn kết\"");

  /**
   * Pages whose words the two tokenizers split differently: a word glued to a written directive
   * number before it ({@code số31-QĐ/TW}) or after it ({@code 18-CT/TUngày}), and the phrases that
   * match exactly there. With the edge pairs as filters, these would be lost.
   */
  private static final List<ExtractedDocument> GLUED =
      List.of(
          SearchServiceTest.doc(
              "glued-before",
              "Tổng kết phong trào",
              "Ban Thường vụ đã ban hành quyết định số31-QĐ/TW về công tác dân vận.",
              null,
              null),
          SearchServiceTest.doc(
              "glued-after",
              "Hòa giải ở cơ sở",
              "Thực hiện Chỉ thị 18-CT/TUngày ban hành kế hoạch hòa giải ở cơ sở năm 2024.",
              null,
              null));

  private static final List<String> GLUED_PHRASES =
      List.of("\"đã ban hành quyết định số\"", "\"ngày ban hành kế hoạch hòa giải\"");

  @TempDir static Path dir;
  static DirectoryReader reader;
  static IndexSearcher searcher;

  @BeforeAll
  static void indexCorpus() throws Exception {
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      for (ExtractedDocument d : GLUED) indexer.add(d);
      if (Files.isDirectory(CORPUS)) {
        DocumentExtractor extractor = new DocumentExtractor();
        try (Stream<Path> walk = Files.walk(CORPUS)) {
          for (Path page : walk.filter(p -> p.toString().matches(".*\\.(html?|txt)$")).toList()) {
            indexer.add(extractor.extract(page));
          }
        }
      }
      indexer.commit();
    }
    reader = DirectoryReader.open(FSDirectory.open(dir));
    searcher = new IndexSearcher(reader);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
  }

  /** A typed query and the pair filters each of its title and text clauses gets. */
  static Stream<Arguments> filters() {
    return Stream.of(
        Arguments.of("\"hòa giải ở cơ sở\"", List.of("giai_o", "o_co")),
        Arguments.of("\"hoa giai o co so\"", List.of("giai_o", "o_co")),
        Arguments.of("\"nhà Đại đoàn kết\"", List.of("dai_doan")),
        // the abbreviation path "qcdc ở cơ sở" gets its own inner pair, the full words theirs
        Arguments.of(
            "\"quy chế dân chủ ở cơ sở\"", List.of("o_co", "che_dan", "dan_chu", "chu_o", "o_co")),
        // quoted by AbbreviationPhrases: the DTTS alternative is one term and gets none
        Arguments.of("đồng bào dân tộc thiểu số", List.of("toc_thieu")),
        Arguments.of("\"ban hành số 25 của tỉnh\"", List.of("hanh_so", "so_25", "25_cua")),
        // three words: both pairs touch an edge word, which may be glued to a number
        Arguments.of("\"dân vận khéo\"", List.of()),
        Arguments.of("\"nông thôn mới\"", List.of()),
        // ~ is not an operator: the phrase is exact and "~2" a word beside it
        Arguments.of("\"hòa giải ở cơ sở\"~2", List.of("giai_o", "o_co")),
        // not a phrase
        Arguments.of("hòa giải ở cơ sở", List.of()),
        Arguments.of("dân vận", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filters")
  void filtersAPhraseByItsInnerPairsOnly(String typed, List<String> pairs) {
    // once for the title clause, once for the text clause
    List<String> both = new ArrayList<>(pairs);
    both.addAll(pairs);
    assertThat(filterPairs(FILTERED.parse(typed).query())).isEqualTo(both);
    assertThat(filterPairs(PLAIN.parse(typed).query())).isEmpty();
  }

  @Test
  void gluedWordsStillMatchTheirPhrases() throws IOException {
    for (String phrase : GLUED_PHRASES) {
      assertThat(filterPairs(FILTERED.parse(phrase).query())).as(phrase).isNotEmpty();
      assertThat(hits(FILTERED.parse(phrase).query())).as(phrase).isNotEmpty();
    }
  }

  /** The bench phrases, the glued phrases and every relevance query, as typed and quoted. */
  private static Set<String> allQueries() {
    Set<String> queries = new LinkedHashSet<>(BENCH_PHRASES);
    queries.addAll(GLUED_PHRASES);
    for (JudgedQuery q : RelevanceEvaluation.bundledQueries()) {
      queries.add(q.query());
      if (!q.query().contains("\"") && q.query().strip().contains(" ")) {
        queries.add("\"" + q.query().strip() + "\"");
      }
    }
    return queries;
  }

  @Test
  void everyRelevanceAndBenchQueryFindsTheSameHitsWithTheSameScores() throws IOException {
    int filtered = 0;
    for (String typed : allQueries()) {
      Query with;
      Query without;
      try {
        with = FILTERED.parse(typed).query();
        without = PLAIN.parse(typed).query();
      } catch (InvalidQueryException refused) {
        continue;
      }
      if (!filterPairs(with).isEmpty()) filtered++;
      assertThat(hits(with)).as(typed).isEqualTo(hits(without));
    }
    assertThat(filtered).as("queries that got a filter").isGreaterThan(20);
  }

  @Test
  void everyQueryMatchesWhatLucenesOwnParserMatches() throws Exception {
    int compared = 0;
    for (String typed : allQueries()) {
      if (!vn.dva.extract.DirectiveExtractor.numbersIn(typed).isEmpty()) continue;
      // longer queries need only a share of their words (MatchRule), unlike Lucene's parser
      if (QuerySyntax.parse(AbbreviationPhrases.quote(typed)).size() > MatchRule.QUESTION_UP_TO)
        continue;
      Query ours;
      Query lucene;
      try {
        ours = FILTERED.parse(typed).query();
        lucene = luceneParser().parse(AbbreviationPhrases.quote(typed));
      } catch (InvalidQueryException | org.apache.lucene.queryparser.classic.ParseException e) {
        continue;
      }
      java.util.SortedSet<Integer> expected;
      try {
        expected = docs(lucene);
      } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses exploded) {
        continue; // Lucene's graph phrases for long abbreviation runs: the reason dva has its own
      }
      assertThat(docs(ours)).as(typed).isEqualTo(expected);
      compared++;
    }
    assertThat(compared).isGreaterThan(100);
  }

  /** The classic parser as QueryBuilder sets it up, without dva's phrase handling. */
  private static org.apache.lucene.queryparser.classic.MultiFieldQueryParser luceneParser() {
    var parser =
        new org.apache.lucene.queryparser.classic.MultiFieldQueryParser(
            new String[] {vn.dva.index.IndexSchema.TITLE, vn.dva.index.IndexSchema.TEXT},
            new VietnameseAnalyzer());
    parser.setDefaultOperator(org.apache.lucene.queryparser.classic.QueryParser.Operator.AND);
    parser.setSplitOnWhitespace(true);
    parser.setAutoGeneratePhraseQueries(false);
    parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    return parser;
  }

  private static java.util.SortedSet<Integer> docs(Query query) throws IOException {
    java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
    for (ScoreDoc sd : searcher.search(query, Math.max(1, reader.maxDoc())).scoreDocs) {
      out.add(sd.doc);
    }
    return out;
  }

  /** Every hit as "doc score", in rank order. */
  private static List<String> hits(Query query) throws IOException {
    List<String> out = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(query, Math.max(1, reader.maxDoc())).scoreDocs) {
      out.add(sd.doc + " " + sd.score);
    }
    return out;
  }

  private static final Pattern FILTER = Pattern.compile("#text_pairs:([a-z0-9_]+)");

  private static List<String> filterPairs(Query query) {
    List<String> out = new ArrayList<>();
    Matcher m = FILTER.matcher(query.toString());
    while (m.find()) out.add(m.group(1));
    return out;
  }
}
