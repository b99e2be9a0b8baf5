package vn.dva.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import vn.dva.index.IndexSchema;
import vn.dva.search.Json;

/**
 * What a cluster knows about the words of the text field, for "did you mean": how many articles
 * hold each of some terms, and each of some adjacent pairs, in one request each (a {@code filters}
 * aggregation of {@code size:0}: its counts are exact across shards, unlike term statistics); and
 * the nearest indexed word of an unknown one (the {@code term} suggester: Lucene's
 * DirectSpellChecker on each shard, with its defaults). Counts are of live articles. Thread-safe.
 */
public final class ClusterWords {

  /** Edits the nearest word may be away (DirectSpellChecker's default and most). */
  static final int MAX_EDITS = 2;

  /** Suggestions each shard offers before they are merged, so the best across shards is kept. */
  static final int SHARD_SIZE = 5;

  private final ClusterConnection cluster;
  private final String index;

  ClusterWords(ClusterConnection cluster, String index) {
    this.cluster = cluster;
    this.index = index;
  }

  /** The number of articles whose text holds each term, in the order given. */
  public long[] articles(List<String> terms) throws IOException {
    ArrayNode filters = Json.MAPPER.createArrayNode();
    for (String t : terms) filters.addObject().putObject("term").put(IndexSchema.TEXT, t);
    return counts(filters);
  }

  /**
   * The number of articles whose text holds each pair as adjacent words (a phrase), in the order
   * given. Span queries of the terms as they are, not re-analysed: the embedded engine's phrase of
   * two terms.
   */
  public long[] phrases(List<List<String>> pairs) throws IOException {
    ArrayNode filters = Json.MAPPER.createArrayNode();
    for (List<String> pair : pairs) {
      ObjectNode near = filters.addObject().putObject("span_near");
      ArrayNode clauses = near.putArray("clauses");
      for (String t : pair) clauses.addObject().putObject("span_term").put(IndexSchema.TEXT, t);
      near.put("slop", 0).put("in_order", true);
    }
    return counts(filters);
  }

  /** The nearest word of the text to {@code word} (not itself held), or null when none is near. */
  public String nearest(String word) throws IOException {
    ObjectNode body = Json.MAPPER.createObjectNode().put("size", 0);
    ObjectNode term =
        body.putObject("suggest").putObject("near").put("text", word).putObject("term");
    term.put("field", IndexSchema.TEXT)
        .put("analyzer", "keyword")
        .put("suggest_mode", "missing")
        .put("max_edits", MAX_EDITS)
        .put("size", 1)
        .put("shard_size", SHARD_SIZE);
    JsonNode answer = search(body);
    for (JsonNode entry : answer.path("suggest").path("near"))
      for (JsonNode option : entry.path("options")) return option.path("text").asText();
    return null;
  }

  private long[] counts(ArrayNode filters) throws IOException {
    long[] out = new long[filters.size()];
    if (filters.isEmpty()) return out;
    ObjectNode body = Json.MAPPER.createObjectNode().put("size", 0).put("track_total_hits", false);
    body.putObject("aggs").putObject("each").putObject("filters").set("filters", filters);
    JsonNode buckets = search(body).path("aggregations").path("each").path("buckets");
    for (int i = 0; i < out.length; i++) out[i] = buckets.path(i).path("doc_count").asLong();
    return out;
  }

  private JsonNode search(ObjectNode body) throws IOException {
    return cluster.call("POST", "/" + index + "/_search", Json.MAPPER.writeValueAsString(body));
  }
}
