package vn.dva.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import vn.dva.search.Json;

/**
 * The index on a cluster, field for field the embedded schema ({@link vn.dva.index.IndexSchema}):
 * title and text analysed by {@code dva_index} with offsets (searched through the {@code dva}
 * query, whose analysis is {@code dva_query}), the syllable-pair field by {@code dva_pairs} without
 * positions, every facet a keyword field with doc values ({@code year} and {@code month} among
 * them; embedded they live in Lucene's facet field), the date as epoch day, the stored JSON of
 * citations, reviews and relations. The template is {@code index.json} beside this class.
 */
public final class ClusterSchema {

  /** Index name when none is given. */
  public static final String DEFAULT_INDEX = "dva";

  private ClusterSchema() {}

  /** The settings and mappings, with the given shards and replicas. */
  public static ObjectNode template(int shards, int replicas) {
    if (shards < 1) throw new IllegalArgumentException("shards must be 1 or more, got " + shards);
    if (replicas < 0)
      throw new IllegalArgumentException("replicas must be 0 or more, got " + replicas);
    ObjectNode template;
    try (InputStream in = ClusterSchema.class.getResourceAsStream("index.json")) {
      if (in == null) throw new IllegalStateException("missing resource index.json");
      template = (ObjectNode) Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index.json", e);
    }
    ObjectNode index = (ObjectNode) template.path("settings").path("index");
    index.put("number_of_shards", shards);
    index.put("number_of_replicas", replicas);
    return template;
  }

  /**
   * Creates {@code index} from the template unless it exists; an existing index is left as it is
   * (so a re-run adds to it, replacing documents by id), once its mapping is checked to hold every
   * field of the template.
   *
   * @return true when the index was created
   * @throws ClusterException when an existing index lacks fields of the template (made by an older
   *     dva: its strict mapping would refuse every document); the message names them
   */
  public static boolean ensureIndex(
      ClusterConnection cluster, String index, int shards, int replicas) throws ClusterException {
    ClusterConnection.Answer exists = cluster.tryCall("HEAD", "/" + index, null, null);
    if (exists.status() == 200) {
      JsonNode mapped =
          cluster
              .call("GET", "/" + index + "/_mapping", null)
              .path(index)
              .path("mappings")
              .path("properties");
      List<String> missing = new ArrayList<>();
      template(1, 0)
          .path("mappings")
          .path("properties")
          .fieldNames()
          .forEachRemaining(
              f -> {
                if (!mapped.has(f)) missing.add(f);
              });
      if (!missing.isEmpty())
        throw new ClusterException(
            "index "
                + index
                + " on OpenSearch at "
                + cluster.url()
                + " was made by an older dva and lacks the fields "
                + missing
                + ": delete it and index again, or give another --opensearch-index");
      return false;
    }
    JsonNode created = cluster.call("PUT", "/" + index, template(shards, replicas).toString());
    if (!created.path("acknowledged").asBoolean(false))
      throw new ClusterException(
          "OpenSearch at " + cluster.url() + " did not acknowledge creating index " + index);
    return true;
  }
}
