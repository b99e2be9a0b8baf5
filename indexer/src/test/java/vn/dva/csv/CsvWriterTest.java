package vn.dva.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvWriterTest {

  static Stream<Arguments> cells() {
    return Stream.of(
        Arguments.of("Bình Phước", "Bình Phước"),
        Arguments.of("a,b", "\"a,b\""),
        Arguments.of("nói \"dân vận khéo\"", "\"nói \"\"dân vận khéo\"\"\""),
        Arguments.of("dòng 1\ndòng 2", "\"dòng 1\ndòng 2\""),
        Arguments.of("dòng 1\r\ndòng 2", "\"dòng 1\r\ndòng 2\""),
        Arguments.of("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        Arguments.of("=1+1", "'=1+1"),
        Arguments.of("+84 123", "'+84 123"),
        Arguments.of("-2+3", "'-2+3"),
        Arguments.of("@SUM(A1)", "'@SUM(A1)"),
        Arguments.of("\t=1", "'\t=1"),
        Arguments.of("\r=1", "\"'\r=1\""),
        Arguments.of("-5", "-5"),
        Arguments.of("-1.5", "-1.5"),
        Arguments.of(-7, "-7"),
        Arguments.of(2023, "2023"),
        Arguments.of(LocalDate.of(2023, 1, 19), "2023-01-19"),
        Arguments.of("a=b", "a=b"),
        Arguments.of("25-NQ/TW", "25-NQ/TW"),
        Arguments.of("x", "x"));
  }

  @ParameterizedTest
  @MethodSource("cells")
  void quotesCellsOnlyWhenNeededAndNeutralisesFormulas(Object cell, String written) {
    StringBuilder text = new StringBuilder();
    try (CsvWriter csv = new CsvWriter(text, "h")) {
      csv.row("x", cell);
    }
    assertThat(text.toString()).isEqualTo("\uFEFFh\r\nx," + written + "\r\n");
  }

  @Test
  void nullCellsAreEmpty() {
    String text =
        CsvWriter.of(List.of("a", "b", "c"), List.of(java.util.Arrays.asList("1", null, "3")));
    assertThat(text).isEqualTo("\uFEFFa,b,c\r\n1,,3\r\n");
  }

  @Test
  void aStandardReaderGetsBackEveryCellAsWritten() throws IOException {
    List<String> row =
        List.of("Mặt trận, \"Tổ quốc\"", "dòng 1\ndòng 2", "=cmd|' /C calc'!A0", "", "Đ");
    String text = CsvWriter.of(List.of("a", "b", "c", "d", "e"), List.of(row));
    assertThat(text).startsWith(CsvWriter.BOM);
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text.substring(1)))
            .getRecords();
    assertThat(records).hasSize(1);
    assertThat(records.get(0).toList())
        .containsExactly("Mặt trận, \"Tổ quốc\"", "dòng 1\ndòng 2", "'=cmd|' /C calc'!A0", "", "Đ");
  }

  @Test
  void streamsRowsToAWriterAndClosesIt() throws IOException {
    var closed = new boolean[1];
    StringBuilder seen = new StringBuilder();
    Writer target =
        new Writer() {
          @Override
          public void write(char[] buf, int off, int len) {
            seen.append(buf, off, len);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {
            closed[0] = true;
          }
        };
    CsvWriter csv = new CsvWriter(target, "id");
    csv.row("a1").flush();
    assertThat(seen.toString()).isEqualTo("\uFEFFid\r\na1\r\n");
    csv.close();
    assertThat(closed[0]).isTrue();
  }

  @Test
  void refusesAFileWithoutColumns() {
    assertThatThrownBy(() -> new CsvWriter(new StringBuilder()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("header");
  }
}
