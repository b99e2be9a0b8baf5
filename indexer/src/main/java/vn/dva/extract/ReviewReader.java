package vn.dva.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads review announcements: "sơ kết 05 năm thực hiện Chỉ thị số 19-CT/TW", "Tổng kết 10 năm thực
 * hiện Quyết định 217, 218-QĐ/TW" (one announcement per listed number), "Hội nghị tổng kết 15 năm
 * về thực hiện Nghị quyết …". Stateless and thread-safe.
 */
final class ReviewReader {

  /** Longest excerpt kept with an announcement, in characters. */
  static final int EXCERPT = 240;

  private static final String TYPE_NAMES = String.join("|", DirectiveCodes.typeNames());

  private static final Pattern ANNOUNCEMENT =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])((?:sơ|tổng) kết)\\s+0?(\\d{1,2})\\s+năm\\s+(?:về\\s+)?(?:việc\\s+)?"
              + "(?:triển khai\\s+)?(?:thực hiện|thi hành)\\s+(?:(?:các\\s+)?(?:"
              + TYPE_NAMES
              + ")\\s*)?(?:số\\s*)?:?\\s*$");

  private ReviewReader() {}

  static List<ReviewAnnouncement> read(
      String text,
      List<DirectiveMention> mentions,
      List<String> keys,
      Map<String, DirectiveCitation> byKey) {
    Set<ReviewAnnouncement> out = new LinkedHashSet<>();
    int previousEnd = 0;
    for (List<Integer> group : DirectiveGroups.of(mentions)) {
      DirectiveMention first = mentions.get(group.get(0));
      int start = first.groupStart();
      String before =
          text.substring(
              Math.max(previousEnd, Math.max(0, start - 90)), Math.max(start, previousEnd));
      previousEnd = Math.max(previousEnd, first.groupEnd());
      Matcher a = ANNOUNCEMENT.matcher(before);
      if (!a.find()) continue;
      int years = Integer.parseInt(a.group(2));
      if (years == 0) continue;
      String kind = a.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      int excerptStart = start - (before.length() - a.start());
      String excerpt = excerpt(text, excerptStart);
      for (int i : group) {
        DirectiveCitation c = byKey.get(keys.get(i));
        LocalDate issued = c == null ? null : c.issued();
        out.add(
            new ReviewAnnouncement(
                c == null ? mentions.get(i).number() : c.number(),
                issued,
                years,
                kind,
                c == null ? null : c.province(),
                excerpt));
      }
    }
    return new ArrayList<>(out);
  }

  private static String excerpt(String text, int start) {
    int end = Math.min(text.length(), start + EXCERPT);
    for (int k = start; k < end; k++) {
      char ch = text.charAt(k);
      if (ch == ';' || ch == '\n') {
        end = k;
        break;
      }
    }
    String s = text.substring(start, end).strip();
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
