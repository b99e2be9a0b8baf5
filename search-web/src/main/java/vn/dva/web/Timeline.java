package vn.dva.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.dva.search.SearchService;

/**
 * The histogram of results over time, drawn server-side as SVG (no script, no inline style, so it
 * passes the page's content policy). Months when the results span at most {@link #MAX_MONTHS}
 * months, years otherwise; empty periods in between are drawn as gaps. Each bar links to the
 * results of its period: the SVG is a group of named links ("02/2023: 1 bài"), reached by Tab.
 */
final class Timeline {

  /** Longest span drawn month by month. */
  static final int MAX_MONTHS = 36;

  private static final int WIDTH = 640;
  private static final int HEIGHT = 110;

  /** One bar: period label, first and last day, count. */
  record Bar(String label, LocalDate from, LocalDate to, int count) {}

  private Timeline() {}

  /** Bars for the month facet ({@code "2023-01" → count}); empty when no result has a date. */
  static List<Bar> bars(Map<String, Integer> months) {
    TreeMap<YearMonth, Integer> byMonth = new TreeMap<>();
    months.forEach((k, v) -> byMonth.merge(YearMonth.parse(k), v, Integer::sum));
    List<Bar> bars = new ArrayList<>();
    if (byMonth.isEmpty()) return bars;
    YearMonth first = byMonth.firstKey();
    YearMonth last = byMonth.lastKey();
    if (first.until(last, java.time.temporal.ChronoUnit.MONTHS) < MAX_MONTHS) {
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        bars.add(
            new Bar(
                String.format("%02d/%d", m.getMonthValue(), m.getYear()),
                m.atDay(1),
                m.atEndOfMonth(),
                byMonth.getOrDefault(m, 0)));
      }
    } else {
      for (int y = first.getYear(); y <= last.getYear(); y++) {
        int year = y;
        int count =
            byMonth.entrySet().stream()
                .filter(e -> e.getKey().getYear() == year)
                .mapToInt(Map.Entry::getValue)
                .sum();
        bars.add(
            new Bar(Integer.toString(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), count));
      }
    }
    return bars;
  }

  /** "05/2018 – 09/2019": the span of {@code bars}, for the caption; "" when empty. */
  static String range(List<Bar> bars) {
    if (bars.isEmpty()) return "";
    String first = bars.get(0).label();
    String last = bars.get(bars.size() - 1).label();
    return first.equals(last) ? first : first + " – " + last;
  }

  /**
   * The SVG for {@code bars}, each linking to {@code current} narrowed to its period; "" when
   * empty.
   */
  static String svg(List<Bar> bars, QueryString current) {
    if (bars.isEmpty()) return "";
    int max = bars.stream().mapToInt(Bar::count).max().orElse(1);
    double w = (double) WIDTH / bars.size();
    StringBuilder out = new StringBuilder();
    out.append("<svg class=\"timeline\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        // a group of links, not an image: an image may not hold links (axe nested-interactive),
        // and each bar must be a link a keyboard reaches and a screen reader names
        .append(
            "\" role=\"group\" aria-label=\"Số bài theo thời gian; mỗi cột là một liên kết lọc\">");
    QueryString base = current.without("page", "from", "to");
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double h = max == 0 ? 0 : Math.max(b.count() > 0 ? 2 : 0, HEIGHT * (double) b.count() / max);
      String href = base.set("from", b.from().toString()).set("to", b.to().toString()).on("/");
      String name = b.label() + ": " + b.count() + " bài";
      out.append("<a href=\"")
          .append(SearchService.escapeHtml(href))
          .append("\" aria-label=\"")
          .append(SearchService.escapeHtml(name))
          .append("\">")
          .append(
              String.format(
                  java.util.Locale.ROOT,
                  "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\">",
                  i * w + 1,
                  HEIGHT - h,
                  Math.max(1, w - 2),
                  Math.max(h, 0.5)))
          .append("<title>")
          .append(SearchService.escapeHtml(b.label()))
          .append(": ")
          .append(b.count())
          .append(" bài</title></rect></a>");
    }
    out.append("</svg>");
    return out.toString();
  }
}
