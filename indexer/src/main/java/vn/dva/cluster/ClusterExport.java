package vn.dva.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import vn.dva.dedup.StoryLinker;
import vn.dva.export.Exporter;
import vn.dva.export.HitExporter;
import vn.dva.export.RowWriter;
import vn.dva.index.IndexSchema;
import vn.dva.search.InvalidQueryException;
import vn.dva.search.Json;
import vn.dva.search.SearchRequest;

/**
 * Every hit of a search on a cluster, in the search's order, as the embedded {@link HitExporter}
 * writes them (the same row code over the same stored fields).
 *
 * <p>Pages of {@value #PAGE} hits are read with {@code search_after} over the request's sort with
 * the document id as the last key, so rows are neither lost nor repeated while the index stays as
 * it is, and memory holds one page. Unlike the embedded export this is not one point-in-time view:
 * documents refreshed into the index during a long export can appear or shift (see the README).
 * Each row carries its page's story id and the story's size. Thread-safe.
 */
public final class ClusterExport implements Exporter {

  /** Hits per page. */
  static final int PAGE = 1_000;

  private static final String[] FIELDS = {
    IndexSchema.ID,
    IndexSchema.TITLE,
    IndexSchema.URL,
    IndexSchema.PROVINCE,
    IndexSchema.PROVINCE_NOW,
    IndexSchema.PUBLISHED_ISO,
    IndexSchema.SOURCE,
    IndexSchema.CITATIONS_JSON,
    IndexSchema.TEXT,
    IndexSchema.STORY,
    IndexSchema.STORY_VERSIONS
  };

  private final ClusterConnection cluster;
  private final String index;

  public ClusterExport(ClusterConnection cluster, String index) {
    this.cluster = cluster;
    this.index = index;
  }

  @Override
  public long count(SearchRequest request) throws IOException {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.set("query", ClusterSearch.query(request, true));
    return answer("/" + index + "/_count", body).path("count").asLong();
  }

  @Override
  public Summary export(
      SearchRequest request, RowWriter out, long skip, long limit, Progress progress)
      throws IOException {
    long total = count(request);
    long max = limit < 0 ? Long.MAX_VALUE : limit;
    long written = 0;
    long skipped = 0;
    JsonNode after = null;
    while (written < max) {
      if (Thread.currentThread().isInterrupted())
        throw new InterruptedIOException("export interrupted after " + written + " rows");
      JsonNode page =
          answer("/" + index + "/_search", page(request, after)).path("hits").path("hits");
      if (page.isEmpty()) break;
      for (JsonNode hit : page) {
        if (skipped < skip) {
          skipped++;
          continue;
        }
        if (written >= max) break;
        JsonNode source = hit.path("_source");
        Document doc = document(source);
        long story =
            source.path(IndexSchema.STORY).asLong(StoryLinker.storyOf(doc.get(IndexSchema.ID)));
        out.write(
            HitExporter.row(
                doc, StoryLinker.format(story), source.path(IndexSchema.STORY_VERSIONS).asInt(1)));
        written++;
      }
      after = page.get(page.size() - 1).path("sort");
      out.flush();
      progress.rows(written, Math.min(total - skip, max));
    }
    out.flush();
    progress.rows(written, Math.min(Math.max(0, total - skip), max));
    return new Summary(written, total);
  }

  private static ObjectNode page(SearchRequest r, JsonNode after) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("size", PAGE);
    body.put("track_total_hits", false);
    body.set("query", ClusterSearch.query(r, true));
    switch (r.sort()) {
      case NEWEST -> ClusterSearch.sort(body, "desc");
      case OLDEST -> ClusterSearch.sort(body, "asc");
      case RELEVANCE -> body.putArray("sort").add("_score");
    }
    ((ArrayNode) body.path("sort")).addObject().put(IndexSchema.ID, "asc");
    ArrayNode fields = body.putObject("_source").putArray("includes");
    for (String f : FIELDS) fields.add(f);
    if (after != null) body.set("search_after", after);
    return body;
  }

  private JsonNode answer(String path, ObjectNode body) throws IOException {
    ClusterConnection.Answer answer =
        cluster.tryCall("POST", path, Json.MAPPER.writeValueAsBytes(body), null);
    if (answer.status() == 400)
      throw new InvalidQueryException(ClusterConnection.reason(answer.body()));
    if (answer.status() >= 300)
      throw new ClusterException(
          "OpenSearch at "
              + cluster.url()
              + " failed an export of "
              + index
              + " ("
              + answer.status()
              + "): "
              + ClusterConnection.reason(answer.body()));
    return answer.body();
  }

  private static Document document(JsonNode source) {
    Document doc = new Document();
    for (String f : FIELDS) {
      JsonNode v = source.path(f);
      if (!v.isMissingNode() && !v.isNull()) doc.add(new StoredField(f, v.asText()));
    }
    return doc;
  }
}
