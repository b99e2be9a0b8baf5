package vn.dva.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.text.Normalizer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SyllableShingleAnalyzerTest {

  static Stream<Arguments> pairsOfAdjacentSyllablesFoldedAndNormalized() {
    return Stream.of(
        Arguments.of("Dân vận khéo", "dan_van van_kheo"),
        Arguments.of("dan van kheo", "dan_van van_kheo"),
        Arguments.of(Normalizer.normalize("DÂN VẬN KHÉO", Normalizer.Form.NFD), "dan_van van_kheo"),
        Arguments.of("Hoà Bình", "hoa_binh"),
        Arguments.of("kĩ năng", "ky_nang"),
        // directive numbers are searched in the main fields; here they are plain words
        Arguments.of("Chỉ thị 18-CT/TU", "chi_thi thi_18 18_ct ct_tu"),
        Arguments.of("Đảng", ""));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource
  void pairsOfAdjacentSyllablesFoldedAndNormalized(String input, String expected) {
    assertThat(AnalyzedTokens.terms(new SyllableShingleAnalyzer(), input)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void pairsQueryIgnoresSyntaxAndIsNullWithoutAPair() {
    assertThat(SyllableShingleAnalyzer.pairsQuery("p", "\"dân vận\" OR -khéo").toString())
        .isEqualTo("p:dan_van p:van_kheo");
    assertThat(SyllableShingleAnalyzer.pairsQuery("p", "Đảng")).isNull();
    assertThat(SyllableShingleAnalyzer.pairsQuery("p", null)).isNull();
  }

  @org.junit.jupiter.api.Test
  void pagesHoldingTheSyllablesTogetherRankFirst() throws java.io.IOException {
    try (var dir = new org.apache.lucene.store.ByteBuffersDirectory()) {
      var config = new org.apache.lucene.index.IndexWriterConfig(new SyllableShingleAnalyzer());
      try (var w = new org.apache.lucene.index.IndexWriter(dir, config)) {
        for (String text :
            new String[] {"công tác tiếp nhận dân nguyện", "tiếp công dân định kỳ"}) {
          var doc = new org.apache.lucene.document.Document();
          doc.add(
              new org.apache.lucene.document.StringField(
                  "id", text, org.apache.lucene.document.Field.Store.YES));
          doc.add(
              new org.apache.lucene.document.TextField(
                  "p", text, org.apache.lucene.document.Field.Store.NO));
          w.addDocument(doc);
        }
      }
      try (var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
        var searcher = new org.apache.lucene.search.IndexSearcher(reader);
        var top =
            searcher.search(SyllableShingleAnalyzer.pairsQuery("p", "tiếp công dân"), 10).scoreDocs;
        assertThat(top).hasSize(1);
        assertThat(searcher.storedFields().document(top[0].doc).get("id"))
            .isEqualTo("tiếp công dân định kỳ");
      }
    }
  }

  /** The chain with Lucene's ShingleFilter in place of SyllablePairFilter: the reference. */
  private static final org.apache.lucene.analysis.Analyzer LUCENE_SHINGLES =
      new org.apache.lucene.analysis.Analyzer() {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
          return VietnameseAnalyzer.clean(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          var source = new VietnameseTokenizer(false);
          var shingles =
              new org.apache.lucene.analysis.shingle.ShingleFilter(
                  new AccentStripFilter(VietnameseAnalyzer.normalizeWords(source)), 2, 2);
          shingles.setOutputUnigrams(false);
          shingles.setTokenSeparator(SyllableShingleAnalyzer.SEPARATOR);
          return new TokenStreamComponents(source, shingles);
        }
      };

  static Stream<String> texts() {
    return Stream.of(
        "",
        "Đảng",
        "Ban Dân vận Tỉnh ủy Hòa Bình tổ chức hội nghị quán triệt Chỉ thị 18-CT/TU ngày"
            + " 19/01/2023, Nghị quyết số 25-NQ/TW và Quyết định 217, 218-QĐ/TW.",
        Normalizer.normalize("KĨ NĂNG dân vận khéo, “thuỷ lợi” – 2024!", Normalizer.Form.NFD),
        "x".repeat(300) + " dân vận " + "y".repeat(256) + " khéo",
        "\u00D0ảng ủy \uD83D\uDE00 emoji 😀 ½ ｆｕｌｌ");
  }

  @ParameterizedTest
  @MethodSource("texts")
  void pairsAreThoseOfLuceneShingleFilter(String text) {
    assertThat(AnalyzedTokens.terms(new SyllableShingleAnalyzer(), text))
        .isEqualTo(AnalyzedTokens.terms(LUCENE_SHINGLES, text));
  }
}
