package vn.dva.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Relations between directive identities stated by the corpus, as a directed graph: "43-KL/TW@2019
 * —tiếp tục thực hiện→ 25-NQ/TW@2013". Nodes are identity keys; an edge remembers the articles that
 * state it. Immutable once built; thread-safe.
 */
public final class DirectiveGraph {

  /**
   * One relation.
   *
   * @param from identity key of the acting directive
   * @param kind "tiếp tục thực hiện", "thực hiện", "thay thế", "tổng kết 10 năm thực hiện" …
   * @param to identity key of the directive acted upon
   * @param articles ids of the articles stating it, never empty
   */
  public record Edge(String from, String kind, String to, List<String> articles) {
    public Edge {
      articles = List.copyOf(articles);
    }
  }

  private final List<Edge> edges;
  private final Map<String, List<Edge>> out = new LinkedHashMap<>();
  private final Map<String, List<Edge>> in = new LinkedHashMap<>();

  private DirectiveGraph(List<Edge> edges) {
    this.edges = List.copyOf(edges);
    for (Edge e : this.edges) {
      out.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
      in.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
    }
  }

  /** Every edge, in the order first stated. */
  public List<Edge> edges() {
    return edges;
  }

  /** Relations where {@code key} acts ("key thay thế …"); empty when none or for null. */
  public List<Edge> outgoing(String key) {
    return List.copyOf(out.getOrDefault(key, List.of()));
  }

  /** Relations where {@code key} is acted upon ("… tiếp tục thực hiện key"); empty when none. */
  public List<Edge> incoming(String key) {
    return List.copyOf(in.getOrDefault(key, List.of()));
  }

  /** Collects edges; the same relation stated by several articles becomes one edge. */
  static final class Builder {
    private final Map<List<String>, Set<String>> articlesByEdge = new LinkedHashMap<>();

    void add(String from, String kind, String to, String articleId) {
      if (from.equals(to)) return;
      articlesByEdge
          .computeIfAbsent(List.of(from, kind, to), k -> new LinkedHashSet<>())
          .add(articleId);
    }

    DirectiveGraph build() {
      List<Edge> edges = new ArrayList<>();
      articlesByEdge.forEach(
          (k, ids) -> edges.add(new Edge(k.get(0), k.get(1), k.get(2), new ArrayList<>(ids))));
      return new DirectiveGraph(edges);
    }
  }
}
