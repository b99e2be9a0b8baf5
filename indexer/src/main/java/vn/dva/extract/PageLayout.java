package vn.dva.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Where each element of a page sits in reading order, measured in characters of text outside links
 * read before it: the distance between a headline and the body it heads, or between a lead and the
 * article, is the unlinked text a reader passes in between (menus and teaser lists are links, so
 * they hardly count). Computed once per page in one pass; positions stay valid for elements that
 * are later removed from the tree. Not thread-safe; one instance per page.
 */
final class PageLayout {

  private final Map<Element, int[]> spans = new IdentityHashMap<>();

  private PageLayout() {}

  /** The layout of {@code root} and everything under it. */
  static PageLayout of(Element root) {
    PageLayout layout = new PageLayout();
    int[] read = {0};
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              layout.spans.put(e, new int[] {read[0], read[0]});
            } else if (node instanceof TextNode t && !insideLink(t)) {
              read[0] += MainText.collapseSpaces(t.getWholeText()).strip().length();
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              int[] span = layout.spans.get(e);
              if (span != null) span[1] = read[0];
            }
          }
        },
        root);
    return layout;
  }

  /** Unlinked characters read before {@code e} starts; -1 for an element not in the layout. */
  int start(Element e) {
    int[] span = spans.get(e);
    return span == null ? -1 : span[0];
  }

  /** Unlinked characters read when {@code e} ends; -1 for an element not in the layout. */
  int end(Element e) {
    int[] span = spans.get(e);
    return span == null ? -1 : span[1];
  }

  /** Whether the layout knows {@code e}. */
  boolean contains(Element e) {
    return spans.containsKey(e);
  }

  static boolean insideLink(Node n) {
    for (Element p = n.parent() instanceof Element e ? e : null; p != null; p = p.parent()) {
      if (p.normalName().equals("a")) return true;
    }
    return false;
  }
}
