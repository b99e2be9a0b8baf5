package vn.dva.extract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The publication date of a portal page: machine-readable meta data first (Open Graph, schema.org
 * JSON-LD and microdata, Dublin Core, {@code <time datetime>}), then a short visible line near the
 * title ("Thứ năm - 19/01/2023 10:20"). Never a date from the article body, where dates belong to
 * the directives it cites. Stateless and thread-safe.
 */
final class HtmlDates {

  private static final List<String> META_NAMES =
      List.of(
          "article:published_time",
          "og:published_time",
          "datepublished",
          "pubdate",
          "publishdate",
          "publish-date",
          "publish_date",
          "dc.date.issued",
          "dc.date",
          "dcterms.issued",
          "dcterms.created",
          "dcterms.date",
          "date",
          "created",
          "sailthru.date");

  private static final Pattern JSON_LD_DATE =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{6,40})\"");

  private static final Pattern DATE_CLASS =
      Pattern.compile(
          "(?:^|[-_])(?:date|time|datetime|ngay|ngaydang|published|publish|pubdate|post-?date|created"
              + "|news-?date|meta|article-?info|info|posted|thoigian|detail-?time)(?:$|[-_\\d])");

  private static final Pattern CITATION =
      Pattern.compile(
          "(?iu)chỉ thị|nghị quyết|quyết định|kết luận|nghị định|quy định|thông tư|kế hoạch|\\d+\\s*-\\s*\\p{L}{1,5}/");

  /** Blocks beside the article whose dates belong to other articles or to today. */
  private static final Pattern AROUND_ARTICLE =
      Pattern.compile(
          "related|relate|footer|sidebar|menu|comment|tinkhac|tin-khac|other|latest|calendar|lich"
              + "|site-header|top-header|header-date|topbar|top-bar|userbar|banner|currentdate");

  /** How many elements after (and before) the title are searched for a visible date. */
  private static final int NEAR_TITLE_ELEMENTS = 25;

  // selectors parsed once: select(String) parses its query again on every call
  private static final Evaluator DATE_ELEMENTS =
      QueryParser.parse("[itemprop=datePublished], time[datetime], time[pubdate]");
  private static final Evaluator META_WITH_CONTENT = QueryParser.parse("meta[content]");
  private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");

  private HtmlDates() {}

  /** The publication date, or null when the page shows none. */
  static LocalDate of(Document doc, Element titleElement) {
    LocalDate meta = fromMeta(doc);
    if (meta != null) return meta;
    for (Element e : doc.select(DATE_ELEMENTS)) {
      LocalDate d = firstDate(e.attr("content"), e.attr("datetime"), e.text());
      if (d != null) return d;
    }
    // the date line beside the headline before any other element named "date": headers show
    // today's date, sidebars the dates of other pages
    LocalDate near = titleElement == null ? null : nearTitle(doc, titleElement);
    if (near != null) return near;
    for (Element e : doc.body().getAllElements()) {
      if (hasDateName(e) && !inFurniture(e)) {
        LocalDate d = visibleDate(e.text());
        if (d != null) return d;
      }
    }
    return null;
  }

  private static LocalDate fromMeta(Document doc) {
    Map<String, String> contents = new HashMap<>();
    for (Element m : doc.select(META_WITH_CONTENT)) {
      String key =
          (m.attr("property") + m.attr("name") + m.attr("itemprop")).toLowerCase(Locale.ROOT);
      contents.putIfAbsent(key, m.attr("content"));
    }
    for (String name : META_NAMES) {
      LocalDate d = VietnameseDates.parse(contents.get(name));
      if (d != null) return d;
    }
    for (Element script : doc.select(JSON_LD)) {
      Matcher m = JSON_LD_DATE.matcher(script.data());
      if (m.find()) {
        LocalDate d = VietnameseDates.parse(m.group(1));
        if (d != null) return d;
      }
    }
    return null;
  }

  private static LocalDate firstDate(String... candidates) {
    for (String c : candidates) {
      LocalDate d = VietnameseDates.parse(c);
      if (d != null) return d;
    }
    return null;
  }

  private static boolean hasDateName(Element e) {
    for (String name : e.classNames()) {
      if (DATE_CLASS.matcher(name.toLowerCase(Locale.ROOT)).find()) return true;
    }
    return !e.id().isEmpty() && DATE_CLASS.matcher(e.id().toLowerCase(Locale.ROOT)).find();
  }

  private static boolean inFurniture(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      String tag = p.tagName();
      if (tag.equals("footer") || tag.equals("nav") || tag.equals("aside")) return true;
      if (tag.equals("header") && p.closest("article") == null) return true;
      if (AROUND_ARTICLE.matcher((p.className() + " " + p.id()).toLowerCase(Locale.ROOT)).find())
        return true;
    }
    return false;
  }

  /** A date from a short line that is not a sentence about a directive, or null. */
  static LocalDate visibleDate(String text) {
    if (text.length() > 100 || CITATION.matcher(text).find() || TODAY.matcher(text).find())
      return null;
    LocalDate d = VietnameseDates.parse(text);
    return d != null ? d : spacedDate(text);
  }

  /**
   * Day, month and year separated by spaces only ("thứ ba, 14 05 2019 10:01"), as some portal
   * templates print them; only in a short date line, where three such numbers are nothing else.
   */
  private static LocalDate spacedDate(String text) {
    Matcher m = SPACED_DATE.matcher(text);
    if (!m.find()) return null;
    try {
      int year = Integer.parseInt(m.group(3));
      if (year < 1945 || year > 2100) return null;
      return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** A header's "today" line ("Hôm nay: Thứ hai, 07/12/2026"). */
  private static final Pattern TODAY = Pattern.compile("(?iu)hôm nay|today");

  private static final Pattern SPACED_DATE =
      Pattern.compile("(?<![\\d/.,-])(\\d{1,2}) (\\d{1,2}) (\\d{4})(?![\\d/.-])");

  private static LocalDate nearTitle(Document doc, Element title) {
    Elements all = doc.getAllElements();
    int at = all.indexOf(title);
    if (at < 0) return null;
    for (int i = at + 1; i < all.size() && i <= at + NEAR_TITLE_ELEMENTS; i++) {
      Element e = all.get(i);
      if (e.ownText().length() > 150) break;
      LocalDate d = inFurniture(e) ? null : visibleDate(e.text());
      if (d != null) return d;
    }
    for (int i = at - 1; i >= 0 && i >= at - 5; i--) {
      Element e = all.get(i);
      if (e.text().length() > 100) break;
      LocalDate d = inFurniture(e) ? null : visibleDate(e.text());
      if (d != null) return d;
    }
    return null;
  }
}
