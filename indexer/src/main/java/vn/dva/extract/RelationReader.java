package vn.dva.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads relations between directives from the words that join two neighbouring mentions in one
 * clause: "Kết luận số 43-KL/TW … về tiếp tục thực hiện Nghị quyết số 25-NQ/TW", "Kế hoạch số
 * 68-KH/TU thực hiện Chỉ thị số 36-CT/TW", "Quy định 124-QĐ/TW thay thế Quy định 47-QĐ/TW".
 *
 * <p>The joining words must be at most {@value #MAX_GAP} characters long without a semicolon or
 * line break, and the trigger must stand just before the second mention (its type name and "số" may
 * come between). Stateless and thread-safe.
 */
final class RelationReader {

  static final int MAX_GAP = 220;

  private static final String TYPE_NAMES = String.join("|", DirectiveCodes.typeNames());

  /** Trigger, then only a type name, "số", "các" before the second mention. */
  private static final Pattern TRIGGER =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:(tiếp tục\\s+(?:đẩy mạnh\\s+)?(?:việc\\s+)?(?:triển khai\\s+)?thực hiện)"
              + "|((?:sơ|tổng) kết)\\s+0?(\\d{1,2})\\s+năm\\s+(?:về\\s+)?(?:việc\\s+)?(?:triển khai\\s+)?thực hiện"
              + "|(được\\s+thay\\s+thế\\s+(?:bằng|bởi))|(thay\\s+thế)"
              + "|((?:triển khai\\s+|tổ chức\\s+)?thực hiện|thi hành|cụ thể hóa))"
              + "\\s+(?:(?:các\\s+)?(?:"
              + TYPE_NAMES
              + ")\\s*)?(?:số\\s*)?:?\\s*$");

  private RelationReader() {}

  static List<DirectiveRelation> read(
      String text, List<DirectiveMention> mentions, List<String> keys) {
    Set<DirectiveRelation> out = new LinkedHashSet<>();
    List<List<Integer>> groups = DirectiveGroups.of(mentions);
    for (int g = 0; g + 1 < groups.size(); g++) {
      List<Integer> a = groups.get(g);
      List<Integer> b = groups.get(g + 1);
      int from = mentions.get(a.get(a.size() - 1)).groupEnd();
      int to = mentions.get(b.get(0)).groupStart();
      if (to < from || to - from > MAX_GAP) continue;
      String gap = text.substring(from, to);
      if (gap.indexOf(';') >= 0 || gap.indexOf('\n') >= 0) continue;
      Matcher t = TRIGGER.matcher(gap.substring(Math.max(0, gap.length() - 80)));
      if (!t.find()) continue;
      String kind;
      boolean reversed = false;
      if (t.group(1) != null) kind = DirectiveRelation.CONTINUES;
      else if (t.group(2) != null)
        kind =
            t.group(2).toLowerCase(Locale.ROOT)
                + " "
                + Integer.parseInt(t.group(3))
                + " năm thực hiện";
      else if (t.group(4) != null) {
        kind = DirectiveRelation.REPLACES;
        reversed = true;
      } else if (t.group(5) != null) kind = DirectiveRelation.REPLACES;
      else kind = DirectiveRelation.IMPLEMENTS;
      for (int i : a) {
        for (int j : b) {
          String x = keys.get(i);
          String y = keys.get(j);
          if (x.equals(y)) continue;
          out.add(reversed ? new DirectiveRelation(y, kind, x) : new DirectiveRelation(x, kind, y));
        }
      }
    }
    return new ArrayList<>(out);
  }
}
