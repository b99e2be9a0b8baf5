package vn.dva.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.junit.jupiter.api.Test;

/** The merged filter against the three filters it replaced, chained as before. */
class WordNormalizeFilterTest {

  private static final Path PAGES = Path.of("..", "corpus", "pages");

  /** The chain before the merge. */
  private static final Analyzer SEPARATE =
      new Analyzer() {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
          return VietnameseAnalyzer.clean(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer source = new VietnameseTokenizer();
          return new TokenStreamComponents(
              source,
              new SpellingVariantFilter(new TonePlacementFilter(new LowerCaseFilter(source))));
        }
      };

  private static final Analyzer MERGED =
      new Analyzer() {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
          return VietnameseAnalyzer.clean(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer source = new VietnameseTokenizer();
          return new TokenStreamComponents(source, new WordNormalizeFilter(source));
        }
      };

  @Test
  void examplesChangeAsEachFilterDid() {
    assertEquals(
        "hòa khỏe thủy úy kỹ quy hoàng quý thi 18-ct/tu đảng σ",
        AnalyzedTokens.terms(MERGED, "HOÀ Khoẻ THUỶ uý KĨ qui Hoàng QUÝ Thi 18-CT/TU ĐẢNG Σ"));
  }

  @Test
  void bundledPagesGiveTheSameTokens() throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.walk(PAGES)) {
      pages = files.filter(Files::isRegularFile).toList();
    }
    assertTrue(pages.size() >= 8, "bundled pages found: " + pages.size());
    for (Path page : pages) {
      String text = new String(Files.readAllBytes(page), StandardCharsets.UTF_8);
      assertSame(text, page.toString());
    }
  }

  @Test
  void randomMixedCaseTextGivesTheSameTokens() {
    String[] pieces = {
      "A", "Z", "a", "ô", "Ô", "Ả", "ả", "Đ", "đ", "Ư", "Ỳ", "I", "Ì", "Í", "Ĩ", "Ỉ", "Ị", "Y", "Ý",
      "Ỹ", "Q", "U", "O", "E", "È", "Ẻ", "Ò", "Ó", "H", "K", "L", "M", "S", "T", "İ", "Σ", "ß", "ǅ",
      "𐐀", "\uD801", "1", "-", "/", ".", " ", " ", " ", "\u0301", "Ω", "Ⅻ"
    };
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(24);
      for (int i = 0; i < length; i++) text.append(pieces[random.nextInt(pieces.length)]);
      assertSame(text.toString(), text.toString());
    }
  }

  private static void assertSame(String text, String where) {
    List<AnalyzedTokens.Token> expected = AnalyzedTokens.tokens(SEPARATE, text);
    List<AnalyzedTokens.Token> actual = new ArrayList<>(AnalyzedTokens.tokens(MERGED, text));
    assertEquals(expected, actual, where);
  }
}
