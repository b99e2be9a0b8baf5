package vn.dva.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Whether a page is an article, a list of other pages (a category, archive or home page) or an
 * article page without a body, read from its structure: a list page's main column is a run of
 * teasers (sibling blocks each led by a link of several words) where an article page has a headline
 * heading a body of its own text. Stateless and thread-safe.
 */
final class PageKind {

  /** Teasers in one group from which a block of them reads as a list of pages. */
  private static final int MIN_TEASERS = 5;

  /** Words of a link's text from which it reads as the headline of another page. */
  private static final int TEASER_WORDS = 5;

  /** Main text shorter than this is no body of its own beside a list of teasers. */
  private static final int LIST_MAX_TEXT = 500;

  /** Main text shorter than this (after furniture) is an empty body. */
  private static final int EMPTY_MAX_TEXT = 40;

  /** Unlinked text between the headline (or the body's start) and a teaser group in the column. */
  private static final int NEAR = 800;

  private static final Evaluator LINK = QueryParser.parse("a[href]");
  private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
  private static final Pattern ARTICLE_TYPE =
      Pattern.compile(
          "\"@type\"\\s*:\\s*\"(?:News|Blog|Scholarly|Tech)?(?:Article|Posting|Report)\"");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private PageKind() {}

  /**
   * Whether the page's main column is a list of teasers: a teaser group inside the chosen block, or
   * standing just after the headline (or the block's start), or anywhere when the page shows no
   * headline; never for a page whose JSON-LD declares an article. Call before link blocks are
   * removed from the container.
   *
   * @param doc the page as parsed (its JSON-LD is read)
   * @param body the working copy's body
   * @param layout its reading-order layout
   * @param headline the headline's element, or null when no visible headline was found
   * @param container the block chosen as the article's
   */
  static boolean looksLikeList(
      Document doc, Element body, PageLayout layout, Element headline, Element container) {
    if (declaresArticle(doc)) return false;
    int from = headline != null && layout.contains(headline) ? layout.end(headline) : 0;
    if (layout.contains(container)) from = Math.min(from, layout.start(container));
    List<Element> groups = new ArrayList<>();
    boolean inColumn = false;
    for (Element e : body.getAllElements()) {
      if (!layout.contains(e) || !isTeaserGroup(e)) continue;
      groups.add(e);
      int at = layout.start(e);
      inColumn |=
          headline == null
              || MainText.isInside(e, container)
              || MainText.isInside(container, e)
              || at >= from && at - from <= NEAR;
    }
    if (!inColumn) return false;
    // the block's own text, teasers aside: an article has a body beside its related lists
    int own = 0;
    for (TextNode t : container.textNodes()) own += t.text().strip().length();
    for (Element e : container.getAllElements()) {
      if (e == container || insideAny(e, groups)) continue;
      for (TextNode t : e.textNodes())
        if (!PageLayout.insideLink(t)) own += t.text().strip().length();
    }
    if (own >= LIST_MAX_TEXT) return false;
    // a short article under a headline of its own, with a related list beside it, stays an
    // article: its text would otherwise be lost
    return headline == null
        || own < SHORT_ARTICLE
        || SPACES.split(headline.text().strip()).length < TEASER_WORDS;
  }

  /** Own text from which a page with a headline of several words is an article, lists aside. */
  private static final int SHORT_ARTICLE = 150;

  private static boolean insideAny(Element e, List<Element> groups) {
    for (Element g : groups) if (MainText.isInside(e, g)) return true;
    return false;
  }

  /**
   * The kind: {@link ExtractedDocument#LIST} for a list-like page without a body of its own, {@link
   * ExtractedDocument#EMPTY} for a page whose main text is (nearly) empty, else {@link
   * ExtractedDocument#ARTICLE}.
   */
  static String of(boolean listLike, String text) {
    if (listLike) return ExtractedDocument.LIST;
    int length = text.strip().length();
    return length < EMPTY_MAX_TEXT ? ExtractedDocument.EMPTY : ExtractedDocument.ARTICLE;
  }

  /** JSON-LD that calls the page an article (NewsArticle, BlogPosting, Article…). */
  private static boolean declaresArticle(Document doc) {
    for (Element script : doc.select(JSON_LD)) {
      if (ARTICLE_TYPE.matcher(script.data()).find()) return true;
    }
    return false;
  }

  /** A block of which most children are led by a link of several words: a list of teasers. */
  private static boolean isTeaserGroup(Element e) {
    int children = e.childrenSize();
    if (children < MIN_TEASERS) return false;
    int teasers = 0;
    for (Element child : e.children()) {
      for (Element link : child.select(LINK)) {
        String t = link.text().strip();
        if (!t.isEmpty() && SPACES.split(t).length >= TEASER_WORDS) {
          teasers++;
          break;
        }
      }
    }
    return teasers >= MIN_TEASERS && teasers >= 0.6 * children;
  }
}
