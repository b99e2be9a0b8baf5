package vn.dva.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The headline a reader sees, chosen by weighing what the page offers against each other: the
 * machine-readable titles ({@code og:title}, {@code twitter:title}, JSON-LD {@code headline}, the
 * segments of {@code <title>}), and the visible heading-like elements, scored by their agreement
 * with those titles and by how close they stand before the article's body. The site's name (a
 * segment of {@code <title>} that {@code og:site_name} or the page's other titles show to be the
 * site, or a logo far above the body) loses. Stateless and thread-safe.
 */
final class Headline {

  /** The chosen headline: its text and, when it is visible, its element (else null). */
  record Choice(String text, Element element) {}

  private static final Evaluator CANDIDATES =
      QueryParser.parse(
          "h1, h2, h3, h4, [itemprop=headline]:not(meta), [class*=title], [id*=title],"
              + " [class*=Title], [id*=Title], [class*=headline], [class*=heading], [class*=tieude], [class*=tieu-de]");

  private static final Evaluator OG_TITLE =
      QueryParser.parse(
          "meta[property=og:title], meta[name=og:title], meta[name=twitter:title],"
              + " meta[property=twitter:title], meta[itemprop=headline], meta[itemprop=name]");

  private static final Evaluator SITE_NAME =
      QueryParser.parse(
          "meta[property=og:site_name], meta[name=og:site_name], meta[name=application-name],"
              + " meta[name=apple-mobile-web-app-title]");

  private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");

  private static final Pattern JSON_HEADLINE =
      Pattern.compile("\"headline\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){6,400})\"");

  /** Separators between parts of {@code <title>}: a headline and the site or section names. */
  private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|»|:|/)\\s+");

  private static final Pattern TRAILING_SEPARATOR = Pattern.compile("(?:\\s+[-|–—:»/]+)+$");

  /** Words that name the institution behind a portal ("Báo …", "Ban Dân vận Tỉnh ủy …"). */
  private static final Pattern SITE_WORDS =
      Pattern.compile(
          "(?iu)(?<!\\p{L})(?:ban|báo|cổng|trang|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|huyện ủy|huyện uỷ"
              + "|đảng bộ|ủy ban|uỷ ban|sở|website|portal|online|điện tử|thông tin|tạp chí)(?!\\p{L})"
              + "|\\.vn\\b");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** Unlinked text between a headline and its body beyond which nearness no longer counts. */
  private static final int NEAR = 600;

  private Headline() {}

  /**
   * Chooses the headline.
   *
   * @param doc the page as parsed (meta data is read from its head)
   * @param candidates the {@link #candidates} of a working copy of the page
   * @param layout the reading-order layout of {@code body}
   * @param container the block holding the article text, or null when none was found
   * @return the headline, or null when the page offers none
   */
  static Choice choose(
      Document doc, List<Element> candidates, PageLayout layout, Element container) {
    List<String> references = references(doc);
    Set<String> siteNames = siteNames(doc, references);
    List<String> titles = new ArrayList<>();
    for (String r : references) {
      String t = withoutSiteName(r, siteNames);
      if (!t.isEmpty() && !isSiteName(t, siteNames)) titles.add(t);
    }
    Element best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Element e : candidates) {
      String text = clean(e.text());
      double score = score(e, text, layout, container, titles, siteNames);
      // ties go to the first in reading order
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    if (best != null && bestScore >= 4) return new Choice(clean(best.text()), best);
    for (String t : titles) if (plausible(t)) return new Choice(t, null);
    return null;
  }

  /**
   * Heading-like elements of a working copy's body that could be the headline, in reading order,
   * taken before furniture is removed (an article header may carry a furniture-like class name).
   */
  static List<Element> candidates(Element body, PageLayout layout) {
    List<Element> out = new ArrayList<>();
    TextStats stats = TextStats.of(body);
    for (Element e : body.select(CANDIDATES)) {
      if (e == body || !layout.contains(e)) continue;
      // lengths first: the text of a block far longer than a headline is never built
      int length = stats.length(e);
      if (length < 8 || length > 450 || stats.linkDensity(e) > 0.5) continue;
      String text = clean(e.text());
      if (!plausible(text)) continue;
      // a heading wrapping a titled span: one candidate, the outer one
      Element parent = e.parent();
      if (parent != null && parent.is(CANDIDATES) && clean(parent.text()).equals(text)) continue;
      out.add(e);
    }
    return out;
  }

  private static double score(
      Element e,
      String text,
      PageLayout layout,
      Element container,
      List<String> titles,
      Set<String> siteNames) {
    double score =
        switch (e.normalName()) {
          case "h1" -> 3;
          case "h2" -> 2;
          case "h3", "h4" -> 1.5;
          default -> 1.5;
        };
    double agreement = 0;
    for (String t : titles) {
      // a title of a few words is a section's name ("Tin hoạt động") as often as a headline's
      double weight = words(t).size() >= 5 ? 1 : 0.2;
      agreement = Math.max(agreement, weight * similarity(text, t));
    }
    if (agreement >= 0.8) score += 5;
    else if (agreement >= 0.5) score += 2.5;
    if (container != null && layout.contains(container)) {
      int gap = layout.start(container) - layout.end(e);
      int intoBody = layout.start(e) - layout.start(container);
      boolean inside =
          layout.start(e) >= layout.start(container) && layout.end(e) <= layout.end(container);
      if (gap >= 0 && gap <= NEAR) score += 4 - 3.0 * gap / NEAR;
      else if (inside && intoBody <= 200) score += 3;
      else if (inside || layout.start(e) >= layout.end(container)) score -= 5;
      else score -= Math.min(4, gap / 2000.0);
    }
    if (isSiteName(text, siteNames)) score -= 8;
    if (inFurniture(e)) score -= 4;
    long words = WORD.matcher(text).results().count();
    if (words < 4) score -= 2;
    return score;
  }

  /** Whether {@code e} sits in a menu, sidebar, footer, related list or a link. */
  private static boolean inFurniture(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      String tag = p.normalName();
      if (tag.equals("a") || tag.equals("footer") || tag.equals("nav") || tag.equals("aside"))
        return true;
      if (p != e && PortalFurniture.hasFurnitureName(p) && !isHeaderOfArticle(p)) return true;
    }
    return false;
  }

  /** A block named "header" that heads the article rather than the site ("detail__header"). */
  private static boolean isHeaderOfArticle(Element p) {
    String names = (p.className() + " " + p.id()).toLowerCase(Locale.ROOT);
    return names.contains("header")
        && (names.contains("detail") || names.contains("article") || names.contains("post"));
  }

  /** The page's machine-readable titles, best first: og/twitter/microdata, JSON-LD, title. */
  static List<String> references(Document doc) {
    List<String> out = new ArrayList<>();
    for (Element m : doc.select(OG_TITLE)) add(out, m.attr("content"));
    for (Element script : doc.select(JSON_LD)) {
      Matcher m = JSON_HEADLINE.matcher(script.data());
      if (m.find()) add(out, unescapeJson(m.group(1)));
    }
    add(out, doc.title());
    return out;
  }

  private static void add(List<String> out, String raw) {
    String t = TRAILING_SEPARATOR.matcher(clean(raw)).replaceAll("").strip();
    if (!t.isEmpty() && !out.contains(t)) out.add(t);
  }

  /**
   * Names of the site: {@code og:site_name} and the like, and the parts of {@code <title>} that
   * recur as a whole in another reference or that stand alone when the title has a single part
   * shared with no other title (a portal whose every page carries its name).
   */
  static Set<String> siteNames(Document doc, List<String> references) {
    Set<String> names = new HashSet<>();
    for (Element m : doc.select(SITE_NAME)) {
      String n = clean(m.attr("content"));
      if (!n.isEmpty()) names.add(n.toLowerCase(Locale.ROOT));
    }
    String title = TRAILING_SEPARATOR.matcher(clean(doc.title())).replaceAll("").strip();
    String[] parts = SEPARATOR.split(title);
    if (parts.length > 1) {
      // the segment agreeing least with the other references is the site's name
      String last = parts[parts.length - 1].strip();
      String first = parts[0].strip();
      double lastAgree = 0;
      double firstAgree = 0;
      for (String r : references) {
        if (r.equals(title)) continue;
        lastAgree = Math.max(lastAgree, similarity(last, r));
        firstAgree = Math.max(firstAgree, similarity(first, r));
      }
      // with nothing to compare, the end part that names an institution is the site's name,
      // and the last part when both or neither do ("Headline - Site" is the common order)
      boolean siteFirst =
          firstAgree < lastAgree
              || firstAgree == lastAgree
                  && SITE_WORDS.matcher(first).find()
                  && !SITE_WORDS.matcher(last).find();
      names.add((siteFirst ? first : last).toLowerCase(Locale.ROOT));
    }
    return names;
  }

  /**
   * The site's name in its own spelling: {@code og:site_name} and the like, else the part of {@code
   * <title>} taken for the site's name, else the whole {@code <title>} when it shares little with
   * the headline (a portal whose every page is titled with its name); null when none.
   */
  static String siteTitle(Document doc, String headline) {
    for (Element m : doc.select(SITE_NAME)) {
      String n = clean(m.attr("content"));
      if (!n.isEmpty()) return n;
    }
    String title = TRAILING_SEPARATOR.matcher(clean(doc.title())).replaceAll("").strip();
    if (title.isEmpty()) return null;
    if (headline == null) return title;
    // the parts of <title> that are not the headline
    List<String> rest = new ArrayList<>();
    for (String part : SEPARATOR.split(title)) {
      if (similarity(part, headline) < 0.5) rest.add(part.strip());
    }
    return rest.isEmpty() ? null : String.join(" - ", rest);
  }

  /** {@code title} without a leading or trailing part that is a site name. */
  static String withoutSiteName(String title, Set<String> siteNames) {
    String[] parts = SEPARATOR.split(title);
    if (parts.length < 2) return title;
    int from = 0;
    int to = parts.length;
    while (to - from > 1 && isSiteName(parts[to - 1], siteNames)) to--;
    while (to - from > 1 && isSiteName(parts[from], siteNames)) from++;
    if (from == 0 && to == parts.length) return title;
    // keep the original separators of the middle part: find it in the title
    String firstPart = parts[from].strip();
    String lastPart = parts[to - 1].strip();
    int start = title.indexOf(firstPart);
    int end = title.lastIndexOf(lastPart) + lastPart.length();
    return start >= 0 && end > start ? title.substring(start, end).strip() : title;
  }

  private static boolean isSiteName(String text, Set<String> siteNames) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (siteNames.contains(t)) return true;
    for (String n : siteNames) if (n.length() >= 6 && similarity(t, n) >= 0.8) return true;
    return false;
  }

  /**
   * Word overlap of two strings: shared words over the words of the larger, lower case, NFC; 0 when
   * either has no word.
   */
  static double similarity(String a, String b) {
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) return 0;
    Set<String> ys = new HashSet<>(y);
    int shared = 0;
    for (String w : new HashSet<>(x)) if (ys.contains(w)) shared++;
    return shared / (double) Math.max(new HashSet<>(x).size(), ys.size());
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(TextDecoder.nfc(s).toLowerCase(Locale.ROOT));
    while (m.find()) out.add(m.group());
    return out;
  }

  private static boolean plausible(String t) {
    return t.length() >= 10
        && t.length() <= 400
        && t.codePoints().filter(Character::isLetter).count() >= 6;
  }

  static String clean(String s) {
    return s == null ? "" : TextDecoder.nfc(MainText.collapseSpaces(s).strip());
  }

  private static String unescapeJson(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        out.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'u' -> {
          if (i + 4 < s.length()) {
            try {
              out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
              i += 4;
            } catch (NumberFormatException e) {
              out.append(n);
            }
          }
        }
        case 'n', 'r', 't' -> out.append(' ');
        default -> out.append(n);
      }
    }
    return out.toString();
  }
}
