package vn.dva.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A small iCalendar (RFC 5545) writer for all-day events: CRLF line ends, text escaped, lines
 * folded at 75 octets without splitting a UTF-8 character. Not thread-safe.
 */
final class Ics {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final StringBuilder out = new StringBuilder();
  private final String stamp;

  /** A calendar named {@code name}; {@code now} stamps every event. */
  Ics(String name, Instant now) {
    stamp = STAMP.format(now);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//dva//Kho tin dan van//VI");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line("X-WR-CALNAME:" + text(name));
  }

  /** Adds an all-day event on {@code day}; {@code uid} must be unique and stable. */
  Ics event(String uid, LocalDate day, String summary, String description, String url) {
    line("BEGIN:VEVENT");
    line("UID:" + text(uid));
    line("DTSTAMP:" + stamp);
    line("DTSTART;VALUE=DATE:" + DAY.format(day));
    line("DTEND;VALUE=DATE:" + DAY.format(day.plusDays(1)));
    line("SUMMARY:" + text(summary));
    if (description != null && !description.isEmpty()) line("DESCRIPTION:" + text(description));
    if (url != null) line("URL:" + url);
    line("END:VEVENT");
    return this;
  }

  /** The calendar, closed. */
  String end() {
    line("END:VCALENDAR");
    return out.toString();
  }

  static String text(String s) {
    return s.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "");
  }

  /** Appends a content line, folded so no physical line exceeds 75 octets. */
  private void line(String content) {
    int octets = 0;
    int i = 0;
    while (i < content.length()) {
      int cp = content.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > 75) {
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
