package vn.dva.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.junit.jupiter.api.Test;

/** The scanner's tokens and offsets against ICU's word breaking, the reference. */
class SyllableScannerTest {

  private static final Path PAGES = Path.of("..", "corpus", "pages");

  private static Analyzer tokenizerOnly(boolean directives, boolean icuOnly) {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return VietnameseAnalyzer.clean(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new VietnameseTokenizer(directives, icuOnly);
        return new TokenStreamComponents(source);
      }
    };
  }

  private static final Analyzer ICU = tokenizerOnly(true, true);
  private static final Analyzer SCANNER = tokenizerOnly(true, false);
  private static final Analyzer ICU_PLAIN = tokenizerOnly(false, true);
  private static final Analyzer SCANNER_PLAIN = tokenizerOnly(false, false);

  private final SyllableScanner probe = new SyllableScanner();

  @Test
  void splitsAsTheWordRulesSay() {
    assertEquals(
        "Chỉ thị 18-CT/TU ngày 3.5 1,000 a.b don't x_1 đảng",
        tokens("Chỉ thị 18 - CT/TU ngày 3.5 1,000 a.b don't x_1, đảng."));
    assertTrue(probe.scan("Hà Nội, 12.3; x:y (a-b)"));
    assertFalse(probe.scan("Hà Noi\u0323"), "combining mark");
    assertFalse(probe.scan("dân vận 😀"), "emoji");
  }

  private static String tokens(String text) {
    StringBuilder out = new StringBuilder();
    for (AnalyzedTokens.Token t : AnalyzedTokens.tokens(SCANNER, text)) {
      if (out.length() > 0) out.append(' ');
      out.append(t.term());
    }
    return out.toString();
  }

  @Test
  void bundledPagesLineByLine() throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.walk(PAGES)) {
      pages = files.filter(Files::isRegularFile).toList();
    }
    int scanned = 0;
    for (Path page : pages) {
      String html = new String(Files.readAllBytes(page), StandardCharsets.UTF_8);
      assertSame(html);
      for (String line : html.split("[<>\n]")) {
        assertSame(line);
        if (probe.scan(Normalizer.normalize(line, Normalizer.Form.NFC))) scanned++;
      }
    }
    assertTrue(scanned > 1000, "lines taking the scanner: " + scanned);
  }

  @Test
  void randomStrings() {
    String safe =
        "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ"
            + "ùúủũụừứửữựỳýỷỹỵÀÁẢÃẠỲÝÇÑÿ0123456789          ....,,,'''---___;:/()\"!?@#%&*+=\n\t\r"
            + "\u00A0\u00AB\u00B2\u00BB\u2013\u2014\u201C\u201D\u2026\u2018\u2019";
    String[] unsafe = {
      "\u0301", "\u0323", "😀", "👍🏽", "中", "文", "\u2024", "\u2010", "\u2012", "\u202F", "ª", "²",
      "٣", "\u200D", "\u00AD", "ǅ", "Ω", "ש", "カ", "\uFE55", "\uFF1A", "×", "\u2028", "\u0000",
      "\u00B7"
    };
    Random random = new Random(42);
    int scanned = 0;
    for (int n = 0; n < 30_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(40);
      for (int i = 0; i < length; i++) {
        if (random.nextInt(60) == 0) text.append(unsafe[random.nextInt(unsafe.length)]);
        else text.append(safe.charAt(random.nextInt(safe.length())));
      }
      String s = text.toString();
      assertSame(s);
      if (probe.scan(Normalizer.normalize(s, Normalizer.Form.NFC))) scanned++;
    }
    assertTrue(scanned > 15_000, "random strings taking the scanner: " + scanned);
  }

  private static void assertSame(String text) {
    assertEquals(
        AnalyzedTokens.tokens(ICU, text),
        AnalyzedTokens.tokens(SCANNER, text),
        () -> "'" + text + "'");
    assertEquals(
        AnalyzedTokens.tokens(ICU_PLAIN, text),
        AnalyzedTokens.tokens(SCANNER_PLAIN, text),
        () -> "'" + text + "'");
  }
}
