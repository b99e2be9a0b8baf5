package vn.dva.review;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.dva.csv.CsvWriter;

/**
 * The due list as CSV (RFC 4180, UTF-8 with a byte order mark, CRLF) and as an iCalendar file (RFC
 * 5545) for staff calendars: one all-day event per review on the anniversary of the issue date (1
 * January when only the year is known; 29 February falls on 28 February in other years). Pure;
 * thread-safe.
 */
public final class ReviewExport {

  private static final DateTimeFormatter ICS_DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter ICS_STAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private ReviewExport() {}

  /**
   * CSV (through {@link CsvWriter}: byte order mark, RFC 4180, formulas neutralised) with the
   * header {@code
   * number,issued,province,years,kind,evidence_ids,evidence_titles,subject,issued_by}; several
   * evidence articles are joined with " | "; empty cells for null values.
   */
  public static String csv(ReviewList list) {
    Objects.requireNonNull(list, "list");
    List<List<?>> rows = new ArrayList<>();
    for (DueReview d : list.due()) {
      String ids = d.evidence().stream().map(Evidence::id).collect(Collectors.joining(" | "));
      String titles = d.evidence().stream().map(Evidence::title).collect(Collectors.joining(" | "));
      rows.add(
          Arrays.asList(
              d.number(),
              d.issued(),
              d.province(),
              d.years(),
              d.kind(),
              ids,
              titles,
              d.subject(),
              d.issuedBy()));
    }
    return CsvWriter.of(
        List.of(
            "number",
            "issued",
            "province",
            "years",
            "kind",
            "evidence_ids",
            "evidence_titles",
            "subject",
            "issued_by"),
        rows);
  }

  /**
   * An iCalendar file with one VEVENT per due review. {@code stamp} is written as DTSTAMP (pass the
   * current instant; tests pass a fixed one). UIDs are stable for the same identity and year.
   */
  public static String ics(ReviewList list, Instant stamp) {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(stamp, "stamp");
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//dva//Theo dõi sơ kết tổng kết//VI");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "X-WR-CALNAME:" + text("Sơ kết, tổng kết năm " + list.year()));
    for (DueReview d : list.due()) {
      LocalDate day =
          d.issued() == null ? LocalDate.of(list.year(), 1, 1) : d.issued().withYear(list.year());
      String identity =
          d.number()
              + "@"
              + (d.issued() == null ? "" : d.issued().getYear())
              + "@"
              + (d.province() == null ? "" : d.province())
              + "@"
              + list.year();
      String summary =
          capitalized(d.kind())
              + " "
              + d.years()
              + " năm thực hiện "
              + d.number()
              + (d.issued() == null ? "" : " ngày " + d.issued().format(VN_DATE))
              + (d.province() == null ? "" : " (" + d.province() + ")");
      StringBuilder description = new StringBuilder(summary);
      if (d.issuedBy() != null) description.append("\nCơ quan ban hành: ").append(d.issuedBy());
      if (d.subject() != null) description.append("\nTrích yếu: về ").append(d.subject());
      if (d.evidence().isEmpty()) description.append("\nChưa thấy bài viết nào nhắc đến đợt này.");
      for (Evidence e : d.evidence()) description.append("\n- ").append(e.title());
      line(out, "BEGIN:VEVENT");
      line(
          out, "UID:" + UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)) + "@dva");
      line(out, "DTSTAMP:" + ICS_STAMP.format(stamp));
      line(out, "DTSTART;VALUE=DATE:" + day.format(ICS_DATE));
      line(out, "DTEND;VALUE=DATE:" + day.plusDays(1).format(ICS_DATE));
      line(out, "SUMMARY:" + text(summary));
      line(out, "DESCRIPTION:" + text(description.toString()));
      line(out, "CATEGORIES:" + text(d.kind()));
      line(out, "TRANSP:TRANSPARENT");
      line(out, "END:VEVENT");
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
  private static String text(String s) {
    return s.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n");
  }

  /** Appends a content line folded at 75 octets without splitting a UTF-8 sequence, then CRLF. */
  private static void line(StringBuilder out, String content) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
    out.append("\r\n");
  }
}
