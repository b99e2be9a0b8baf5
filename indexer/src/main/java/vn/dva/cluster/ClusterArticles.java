package vn.dva.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import vn.dva.dedup.StoryLinker;
import vn.dva.index.IndexSchema;
import vn.dva.review.CitingArticle;
import vn.dva.review.DirectiveRegistry;
import vn.dva.review.IndexArticles;
import vn.dva.search.Json;

/**
 * Every article of an index on a cluster, read with {@code search_after} in id order, for the
 * directive registry (directive pages, reviews): the same stored fields the embedded engine reads,
 * turned into {@link CitingArticle}s by the same code ({@link IndexArticles#article}), with their
 * story ids.
 */
public final class ClusterArticles {

  /** Documents per page of the walk. */
  static final int PAGE = 1000;

  /** What an article is made of ({@link IndexArticles#FIELDS}) and its story. */
  private static final String[] FIELDS =
      Stream.concat(IndexArticles.FIELDS.stream(), Stream.of(IndexSchema.STORY))
          .sorted()
          .toArray(String[]::new);

  private ClusterArticles() {}

  /** Every article of {@code index}. */
  public static List<CitingArticle> read(ClusterConnection cluster, String index)
      throws IOException {
    List<CitingArticle> out = new ArrayList<>();
    JsonNode after = null;
    while (true) {
      ObjectNode body = Json.MAPPER.createObjectNode();
      body.put("size", PAGE);
      body.putObject("query").putObject("match_all");
      body.putArray("sort").addObject().put(IndexSchema.ID, "asc");
      ArrayNode fields = body.putObject("_source").putArray("includes");
      for (String f : FIELDS) fields.add(f);
      if (after != null) body.set("search_after", after);
      JsonNode hits = cluster.call("POST", "/" + index + "/_search", body.toString());
      JsonNode page = hits.path("hits").path("hits");
      if (page.isEmpty()) return out;
      for (JsonNode hit : page) out.add(article(hit.path("_source")));
      after = page.get(page.size() - 1).path("sort");
    }
  }

  /** The registry of every article of {@code index}. */
  public static DirectiveRegistry registry(ClusterConnection cluster, String index)
      throws IOException {
    return DirectiveRegistry.of(read(cluster, index));
  }

  /** The article of one stored document, in its story (its own when none was recorded). */
  private static CitingArticle article(JsonNode source) throws IOException {
    Document doc = storedDocument(source, FIELDS);
    long story =
        source.path(IndexSchema.STORY).asLong(StoryLinker.storyOf(doc.get(IndexSchema.ID)));
    return IndexArticles.article(doc, StoryLinker.format(story));
  }

  /**
   * The named fields of a document's {@code _source} as stored fields, as Lucene would return them.
   */
  static Document storedDocument(JsonNode source, String[] fields) {
    Document doc = new Document();
    for (String f : fields) {
      JsonNode v = source.path(f);
      if (!v.isMissingNode() && !v.isNull()) doc.add(new StoredField(f, v.asText()));
    }
    return doc;
  }
}
