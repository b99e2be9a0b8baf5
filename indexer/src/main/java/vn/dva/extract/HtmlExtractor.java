package vn.dva.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Title, publication date and main text of an HTML page from a provincial portal or newspaper
 * (NukeViet, Joomla, SharePoint, Liferay, DNN, WordPress-like newspapers, old table layouts).
 *
 * <p>Title: {@code og:title}, else the article's headline element, else {@code <title>} without the
 * site name. Date: see {@link HtmlDates}. Text: see {@link MainText}. Pure, stateless and
 * thread-safe; the given document is not modified.
 */
public final class HtmlExtractor {

  private static final List<Evaluator> HEADLINES =
      Stream.of(
              "[itemprop=headline]:not(meta)",
              "h1.title",
              "h1.entry-title",
              "h1.article-title",
              "h1.detail-title",
              ".title-detail",
              ".detail-title",
              ".news-title",
              ".article-title",
              "h1.journal-content-article-title",
              ".contentheading",
              ".asset-title",
              "[class~=(?i)^(tieude|tieu-de|tieudetin|tieude_tin|title_news|newstitle)$]",
              ".item-page h2",
              ".page-header h2",
              "article h1",
              ".journal-content-article h1, .journal-content-article h2")
          // parsed once: select(String) parses its query again on every call
          .map(QueryParser::parse)
          .toList();

  private static final Evaluator H1_TO_H3 = QueryParser.parse("h1, h2, h3");
  private static final Evaluator H1 = QueryParser.parse("h1");
  private static final Evaluator OG_TITLE =
      QueryParser.parse("meta[property=og:title], meta[name=og:title]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

  /** Separators between an article title and the site name in {@code <title>}. */
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|»|:)\\s+");

  private static final Pattern SITE_WORDS =
      Pattern.compile(
          "(?iu)\\bban\\b|báo|cổng|trang|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|huyện ủy|đảng bộ|website|portal"
              + "|online|điện tử|thông tin|\\.vn|dân vận|ubnd|mặt trận|tạp chí");

  private HtmlExtractor() {}

  /**
   * Reads a parsed page.
   *
   * @param doc the page, parsed from NFC text with its base URI; not null
   * @return title (null when the page has none), date (null when unknown) and main text
   */
  public static ExtractedParts extract(Document doc) {
    Document copy = doc.clone();
    Element body = copy.body();
    MainText.removeNonText(body);
    PageLayout layout = PageLayout.of(body);
    List<Element> candidates = Headline.candidates(body, layout);
    Element container = MainText.container(body);
    Headline.Choice choice = Headline.choose(doc, candidates, layout, container);
    Element headline = choice == null ? null : choice.element();
    String title = choice == null ? null : choice.text();
    List<Element> lead = MainText.lead(body, headline, container, layout);
    // read before link blocks leave the container
    boolean listLike = PageKind.looksLikeList(doc, body, layout, headline, container);
    String text = MainText.text(container, lead, headline, title);
    String kind = PageKind.of(listLike, text);
    boolean list = kind.equals(ExtractedDocument.LIST);
    // a list page has neither a body nor a date of its own (its dates are its teasers')
    if (list) text = "";
    String site = Headline.siteTitle(doc, title);
    LocalDate published = list ? null : HtmlDates.of(doc, original(doc, headline));
    return new ExtractedParts(title, published, text, false, kind, site);
  }

  /** The element of {@code doc} that a working copy's {@code e} was cloned from, or null. */
  private static Element original(Document doc, Element e) {
    if (e == null) return null;
    String text = e.text();
    for (Element candidate : doc.getElementsByTag(e.normalName())) {
      if (candidate.text().equals(text)) return candidate;
    }
    return null;
  }

  /** The element showing the article's title, or null. */
  static Element headline(Document doc) {
    for (Evaluator selector : HEADLINES) {
      for (Element e : doc.select(selector)) {
        if (looksLikeTitle(e.text())) return e;
      }
    }
    String pageTitle = clean(doc.title());
    for (Element e : doc.select(H1_TO_H3)) {
      String t = clean(e.text());
      if (t.length() >= 15 && pageTitle.startsWith(t)) return e;
    }
    for (Element e : doc.select(H1)) {
      if (looksLikeTitle(e.text())
          && !e.className().contains("site")
          && !e.className().contains("logo")) {
        return e;
      }
    }
    return null;
  }

  private static String title(Document doc, Element headline) {
    for (Element meta : doc.select(OG_TITLE)) {
      String og = withoutSiteName(clean(meta.attr("content")));
      if (looksLikeTitle(og)) return og;
    }
    if (headline != null) return clean(headline.text());
    String pageTitle = withoutSiteName(clean(doc.title()));
    return pageTitle.isEmpty() ? null : pageTitle;
  }

  /** Strips a trailing site name ("… - Ban Dân vận Tỉnh ủy", "… | Báo Quảng Nam"). */
  static String withoutSiteName(String title) {
    var m = TITLE_SEPARATOR.matcher(title);
    int lastStart = -1;
    int lastEnd = -1;
    while (m.find()) {
      lastStart = m.start();
      lastEnd = m.end();
    }
    if (lastStart < 8) return title;
    String tail = title.substring(lastEnd);
    boolean siteName = tail.length() <= 60 && SITE_WORDS.matcher(tail).find();
    return siteName ? title.substring(0, lastStart).strip() : title;
  }

  private static boolean looksLikeTitle(String text) {
    String t = clean(text);
    return t.length() >= 10
        && t.length() <= 400
        && t.codePoints().filter(Character::isLetter).count() >= 6;
  }

  private static String clean(String s) {
    return s == null ? "" : TextDecoder.nfc(SPACES.matcher(s).replaceAll(" ").strip());
  }
}
