package vn.dva.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
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
 * The query of the score-free passes matches exactly what the query a user's text builds matches,
 * on pages written by the shipped indexer: with marks and without, old and new tone placement,
 * capitals, abbreviations written out or not, in titles and in text.
 */
class MatchingQueryTest {

  private static final String[][] PAGES = {
    {"Dân vận khéo ở xã", "Công tác dân vận khéo được chính quyền xã triển khai."},
    {"Dan van kheo", "Bai viet go khong dau: cong tac dan van kheo o co so."},
    {"Hòa giải ở cơ sở", "Tổ hòa giải ở cơ sở giải quyết mâu thuẫn."},
    {"Hoà giải viên", "Hoà giải viên thôn được khen thưởng (cách bỏ dấu cũ)."},
    {"Đồng bào DTTS", "Đồng bào dân tộc thiểu số vùng cao đón Tết."},
    {"Hội Nông dân", "Hội Nông dân tỉnh phối hợp với MTTQ tổ chức hội nghị."},
    {"Mặt trận Tổ quốc", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh họp bàn."},
    {"Vân Hồ", "Huyện Vân Hồ: dân bản chung sức xây dựng nông thôn mới."},
    {"Nông thôn mới", "Xây dựng NTM ở vùng đồng bào: VẬN ĐỘNG nhân dân hiến đất."},
    {"Tin vắn", "Dân số và vận tải: hai chuyện khác nhau, không phải dân vận."},
  };

  @TempDir static Path dir;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;
  private static final QueryBuilder BUILDER = new QueryBuilder(IndexSchema.analyzer());

  @BeforeAll
  static void index() throws IOException {
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      for (int i = 0; i < PAGES.length; i++) {
        indexer.add(
            new ExtractedDocument(
                "p" + i,
                "https://example.vn/p" + i,
                PAGES[i][0],
                LocalDate.of(2024, 5, 1 + i),
                "Sơn La",
                "example.vn",
                "html",
                PAGES[i][1],
                List.of(),
                List.of()));
        if (i % 4 == 3) indexer.commit(); // several segments
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

  static Stream<String> queries() {
    return Stream.of(
        "dân vận",
        "dan van",
        "Dân Vận",
        "DÂN VẬN khéo",
        "hòa giải",
        "hoà giải",
        "hoa giai",
        "\"dân vận khéo\"",
        "\"hòa giải ở cơ sở\"",
        "đồng bào dân tộc thiểu số",
        "đồng bào DTTS",
        "MTTQ",
        "nông thôn mới",
        "dân -vận",
        "dân OR hòa",
        "title:dân",
        "vận*",
        "Vân",
        "vận động",
        "xã hội");
  }

  @ParameterizedTest
  @MethodSource("queries")
  void matchesWhatTheUsersQueryMatches(String text) throws IOException {
    Query built = searcher.rewrite(BUILDER.parse(text).query());
    Query matching = MatchingQuery.of(built);
    assertThat(matches(matching)).as(text + " → " + matching).isEqualTo(matches(built));
  }

  @Test
  void aWordWithMarksLosesItsTypedTermsAndKeepsItsFoldedOnes() throws IOException {
    Query built = searcher.rewrite(BUILDER.parse("dân vận").query());
    Query matching = MatchingQuery.of(built);
    assertThat(terms(built)).contains("text:dân", "title:dân", "text:dan", "title:dan");
    assertThat(terms(matching))
        .contains("text:dan", "title:dan", "text:van", "title:van")
        .doesNotContain("text:dân", "title:dân", "text:vận", "title:vận");
    assertThat(matches(matching).cardinality()).isGreaterThan(1);
  }

  @Test
  void leavesConjunctionsMinimumsAndLoneTypedTermsAlone() {
    Query typed = new TermQuery(new Term("text", "dân"));
    Query folded = new BoostQuery(new TermQuery(new Term("text", "dan")), 0.2f);
    Query otherField = new TermQuery(new Term("title", "dan"));
    BooleanQuery both =
        new BooleanQuery.Builder().add(folded, Occur.MUST).add(typed, Occur.MUST).build();
    BooleanQuery atLeastTwo =
        new BooleanQuery.Builder()
            .add(folded, Occur.SHOULD)
            .add(typed, Occur.SHOULD)
            .add(otherField, Occur.SHOULD)
            .setMinimumNumberShouldMatch(2)
            .build();
    BooleanQuery twinElsewhere =
        new BooleanQuery.Builder().add(otherField, Occur.SHOULD).add(typed, Occur.SHOULD).build();
    assertThat(MatchingQuery.of(both)).isSameAs(both);
    assertThat(MatchingQuery.of(atLeastTwo)).isSameAs(atLeastTwo);
    assertThat(MatchingQuery.of(twinElsewhere)).isSameAs(twinElsewhere);
    assertThat(MatchingQuery.of(typed)).isSameAs(typed);

    BooleanQuery word =
        new BooleanQuery.Builder()
            .add(folded, Occur.SHOULD)
            .add(typed, Occur.SHOULD)
            .add(otherField, Occur.SHOULD)
            .build();
    assertThat(MatchingQuery.of(word))
        .isEqualTo(
            new BooleanQuery.Builder()
                .add(folded, Occur.SHOULD)
                .add(otherField, Occur.SHOULD)
                .build());
  }

  private static BitSet matches(Query q) throws IOException {
    BitSet found = new BitSet();
    Weight w = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : reader.leaves()) {
      Scorer s = w.scorer(leaf);
      if (s == null) continue;
      for (int d = s.iterator().nextDoc();
          d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
          d = s.iterator().nextDoc()) {
        if (leaf.reader().getLiveDocs() == null || leaf.reader().getLiveDocs().get(d))
          found.set(leaf.docBase + d);
      }
    }
    return found;
  }

  private static List<String> terms(Query q) {
    List<String> out = new ArrayList<>();
    q.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... terms) {
            for (Term t : terms) out.add(t.field() + ":" + t.text());
          }

          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return this;
          }
        });
    return out;
  }
}
