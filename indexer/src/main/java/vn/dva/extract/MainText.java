package vn.dva.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Finds the article text of a portal page: the known content container of the portal family, or
 * else the block with the most unlinked text, cleaned of furniture and rendered with one line per
 * paragraph. Works on a copy; the given document is not changed. Stateless and thread-safe.
 */
final class MainText {

  /**
   * Content containers of the portal families, most specific first (an inner body before the
   * wrapper holding title and lead). For each selector the match with the most text wins, provided
   * it has at least {@link #MIN_CONTAINER_CHARS} characters.
   */
  private static final List<Evaluator> CONTAINERS =
      Stream.of(
              "#news-bodyhtml", // NukeViet
              "[itemprop=articleBody]", // Joomla and schema.org newspapers
              ".journal-content-article", // Liferay
              ".ms-rtestate-field", // SharePoint
              ".ms-rte-layoutszone-inner",
              ".detail-content", // newspapers and most custom portals
              ".detail__content",
              ".content-detail",
              ".news-detail-content",
              ".entry-content",
              ".article-content",
              ".article-body",
              ".article__body",
              ".post-content",
              ".news-content",
              ".DNNModuleContent .Normal", // DNN
              ".Normal",
              ".bodytext",
              ".item-page",
              "article",
              "[role=main], main")
          // parsed once: jsoup parses a selector string again on every select(String) call
          .map(QueryParser::parse)
          .toList();

  private static final Evaluator REMOVED = QueryParser.parse(PortalFurniture.REMOVED_TAGS);

  private static final int MIN_CONTAINER_CHARS = 150;

  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "br",
          "li",
          "ul",
          "ol",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "tr",
          "td",
          "th",
          "table",
          "tbody",
          "blockquote",
          "section",
          "article",
          "figure",
          "figcaption",
          "dd",
          "dt",
          "dl",
          "pre",
          "address",
          "hr",
          "main",
          "header",
          "footer",
          "center",
          "caption");

  private static final Set<String> SCORED_TAGS =
      Set.of("div", "td", "article", "section", "main", "body", "blockquote", "center", "font");

  private MainText() {}

  /**
   * The main text of {@code doc}, one paragraph per line, NFC, without furniture; empty when the
   * page has no text. The page's headline and lead are not looked for (see {@link
   * HtmlExtractor#extract}).
   *
   * @param title the article's title, removed when the container repeats it; may be null
   */
  static String of(Document doc, String title) {
    Document copy = doc.clone();
    Element body = copy.body();
    body.select(REMOVED).remove();
    Element container = container(body);
    return text(container, List.of(), null, title);
  }

  /** Removes the tags that never hold article text from a working copy's {@code body}. */
  static void removeNonText(Element body) {
    body.select(REMOVED).remove();
  }

  /**
   * The block holding the article text in a working copy's body (already without {@link
   * #removeNonText non-text tags}): the known content container of a portal family, else the block
   * with the most unlinked text, after furniture is removed from the body. May remove furniture
   * from {@code body}; never returns null (the body itself at worst).
   */
  static Element container(Element body) {
    Element container = knownContainer(body);
    if (container == null) {
      removeFurniture(body, body.text().length());
      container = densestBlock(body);
    }
    return container;
  }

  /**
   * The article text: the lead blocks, then the container from the headline on (when the headline
   * sits inside it), without furniture, captions, link lists and bylines, one paragraph per line.
   *
   * @param container the block holding the article; changed (furniture removed)
   * @param lead blocks before the container that belong to the article (the lead), in order
   * @param headline the headline's element, or null
   * @param title the headline's text, removed where the text repeats it; may be null
   */
  static String text(Element container, List<Element> lead, Element headline, String title) {
    if (headline != null && headline != container && isInside(headline, container)) {
      dropUpTo(headline, container);
    }
    removeFurniture(container, container.text().length());
    removeLinkBlocks(container);
    removeTeaserBoxes(container);
    removeTrailingCaptions(container);
    List<String> lines = new ArrayList<>();
    for (Element l : lead) {
      removeFurniture(l, l.text().length());
      lines.addAll(render(l));
    }
    lines.addAll(render(container));
    return clean(lines, title);
  }

  /**
   * Blocks between the headline and the container that a reader takes for the article's lead
   * (sapo): paragraph-like text outside links, not a date or byline, just before the body.
   */
  static List<Element> lead(Element body, Element headline, Element container, PageLayout layout) {
    if (headline == null || !layout.contains(container) || !layout.contains(headline)) {
      return List.of();
    }
    int from = layout.end(headline);
    int to = layout.start(container);
    if (from > to || to - from > LEAD_MAX_DISTANCE) return List.of();
    List<Element> out = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (!layout.contains(e) || layout.start(e) < from || layout.end(e) > to) continue;
      if (isInside(container, e) || isInside(headline, e)) continue;
      if (!out.isEmpty() && isInside(e, out.get(out.size() - 1))) continue;
      if (isLeadBlock(e, container)) out.add(e);
    }
    return out;
  }

  private static final int LEAD_MAX_DISTANCE = 1500;

  private static boolean isLeadBlock(Element e, Element container) {
    if (!BLOCK_TAGS.contains(e.normalName()) && !isHeading(e)) return false;
    String text = e.text().strip();
    if (text.length() < 40 || PortalFurniture.linkDensity(e) > 0.3) return false;
    for (Element child : e.children()) {
      // a wrapper whose text sits in one block child: the child is the lead
      if (BLOCK_TAGS.contains(child.normalName()) && child.text().length() >= 0.8 * text.length())
        return false;
    }
    // up to the block shared with the article: a column named "sidebar-1" holding both says
    // nothing about the lead
    for (Element p = e; p != null && !isInside(container, p); p = p.parent()) {
      String tag = p.normalName();
      if (tag.equals("figure") || tag.equals("figcaption") || tag.equals("a")) return false;
      if (PortalFurniture.hasFurnitureName(p)) return false;
    }
    if (text.length() <= 100 && HtmlDates.visibleDate(text) != null) return false;
    return !PortalFurniture.isByline(text) && !PortalFurniture.isFurnitureLine(text);
  }

  static boolean isInside(Element e, Element ancestor) {
    for (Element p = e; p != null; p = p.parent()) if (p == ancestor) return true;
    return false;
  }

  /** Removes {@code headline} and everything before it inside {@code container}. */
  private static void dropUpTo(Element headline, Element container) {
    for (Element n = headline; n != null && n != container; n = n.parent()) {
      Node previous = n.previousSibling();
      while (previous != null) {
        Node before = previous.previousSibling();
        previous.remove();
        previous = before;
      }
    }
    headline.remove();
  }

  /**
   * Removes blocks inside the container that are mostly links: related-story lists, "TIN MỚI"
   * boxes, tag clouds. A block of a few words of plain text and many links is a list of other
   * pages, whatever its class is called.
   */
  private static void removeLinkBlocks(Element container) {
    TextStats stats = TextStats.of(container);
    List<Element> doomed = new ArrayList<>();
    for (Element e : container.getAllElements()) {
      if (e == container || !LINK_BLOCK_TAGS.contains(e.normalName())) continue;
      double density = stats.linkDensity(e);
      int unlinked = (int) Math.round(stats.length(e) * (1 - density));
      if (density >= 0.6 && unlinked < 120 && e.selectFirst(LINK) != null) doomed.add(e);
    }
    for (Element e : doomed) e.remove();
  }

  /**
   * Removes teaser boxes inside the container: a short block that opens with a link of five words
   * or more (another story's headline) followed by at most a snippet, as newspapers embed "related
   * story" boxes in or after the body.
   */
  private static void removeTeaserBoxes(Element container) {
    TextStats stats = TextStats.of(container);
    List<Element> doomed = new ArrayList<>();
    for (Element e : container.getAllElements()) {
      if (e == container || !TEASER_BOX_TAGS.contains(e.normalName())) continue;
      int length = stats.length(e);
      if (length == 0 || length > 500 || stats.linkDensity(e) == 0) continue;
      String text = e.text().strip();
      // the first link with words (an image link before it has none)
      String headline = "";
      for (Element link : e.select(LINK)) {
        headline = link.text().strip();
        if (!headline.isEmpty()) break;
      }
      if (headline.split("\\s+").length >= 5 && text.startsWith(headline)) doomed.add(e);
    }
    for (Element e : doomed) e.remove();
  }

  /**
   * Removes the photo captions that close an article after its last sentence: short lines without a
   * sentence's end, each under or beside an image ("Đoàn chủ tịch tiến hành đại hội" below a
   * photo). Only at the end: a caption before the text may be all a page has to open with.
   */
  private static void removeTrailingCaptions(Element container) {
    TextStats stats = TextStats.of(container);
    List<Element> leaves = new ArrayList<>();
    for (Element e : container.getAllElements()) {
      if (e == container || !BLOCK_TAGS.contains(e.normalName()) || hasBlockChild(e)) continue;
      if (stats.length(e) > 0 || e.selectFirst(IMAGE) != null) leaves.add(e);
    }
    for (int i = leaves.size() - 1; i >= 1; i--) {
      Element b = leaves.get(i);
      if (stats.length(b) == 0) continue;
      if (stats.length(b) >= 300) return;
      String text = b.text().strip();
      Element previous = leaves.get(i - 1);
      boolean underImage =
          b.selectFirst(IMAGE) != null
              || previous.selectFirst(IMAGE) != null && stats.length(previous) == 0;
      if (!underImage || text.length() >= 150 || endsSentence(text)) return;
      b.remove();
    }
  }

  private static boolean endsSentence(String text) {
    return ".!?…:;\"”»)".indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  private static final Evaluator IMAGE = QueryParser.parse("img");

  private static final Set<String> TEASER_BOX_TAGS =
      Set.of("div", "li", "article", "section", "aside", "table");

  private static final Set<String> LINK_BLOCK_TAGS =
      Set.of("div", "ul", "ol", "table", "section", "dl", "span");

  private static final Evaluator LINK = QueryParser.parse("a[href]");

  private static Element knownContainer(Element body) {
    for (Evaluator selector : CONTAINERS) {
      Element best = null;
      int bestLength = MIN_CONTAINER_CHARS - 1;
      for (Element e : body.select(selector)) {
        int length = e.text().length();
        if (length > bestLength) {
          best = e;
          bestLength = length;
        }
      }
      if (best != null) {
        // a selector that names paragraphs rather than a container ("p.Normal"): their parent
        Element parent = best.parent();
        if (parent != null && parent != body) {
          int matching = 0;
          for (Element sibling : parent.children()) if (sibling.is(selector)) matching++;
          if (matching >= 3) return parent;
        }
        return best;
      }
    }
    return null;
  }

  /** Removes furniture blocks inside {@code root}, never one holding most of its text. */
  private static void removeFurniture(Element root, int rootLength) {
    Map<Element, Integer> lengths = textLengths(root);
    List<Element> doomed = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e == root) continue;
      int length = lengths.getOrDefault(e, 0);
      boolean small = length < 0.3 * rootLength || length < 200;
      if (e.tagName().equals("footer") || e.tagName().equals("header")) {
        if (small) doomed.add(e);
      } else if (PortalFurniture.hasFurnitureName(e) && small) {
        doomed.add(e);
      } else if (length <= 120 && (isHeading(e) || !hasBlockChild(e))) {
        if (PortalFurniture.isFurnitureLine(e.text())) {
          doomed.add(e);
          Element list = e.nextElementSibling();
          if (isHeading(e) && list != null && PortalFurniture.linkDensity(list) > 0.4)
            doomed.add(list);
        }
      }
    }
    for (Element e : doomed) e.remove();
  }

  /** Characters of text under each element, computed in one pass (deep pages stay linear). */
  private static Map<Element, Integer> textLengths(Element root) {
    Map<Element, Integer> lengths = new IdentityHashMap<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t && node.parent() instanceof Element p) {
              lengths.merge(p, t.getWholeText().strip().length(), Integer::sum);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && e != root && e.parent() != null) {
              lengths.merge(e.parent(), lengths.getOrDefault(e, 0), Integer::sum);
            }
          }
        },
        root);
    return lengths;
  }

  private static boolean hasBlockChild(Element e) {
    for (Element child : e.children()) {
      if (BLOCK_TAGS.contains(child.tagName())) return true;
    }
    return false;
  }

  private static boolean isHeading(Element e) {
    String tag = e.tagName();
    return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6'
        || tag.equals("strong")
        || tag.equals("b");
  }

  /**
   * The block that directly holds the most unlinked text: each text run of 20+ characters counts
   * for its nearest block ancestor in full and for the next one by half.
   */
  private static Element densestBlock(Element body) {
    Map<Element, Double> score = new HashMap<>();
    NodeTraversor.traverse(
        (Node node, int depth) -> {
          if (!(node instanceof TextNode t)) return;
          int length = t.text().strip().length();
          if (length < 20 || insideLink(t)) return;
          Element first = scoredAncestor(t.parent());
          if (first == null) return;
          score.merge(first, (double) length, Double::sum);
          Element second = scoredAncestor(first.parent());
          if (second != null) score.merge(second, length / 2.0, Double::sum);
        },
        body);
    return score.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(body);
  }

  private static boolean insideLink(Node n) {
    for (Element p = n.parent() instanceof Element e ? e : null; p != null; p = p.parent()) {
      if (p.tagName().equals("a")) return true;
    }
    return false;
  }

  private static Element scoredAncestor(Node n) {
    for (Element p = n instanceof Element e ? e : null; p != null; p = p.parent()) {
      if (SCORED_TAGS.contains(p.tagName())) return p;
    }
    return null;
  }

  /** The text of {@code root}, a line per block element; whitespace inside a line collapsed. */
  private static List<String> render(Element root) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              out.append(t.getWholeText());
            } else if (node instanceof Element e && BLOCK_TAGS.contains(e.tagName())) {
              out.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCK_TAGS.contains(e.tagName())) out.append('\n');
            else if (node instanceof Element e && e.tagName().equals("img")) out.append(' ');
          }
        },
        root);
    List<String> lines = new ArrayList<>();
    for (String raw : out.toString().split("\n")) {
      String line = collapseSpaces(raw).strip();
      if (line.codePoints().anyMatch(Character::isLetterOrDigit)) lines.add(line);
    }
    return lines;
  }

  /**
   * {@code raw} with every run of white space (regex {@code \s}, no-break and zero-width spaces,
   * BOM) replaced by one space; a hand-written loop because a regex replaceAll per line cost more
   * than parsing the page.
   */
  static String collapseSpaces(String raw) {
    int n = raw.length();
    int i = 0;
    // most lines are already clean: the first place needing a change is a space other than ' ' or
    // a ' ' followed by another space
    while (i < n
        && !(isSpace(raw.charAt(i))
            && (raw.charAt(i) != ' ' || i + 1 < n && isSpace(raw.charAt(i + 1))))) {
      i++;
    }
    if (i == n) return raw;
    StringBuilder out = new StringBuilder(n);
    out.append(raw, 0, i);
    boolean inRun = false;
    for (; i < n; i++) {
      char c = raw.charAt(i);
      if (isSpace(c)) {
        if (!inRun) out.append(' ');
        inRun = true;
      } else {
        out.append(c);
        inRun = false;
      }
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    if (c > ' ' && c < '\u00A0') return false; // letters, digits, punctuation: most characters
    return switch (c) {
      case ' ',
          '\t',
          '\n',
          '\u000B',
          '\f',
          '\r',
          '\u00A0',
          '\u200B',
          '\u200C',
          '\u200D',
          '\uFEFF' ->
          true;
      default -> false;
    };
  }

  /** Drops furniture lines, a repeated title and date line at the top, and bylines at the end. */
  private static String clean(List<String> rendered, String title) {
    List<String> lines = new ArrayList<>();
    for (String line : rendered) {
      if (!PortalFurniture.isFurnitureLine(line)) lines.add(line);
    }
    while (!lines.isEmpty() && (isHeadLine(lines.get(0), title) || noLetter(lines.get(0))))
      lines.remove(0);
    while (!lines.isEmpty() && noLetter(lines.get(lines.size() - 1)))
      lines.remove(lines.size() - 1);
    for (int i = 0; i < 2 && lines.size() > 1; i++) {
      if (PortalFurniture.isByline(lines.get(lines.size() - 1))) lines.remove(lines.size() - 1);
    }
    return TextDecoder.nfc(String.join("\n", lines));
  }

  /** A counter, a page number or a stray mark ("0", "1+", "|"): no letter at all. */
  private static boolean noLetter(String line) {
    return line.codePoints().noneMatch(Character::isLetter);
  }

  private static boolean isHeadLine(String line, String title) {
    if (title != null && line.equalsIgnoreCase(title.strip())) return true;
    return line.length() <= 80
        && !line.endsWith(".")
        && line.codePoints().filter(Character::isLetter).count() < 30
        && HtmlDates.visibleDate(line) != null;
  }
}
