package vn.dva.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowWriterTest {

  @Test
  void writesByteOrderMarkHeaderAndCrlfRows() throws Exception {
    StringWriter out = new StringWriter();
    CsvRowWriter csv = new CsvRowWriter(out);
    csv.write(
        new ExportRow(
            "id1",
            "Tin, \"một\"",
            "https://x.vn/1",
            "Bình Phước",
            "Đồng Nai",
            LocalDate.of(2023, 1, 19),
            "x.vn",
            List.of("25-NQ/TW", "18-CT/TU"),
            "=cmd|' /C calc'!A0"));
    csv.write(new ExportRow("id2", "-1+1", null, null, null, null, null, List.of(), "@SUM(A1)"));
    csv.flush();
    assertThat(out.toString())
        .isEqualTo(
            "\uFEFFid,title,url,province,province_now,published,source,directives,lead,story,versions\r\n"
                + "id1,\"Tin, \"\"một\"\"\",https://x.vn/1,Bình Phước,Đồng Nai,2023-01-19,x.vn,"
                + "25-NQ/TW 18-CT/TU,'=cmd|' /C calc'!A0,,1\r\n"
                + "id2,'-1+1,,,,,,,'@SUM(A1),,1\r\n");
  }
}
