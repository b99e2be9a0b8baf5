package vn.dva.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import org.apache.lucene.document.Document;
import vn.dva.dedup.StoryLinker;
import vn.dva.export.Exporter;
import vn.dva.export.HitExporter;
import vn.dva.export.RowWriter;
import vn.dva.index.IndexSchema;
import vn.dva.search.InvalidQueryException;
import vn.dva.search.Json;
import vn.dva.search.QueryBuilder;
import vn.dva.search.SearchRequest;

/**
 * Every hit of a search on a cluster, in the search's order, as the embedded {@link HitExporter}
 * writes them (the same row code over the same stored fields).
 *
 * <p>Pages of {@value #PAGE} hits are read with {@code search_after} over the request's sort with
 * the document id as the last key, from one point in time of the index (as the embedded export
 * reads one reader), so rows are neither lost nor repeated when the index changes meanwhile, and
 * memory holds one page. A cluster that offers no point in time is read page by page as it is. Each
 * row carries its page's story id and the story's size. Thread-safe.
 */
public final class ClusterExport implements Exporter {

  /** Hits per page. */
  static final int PAGE = 1_000;

  /** How long the point in time lives between two pages. */
  static final String PIT_KEEP_ALIVE = "2m";

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
    return count(request, relaxed(request));
  }

  /**
   * Whether {@code request} is exported in its relaxed form: a question whose words find fewer than
   * {@link QueryBuilder#RELAX_BELOW} pages, as a search answers it.
   */
  private boolean relaxed(SearchRequest request) throws IOException {
    return ClusterSearch.relaxable(request.query())
        && count(request, false) < QueryBuilder.RELAX_BELOW;
  }

  private long count(SearchRequest request, boolean relaxed) throws IOException {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.set("query", ClusterSearch.query(request, true, relaxed));
    return answer("/" + index + "/_count", body).path("count").asLong();
  }

  @Override
  public Summary export(
      SearchRequest request, RowWriter out, long skip, long limit, Progress progress)
      throws IOException {
    boolean relaxed = relaxed(request); // a bad query fails here, before a point in time is opened
    long counted = count(request, relaxed);
    long max = limit < 0 ? Long.MAX_VALUE : limit;
    long written = 0;
    long skipped = 0;
    long total = -1;
    JsonNode after = null;
    String pit = openPit();
    try {
      while (written < max) {
        if (Thread.currentThread().isInterrupted())
          throw new InterruptedIOException("export interrupted after " + written + " rows");
        ObjectNode body = page(request, relaxed, after, total < 0);
        String path = "/" + index + "/_search";
        if (pit != null) {
          body.putObject("pit").put("id", pit).put("keep_alive", PIT_KEEP_ALIVE);
          path = "/_search";
        }
        JsonNode answer = answer(path, body);
        if (pit != null) pit = answer.path("pit_id").asText(pit);
        if (total < 0) total = answer.path("hits").path("total").path("value").asLong();
        JsonNode page = answer.path("hits").path("hits");
        if (page.isEmpty()) break;
        for (JsonNode hit : page) {
          if (skipped < skip) {
            skipped++;
            continue;
          }
          if (written >= max) break;
          JsonNode source = hit.path("_source");
          Document doc = ClusterArticles.storedDocument(source, FIELDS);
          long story =
              source.path(IndexSchema.STORY).asLong(StoryLinker.storyOf(doc.get(IndexSchema.ID)));
          out.write(
              HitExporter.row(
                  doc,
                  StoryLinker.format(story),
                  source.path(IndexSchema.STORY_VERSIONS).asInt(1)));
          written++;
        }
        after = page.get(page.size() - 1).path("sort");
        out.flush();
        progress.rows(written, Math.min(total - skip, max));
      }
    } finally {
      closePit(pit);
    }
    out.flush();
    if (total < 0) total = counted;
    progress.rows(written, Math.min(Math.max(0, total - skip), max));
    return new Summary(written, total);
  }

  /**
   * Opens a point in time on the index, or returns null when the cluster offers none (then pages
   * see the index as each finds it).
   */
  private String openPit() throws ClusterException {
    ClusterConnection.Answer opened =
        cluster.tryCall(
            "POST",
            "/" + index + "/_search/point_in_time?keep_alive=" + PIT_KEEP_ALIVE,
            null,
            null);
    if (opened.status() >= 300) return null;
    return opened.body().path("pit_id").asText(null);
  }

  private void closePit(String pit) {
    if (pit == null) return;
    try {
      ObjectNode body = Json.MAPPER.createObjectNode();
      body.putArray("pit_id").add(pit);
      cluster.tryCall(
          "DELETE",
          "/_search/point_in_time",
          body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
          null);
    } catch (ClusterException e) {
      // it expires by itself after PIT_KEEP_ALIVE
    }
  }

  private static ObjectNode page(SearchRequest r, boolean relaxed, JsonNode after, boolean first) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("size", PAGE);
    // the total of the view the rows are read from, asked once
    body.put("track_total_hits", first);
    body.set("query", ClusterSearch.query(r, true, relaxed));
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
}
