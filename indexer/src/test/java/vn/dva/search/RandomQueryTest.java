package vn.dva.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.extract.ExtractedDocument;
import vn.dva.index.DocumentIndexer;

/**
 * Ten thousand random queries (Vietnamese letters, digits, punctuation, operators, directive
 * numbers, control characters) through the shipped service: each gets a list of hits, empty or not,
 * and never an error.
 */
class RandomQueryTest {

  @TempDir static Path dir;
  static SearchService service;

  private static final String[] PIECES = {
    "dân",
    "vận",
    "khéo",
    "Đảng",
    "củaĐảng",
    "Tràng",
    "Định",
    "nghỉ",
    "bao",
    "lâu",
    "năm",
    "người",
    "lao",
    "động",
    "MTTQ",
    "UBND",
    "DTTS",
    "Mặt",
    "trận",
    "Tổ",
    "quốc",
    "kinh tế - xã hội",
    "a",
    "ư",
    "ở",
    "Ð",
    "thuỷ",
    "kĩ",
    "1",
    "12",
    "2023",
    "19/01/2023",
    "18-CT/TU",
    "15/2020/NĐ-CP",
    "217- QĐ/TW",
    "25-NQ/TW",
    "QĐ",
    "TTg",
    "CTr",
    "OR",
    "AND",
    "NOT",
    "or",
    "-",
    "+",
    "*",
    "?",
    "!",
    ",",
    ".",
    ":",
    ";",
    "\"",
    "“",
    "”",
    "«",
    "»",
    "‹",
    "›",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "<",
    ">",
    "/",
    "\\",
    "~",
    "^",
    "&&",
    "||",
    "title:",
    "text:",
    "province:",
    "type:",
    "directive:",
    "year:",
    "x:",
    "\u0000",
    "\u0007",
    "\t",
    "\n",
    "\u200b",
    "\ufeff",
    "\u00ad",
    "\u0301",
    "😀",
    "\ud800",
    "漢字",
    " ",
    " ",
    " ",
    " "
  };

  @BeforeAll
  static void buildIndex() throws IOException {
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      String[] texts = {
        "Phong trào thi đua Dân vận khéo theo Chỉ thị số 18-CT/TU ngày 19/01/2023.",
        "Mặt trận Tổ quốc và UBND huyện Tràng Định; Nghị quyết củaĐảng; 15/2020/NĐ-CP.",
        "Người lao động được nghỉ hằng năm 12 ngày; kinh tế - xã hội; DTTS; thuỷ lợi, kĩ thuật."
      };
      for (int i = 0; i < texts.length; i++) {
        indexer.add(
            new ExtractedDocument(
                "p" + i, null, "Trang " + i, null, null, null, "txt", texts[i], null, null));
      }
      indexer.commit();
    }
    service = SearchService.open(dir, false, 1);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  @Test
  void everyRandomQueryGetsHitsOrNoneButNeverAnError() throws IOException {
    SplittableRandom random = new SplittableRandom(20261207L);
    int withHits = 0;
    for (int n = 0; n < 10_000; n++) {
      String query = randomQuery(random);
      List<SearchResponse.Hit> hits;
      try {
        hits = service.search(SearchRequest.of(query)).hits();
      } catch (RuntimeException e) {
        throw new AssertionError("query " + n + " failed: " + escape(query), e);
      }
      assertThat(hits).as(escape(query)).isNotNull();
      if (!hits.isEmpty()) withHits++;
    }
    assertThat(withHits).as("queries with hits").isGreaterThan(1000);
  }

  private static String randomQuery(SplittableRandom random) {
    StringBuilder q = new StringBuilder();
    int pieces = 1 + random.nextInt(random.nextInt(10) == 0 ? 60 : 8);
    for (int i = 0; i < pieces && q.length() < 900; i++) {
      if (random.nextInt(8) == 0) q.append((char) random.nextInt(0x3000));
      else q.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextBoolean()) q.append(' ');
    }
    return q.toString();
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray())
      out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    return out.toString();
  }
}
