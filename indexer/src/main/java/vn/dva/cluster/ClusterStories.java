package vn.dva.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.dva.dedup.Signature;
import vn.dva.dedup.StoryLinker;
import vn.dva.index.IndexSchema;
import vn.dva.search.Json;

/**
 * Gives near-duplicate pages on a cluster one story id, as {@link StoryLinker} does embedded: two
 * pages are near-duplicates when they share an LSH band term held by at most {@value
 * #MAX_BAND_POSTINGS} pages and their MinHash signatures pass {@link StoryLinker#THRESHOLD} and
 * {@link StoryLinker#MIN_JACCARD}; a story is a connected group of them, named after its smallest
 * document id ({@link StoryLinker#storyOf}), so both engines give a group the same id.
 *
 * <p>Run after a refresh with the ids written since the last one: each changed page's group is
 * followed with one search per member (its band terms, with their document counts as an
 * aggregation), and members whose story or group size differ get a partial update. Unlike the
 * embedded linker it does not see the index as it was before the change: when a re-indexed page
 * stops linking two groups, the pages it no longer reaches keep the shared id until one of them is
 * written again (README). Not thread-safe: called by the indexer's committing thread.
 */
final class ClusterStories {

  /** Band terms held by more pages than this are boilerplate, not evidence (as embedded). */
  static final int MAX_BAND_POSTINGS = 2_000;

  /** Largest group followed (as embedded). */
  static final int MAX_GROUP = 1_000;

  private final ClusterConnection cluster;
  private final String index;

  ClusterStories(ClusterConnection cluster, String index) {
    this.cluster = cluster;
    this.index = index;
  }

  /** One page as the linker reads it. */
  private record Page(
      String id, Signature signature, List<String> bands, long story, int versions, String pairs) {}

  /**
   * Recomputes the stories of {@code changedIds}; returns the number of pages updated. The caller
   * refreshes the index afterwards.
   */
  int link(Collection<String> changedIds) throws IOException {
    Set<String> done = new HashSet<>();
    Map<String, Page> pages = new HashMap<>();
    StringBuilder updates = new StringBuilder();
    int updated = 0;
    for (String seed : changedIds) {
      if (done.contains(seed)) continue;
      Page start = page(seed, pages);
      done.add(seed);
      if (start == null || start.signature() == null) continue;
      Map<String, Page> group = new LinkedHashMap<>();
      group.put(seed, start);
      ArrayDeque<Page> queue = new ArrayDeque<>(List.of(start));
      while (!queue.isEmpty() && group.size() < MAX_GROUP) {
        for (Page n : neighbours(queue.poll(), pages)) {
          if (group.putIfAbsent(n.id(), n) == null) queue.add(n);
        }
      }
      done.addAll(group.keySet());
      long story = StoryLinker.storyOf(new TreeSet<>(group.keySet()).first());
      for (Page member : group.values()) {
        if (member.story() == story && member.versions() == group.size()) continue;
        ObjectNode action = Json.MAPPER.createObjectNode();
        action.putObject("update").put("_index", index).put("_id", member.id());
        ObjectNode doc = Json.MAPPER.createObjectNode();
        // A partial update re-indexes the page from its _source, which leaves the pair field out
        // (index.json): it is sent again, made as ClusterIndexer makes it.
        doc.putObject("doc")
            .put(IndexSchema.STORY, story)
            .put(IndexSchema.STORY_VERSIONS, group.size())
            .put(IndexSchema.TEXT_PAIRS, member.pairs());
        updates.append(action).append('\n').append(doc).append('\n');
        updated++;
      }
    }
    if (updated > 0) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.write(updates.toString().getBytes(StandardCharsets.UTF_8));
      JsonNode answer = cluster.bulk("/_bulk", body.toByteArray());
      if (answer.path("errors").asBoolean(false))
        throw new ClusterException(
            "OpenSearch at "
                + cluster.url()
                + " refused story updates: "
                + ClusterConnection.reason(answer.path("items").path(0).path("update")));
    }
    return updated;
  }

  /** The page with {@code id}, or null when it is gone; read once per pass. */
  private Page page(String id, Map<String, Page> pages) throws IOException {
    if (pages.containsKey(id)) return pages.get(id);
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("size", 1);
    body.putObject("query").putObject("term").put(IndexSchema.ID, id);
    fields(body);
    JsonNode hits = cluster.call("POST", "/" + index + "/_search", body.toString());
    JsonNode hit = hits.path("hits").path("hits").path(0);
    Page page = hit.isMissingNode() ? null : page(hit.path("_source"));
    pages.put(id, page);
    return page;
  }

  /** Pages sharing a band term with {@code page} whose signatures are close enough. */
  private List<Page> neighbours(Page page, Map<String, Page> pages) throws IOException {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("size", MAX_BAND_POSTINGS);
    // one clause per band: pages sharing more bands score higher, so come first within the cap
    ArrayNode should = body.putObject("query").putObject("bool").putArray("should");
    page.bands().forEach(b -> should.addObject().putObject("term").put(IndexSchema.DUP_BAND, b));
    ObjectNode counts = body.putObject("aggs").putObject("bands").putObject("terms");
    counts.put("field", IndexSchema.DUP_BAND).put("size", page.bands().size());
    ArrayNode include = counts.putArray("include");
    page.bands().forEach(include::add);
    fields(body);
    JsonNode answer = cluster.call("POST", "/" + index + "/_search", body.toString());
    Set<String> evidence = new HashSet<>();
    for (JsonNode bucket : answer.path("aggregations").path("bands").path("buckets")) {
      long n = bucket.path("doc_count").asLong();
      if (n >= 2 && n <= MAX_BAND_POSTINGS) evidence.add(bucket.path("key").asText());
    }
    List<Page> out = new ArrayList<>();
    for (JsonNode hit : answer.path("hits").path("hits")) {
      Page other = page(hit.path("_source"));
      if (other.id().equals(page.id()) || other.signature() == null) continue;
      if (other.bands().stream().noneMatch(evidence::contains)) continue;
      pages.putIfAbsent(other.id(), other);
      if (page.signature().overlap(other.signature()) >= StoryLinker.THRESHOLD
          && page.signature().jaccard(other.signature()) >= StoryLinker.MIN_JACCARD) out.add(other);
    }
    return out;
  }

  private static void fields(ObjectNode body) {
    ArrayNode fields = body.putObject("_source").putArray("includes");
    for (String f :
        List.of(
            IndexSchema.ID,
            IndexSchema.DUP_SIGNATURE,
            IndexSchema.DUP_BAND,
            IndexSchema.STORY,
            IndexSchema.STORY_VERSIONS,
            IndexSchema.TITLE,
            IndexSchema.TEXT)) fields.add(f);
  }

  private static Page page(JsonNode source) {
    String sig = source.path(IndexSchema.DUP_SIGNATURE).asText(null);
    Signature signature = null;
    if (sig != null) {
      byte[] bytes = Base64.getDecoder().decode(sig);
      signature = Signature.fromBytes(bytes, 0, bytes.length);
    }
    List<String> bands = new ArrayList<>();
    source.path(IndexSchema.DUP_BAND).forEach(b -> bands.add(b.asText()));
    String id = source.path(IndexSchema.ID).asText();
    return new Page(
        id,
        signature,
        bands,
        source.path(IndexSchema.STORY).asLong(StoryLinker.storyOf(id)),
        source.path(IndexSchema.STORY_VERSIONS).asInt(1),
        ClusterIndexer.pairs(
            source.path(IndexSchema.TITLE).asText(""), source.path(IndexSchema.TEXT).asText("")));
  }
}
