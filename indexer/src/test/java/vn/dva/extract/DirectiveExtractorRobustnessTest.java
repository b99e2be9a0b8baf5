package vn.dva.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random text made of the characters numbers are built from never breaks the extractor. */
class DirectiveExtractorRobustnessTest {

  private static final String[] PIECES = {
    "1",
    "25",
    "217",
    "2013",
    "-",
    " - ",
    "/",
    " ",
    ", ",
    "; ",
    "và ",
    "ngày ",
    "tháng ",
    "năm ",
    "số",
    "NQ",
    "nq",
    "CT",
    "QĐ",
    "QĐi",
    "TW",
    "TU",
    "UBND",
    "NĐ-CP",
    "Chỉ thị ",
    "Nghị quyết ",
    "của ",
    "Bộ Chính trị",
    "khóa XI",
    "(",
    ")",
    "sơ kết ",
    "tổng kết ",
    "thực hiện ",
    "tiếp tục ",
    "thay thế ",
    "cùng ",
    "\n",
    "Đ",
    "đ",
    "Ð",
    "ạ",
    "́",
  };

  @Test
  void randomTextNeverThrowsAndSpansStayInsideTheText() {
    Random random = new Random(20231119L);
    for (int run = 0; run < 3000; run++) {
      StringBuilder s = new StringBuilder();
      int pieces = random.nextInt(40);
      for (int i = 0; i < pieces; i++) s.append(PIECES[random.nextInt(PIECES.length)]);
      String text = s.toString();
      List<DirectiveExtractor.NumberMatch> numbers = DirectiveExtractor.numbersIn(text);
      int previousEnd = 0;
      for (DirectiveExtractor.NumberMatch m : numbers) {
        assertThat(m.start()).as(text).isGreaterThanOrEqualTo(previousEnd);
        assertThat(m.end()).as(text).isGreaterThan(m.start()).isLessThanOrEqualTo(text.length());
        previousEnd = m.end();
      }
      DirectiveExtraction x = DirectiveExtractor.extract(text, run % 2 == 0 ? null : "Lạng Sơn");
      assertThat(x.citations().stream().mapToInt(DirectiveCitation::mentions).sum())
          .as(text)
          .isEqualTo(numbers.size());
    }
  }

  @Test
  void hugeListsAndRepeatedNamesDoNotExhaustTheStack() {
    StringBuilder list = new StringBuilder("Nghị quyết số ");
    for (int i = 0; i < 20_000; i++) list.append(i % 9999).append(", ");
    list.append("25-NQ/TW của Bộ Chính trị");
    assertThat(DirectiveExtractor.numbersIn(list.toString())).isNotEmpty();
    assertThat(DirectiveExtractor.numbersIn("Chỉ thị ".repeat(50_000) + "05 của Bộ Chính trị"))
        .extracting(DirectiveExtractor.NumberMatch::number)
        .containsExactly("05-CT/TW");
    assertThat(DirectiveExtractor.numbersIn("1-".repeat(100_000) + "CT/TU")).isEmpty();
  }
}
