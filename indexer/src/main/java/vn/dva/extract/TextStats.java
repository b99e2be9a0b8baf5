package vn.dva.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Characters of text under each element of a subtree, and how many of them sit inside links,
 * counted in one pass: asking {@code e.text()} of every element of a deeply nested page (unclosed
 * tags nest thousands deep) builds strings quadratic in its size. Counts are of stripped text nodes
 * (no-break spaces are spaces), so they approximate {@code text().length()}. A snapshot: elements
 * changed after it are not recounted. Not thread-safe; one instance per subtree.
 */
final class TextStats {

  private final Map<Element, int[]> counts = new IdentityHashMap<>();

  private TextStats() {}

  /** The counts of {@code root} and every element under it. */
  static TextStats of(Element root) {
    TextStats stats = new TextStats();
    NodeTraversor.traverse(
        new NodeVisitor() {
          private int linkDepth;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              stats.counts.put(e, new int[2]);
              if (e.normalName().equals("a")) linkDepth++;
            } else if (node instanceof TextNode t && node.parent() instanceof Element p) {
              int length = MainText.collapseSpaces(t.getWholeText()).strip().length();
              int[] c = stats.counts.get(p);
              if (c != null) {
                c[0] += length;
                if (linkDepth > 0) c[1] += length;
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              if (e.normalName().equals("a")) linkDepth--;
              int[] c = stats.counts.get(e);
              int[] parent = e == root ? null : stats.counts.get(e.parent());
              if (c != null && parent != null) {
                parent[0] += c[0];
                parent[1] += c[1];
              }
            }
          }
        },
        root);
    return stats;
  }

  /** Characters of text under {@code e}; 0 for an element outside the subtree. */
  int length(Element e) {
    int[] c = counts.get(e);
    return c == null ? 0 : c[0];
  }

  /** Share of {@code e}'s text inside links, 0 when it has none. */
  double linkDensity(Element e) {
    int[] c = counts.get(e);
    return c == null || c[0] == 0 ? 0 : Math.min(1.0, c[1] / (double) c[0]);
  }
}
