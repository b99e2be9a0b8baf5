package vn.dva.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewExportTest {

  private static final ReviewList LIST =
      new ReviewList(
          2023,
          List.of(
              new DueReview(
                  "25-NQ/TW",
                  LocalDate.of(2013, 6, 3),
                  null,
                  10,
                  "tổng kết",
                  List.of(
                      new Evidence(
                          "https://a.vn/1",
                          "Bình Phước: sơ kết, tổng kết \"các\" nghị quyết",
                          "Tổng kết 10 năm …"),
                      new Evidence("file:///b.txt", "Bài hai", null)),
                  "tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận",
                  "Ban Chấp hành Trung ương Đảng"),
              new DueReview(
                  "02-HD/TU", LocalDate.of(2016, 2, 29), "Bình Phước", 5, "sơ kết", List.of()),
              new DueReview("15/2018/NĐ-CP", null, null, 5, "sơ kết", List.of())));

  @Test
  void csvQuotesCellsWithCommasAndQuotesAndEndsWithSubjectAndIssuer() {
    String[] lines = ReviewExport.csv(LIST).split("\r\n");
    assertThat(lines[0])
        .isEqualTo(
            "\uFEFFnumber,issued,province,years,kind,evidence_ids,evidence_titles,subject,issued_by");
    assertThat(lines[1])
        .isEqualTo(
            "25-NQ/TW,2013-06-03,,10,tổng kết,https://a.vn/1 | file:///b.txt,"
                + "\"Bình Phước: sơ kết, tổng kết \"\"các\"\" nghị quyết | Bài hai\","
                + "tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận,"
                + "Ban Chấp hành Trung ương Đảng");
    assertThat(lines[2]).isEqualTo("02-HD/TU,2016-02-29,Bình Phước,5,sơ kết,,,,");
    assertThat(lines).hasSize(4);
  }

  @Test
  void csvNeutralisesATitleThatASpreadsheetWouldRun() {
    ReviewList list =
        new ReviewList(
            2023,
            List.of(
                new DueReview(
                    "25-NQ/TW",
                    LocalDate.of(2013, 6, 3),
                    null,
                    10,
                    "tổng kết",
                    List.of(new Evidence("https://a.vn/1", "=HYPERLINK(\"http://x\")", null)))));
    String[] lines = ReviewExport.csv(list).split("\r\n");
    assertThat(lines[1]).endsWith(",\"'=HYPERLINK(\"\"http://x\"\")\",,");
  }

  @Test
  void icsHasOneAllDayEventPerReviewOnTheAnniversary() {
    String ics = ReviewExport.ics(LIST, Instant.parse("2023-01-02T03:04:05Z"));
    String unfolded = ics.replace("\r\n ", "");
    assertThat(unfolded)
        .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
        .endsWith("END:VCALENDAR\r\n");
    assertThat(unfolded.split("BEGIN:VEVENT", -1)).hasSize(4);
    assertThat(unfolded).contains("DTSTART;VALUE=DATE:20230603\r\nDTEND;VALUE=DATE:20230604\r\n");
    assertThat(unfolded).contains("DTSTART;VALUE=DATE:20230228\r\n");
    assertThat(unfolded).contains("DTSTART;VALUE=DATE:20230101\r\n");
    assertThat(unfolded).contains("SUMMARY:Tổng kết 10 năm thực hiện 25-NQ/TW ngày 03/06/2013\r\n");
    assertThat(unfolded).contains("DTSTAMP:20230102T030405Z");
    assertThat(unfolded).contains("\\, tổng kết").contains("\\n- Bài hai");
    assertThat(unfolded)
        .contains("\\nCơ quan ban hành: Ban Chấp hành Trung ương Đảng")
        .contains("\\nTrích yếu: về tăng cường và đổi mới sự lãnh đạo");
  }

  @Test
  void icsLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingLetters() {
    String ics = ReviewExport.ics(LIST, Instant.EPOCH);
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
      assertThat(line).doesNotContain("\uFFFD");
    }
  }

  @Test
  void icsUidsAreStableAcrossRuns() {
    String a = ReviewExport.ics(LIST, Instant.EPOCH);
    String b = ReviewExport.ics(LIST, Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(a.lines().filter(l -> l.startsWith("UID:")).toList())
        .isEqualTo(b.lines().filter(l -> l.startsWith("UID:")).toList())
        .hasSize(3)
        .doesNotHaveDuplicates();
  }
}
