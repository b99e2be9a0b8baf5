package vn.dva.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pre-filtered scan (patterns tried only where a number can start) finds exactly what a plain
 * regex search over every offset finds: on the extractor's table of phrasings, on every page of the
 * bundled corpus (its main text and its raw HTML), and on random text built from the pieces numbers
 * are made of.
 */
class DirectiveNumberScannerTest {

  private static final Path PAGES = Path.of("..", "corpus", "pages");

  private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

  private static final String[] PIECES = {
    "1",
    "25",
    "217",
    "2013",
    "12345",
    "-",
    " - ",
    "–",
    "/",
    " / ",
    ".",
    " ",
    "  ",
    "\u00A0",
    ", ",
    "; ",
    "và ",
    "ngày ",
    "tháng ",
    "năm ",
    "số",
    "số ",
    "Số ",
    "NQ",
    "nq",
    "CT",
    "Ctr",
    "QĐ",
    "QĐi",
    "KL",
    "TW",
    "TU",
    "TUvề",
    "HU",
    "ĐU",
    "BDVTU",
    "UBND",
    "UBND-VX",
    "NĐ-CP",
    "QĐ-TTg",
    "QH15",
    "UBTVQH14",
    "HĐND",
    "Chỉ thị ",
    "Nghị quyết ",
    "Quyết định ",
    "Công văn ",
    "Luật ",
    "của ",
    "do ",
    "ban hành ",
    "Bộ Chính trị",
    "Ban Bí thư",
    "Tỉnh ủy",
    "Ban Dân vận Trung ương",
    "các ",
    "khóa XI",
    "(",
    ")",
    "\n",
    "\t",
    "Đ",
    "đ",
    "ạ",
    "́",
    "a",
    "x",
  };

  static Stream<Arguments> phrasings() {
    return DirectiveExtractorTest.phrasings();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("phrasings")
  void findsTheSameMentionsAsAPlainSearchInEveryPhrasing(String text, List<String> expected) {
    assertSameScan(text);
  }

  @Test
  void findsTheSameMentionsAsAPlainSearchInTheBundledCorpus() throws Exception {
    List<Path> pages;
    try (Stream<Path> files = Files.walk(PAGES)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertThat(pages).hasSizeGreaterThanOrEqualTo(40);
    int mentions = 0;
    for (Path page : pages) {
      mentions += assertSameScan(EXTRACTOR.extract(page).text());
      assertSameScan(html(page));
    }
    assertThat(mentions).as("mentions in the corpus' main texts").isGreaterThan(50);
  }

  @Test
  void findsTheSameMentionsAsAPlainSearchInRandomText() {
    Random random = new Random(20261122L);
    int mentions = 0;
    for (int run = 0; run < 20_000; run++) {
      StringBuilder s = new StringBuilder();
      int pieces = random.nextInt(60);
      for (int i = 0; i < pieces; i++) {
        int kind = random.nextInt(6);
        if (kind == 0) appendNumberLike(s, random);
        else if (kind == 1) appendBareLike(s, random);
        else s.append(PIECES[random.nextInt(PIECES.length)]);
      }
      mentions += assertSameScan(s.toString());
    }
    assertThat(mentions).as("random texts must contain numbers to compare").isGreaterThan(1000);
  }

  /** Digits, a separator, a code, a separator and an issuer, each part sometimes left out. */
  private static void appendNumberLike(StringBuilder s, Random random) {
    String[] digits = {"5", "18", "217", "2020", "12345"};
    String[] separators = {"-", "/", "–", " - ", " /", "", " "};
    String[] codes = {"CT", "NQ", "QĐ", "Ctr", "KL", "UBND", "2020", "NĐ", "xx"};
    String[] issuers = {"TW", "TU", "TUvề", "CP", "UBND", "VX", "QH15", "HU", "ĐU", "x"};
    s.append(digits[random.nextInt(digits.length)]);
    s.append(separators[random.nextInt(separators.length)]);
    s.append(codes[random.nextInt(codes.length)]);
    if (random.nextBoolean()) {
      s.append(separators[random.nextInt(separators.length)]);
      s.append(codes[random.nextInt(codes.length)]);
    }
    s.append(separators[random.nextInt(separators.length)]);
    s.append(issuers[random.nextInt(issuers.length)]);
  }

  /** "Chỉ thị số 05 của Bộ Chính trị" with the white space, "số", list and body varied. */
  private static void appendBareLike(StringBuilder s, Random random) {
    String[] names = {"Chỉ thị", "Nghị quyết", "nghị quyết", "Kết luận", "Nghị định", "Quy định"};
    String[] spaces = {" ", "\n", "\t", "  ", "\u00A0", "", " \r\n"};
    String[] lists = {"", ", 26", " và 27", ",27", "/2020"};
    String[] bodies = {"của ", "do ", " của ", ", ngày 5/6/2020 của ", "về "};
    String[] issuers = {"Bộ Chính trị", "Ban Bí thư", "Tỉnh ủy", "Chính phủ", "Trung ương"};
    s.append(names[random.nextInt(names.length)]);
    s.append(spaces[random.nextInt(spaces.length)]);
    if (random.nextBoolean()) {
      s.append(random.nextBoolean() ? "số" : "Số").append(spaces[random.nextInt(spaces.length)]);
    }
    s.append(1 + random.nextInt(random.nextBoolean() ? 99 : 99999));
    s.append(lists[random.nextInt(lists.length)]);
    s.append(bodies[random.nextInt(bodies.length)]);
    s.append(issuers[random.nextInt(issuers.length)]);
  }

  /** Asserts both scans agree and returns how many mentions they found. */
  private static int assertSameScan(String text) {
    List<DirectiveMention> plain = DirectiveNumberScanner.scanWithoutPrefilter(text);
    assertThat(DirectiveNumberScanner.scan(text)).as(text).isEqualTo(plain);
    return plain.size();
  }

  private static String html(Path page) throws IOException {
    // some pages are in legacy 8-bit encodings: any decoding gives text worth scanning
    return new String(Files.readAllBytes(page), StandardCharsets.UTF_8);
  }
}
