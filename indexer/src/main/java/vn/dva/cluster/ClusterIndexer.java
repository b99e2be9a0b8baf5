package vn.dva.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.dva.dedup.LshBands;
import vn.dva.dedup.MinHasher;
import vn.dva.dedup.Signature;
import vn.dva.dedup.StoryLinker;
import vn.dva.extract.DirectiveCitation;
import vn.dva.extract.ExtractedDocument;
import vn.dva.extract.Provinces;
import vn.dva.extract.ReviewAnnouncement;
import vn.dva.index.DocumentSink;
import vn.dva.index.IndexSchema;
import vn.dva.search.Json;

/**
 * Writes documents into an index of an OpenSearch cluster with the {@code _bulk} API. The document
 * id is dva's id (canonical URL or file URI), so a re-run replaces rather than adds. Documents are
 * sent in bulks of {@link #DEFAULT_BULK_DOCS} or about {@link #BULK_BYTES} bytes, one bulk in
 * flight: extraction threads wait while a bulk is sent (back-pressure). A bulk the cluster pushes
 * back (429, or an unreachable node) is retried with growing pauses; items rejected with 429 are
 * sent again, items rejected for other reasons are reported by id and counted as failed.
 * Thread-safe.
 */
public final class ClusterIndexer implements DocumentSink {

  /** Documents per bulk. */
  public static final int DEFAULT_BULK_DOCS = 200;

  /** A bulk is sent once its body passes this size. */
  static final int BULK_BYTES = 8 << 20;

  /** Attempts per bulk before giving up. */
  static final int ATTEMPTS = 6;

  private final ClusterConnection cluster;
  private final String index;
  private final int bulkDocs;
  private final PrintWriter log;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private final List<String> pendingIds = new ArrayList<>();
  private final Set<String> changed = new LinkedHashSet<>();
  private final ClusterStories stories;
  private long failed;

  /**
   * @param cluster the cluster, already checked
   * @param index the index name (create it first with {@link ClusterSchema#ensureIndex})
   * @param bulkDocs documents per bulk, at least 1
   * @param log where rejected documents are reported
   */
  public ClusterIndexer(ClusterConnection cluster, String index, int bulkDocs, PrintWriter log) {
    if (bulkDocs < 1) throw new IllegalArgumentException("bulkDocs must be 1 or more");
    this.cluster = cluster;
    this.index = index;
    this.bulkDocs = bulkDocs;
    this.log = log;
    this.stories = new ClusterStories(cluster, index);
  }

  @Override
  public synchronized void add(ExtractedDocument doc, List<String> alternateUrls)
      throws IOException {
    ObjectNode action = Json.MAPPER.createObjectNode();
    action.putObject("index").put("_index", index).put("_id", doc.id());
    byte[] line =
        (action + "\n" + source(doc, alternateUrls) + "\n").getBytes(StandardCharsets.UTF_8);
    pending.write(line);
    pendingIds.add(doc.id());
    changed.add(doc.id());
    if (pendingIds.size() >= bulkDocs || pending.size() >= BULK_BYTES) flush();
  }

  /**
   * Sends what is pending, makes it searchable (a refresh), then gives the pages written since the
   * last commit and their near-duplicates their story ids ({@link ClusterStories}) and refreshes
   * again when any changed.
   */
  @Override
  public synchronized void commit() throws IOException {
    flush();
    cluster.call("POST", "/" + index + "/_refresh", null);
    if (changed.isEmpty()) return;
    List<String> ids = new ArrayList<>(changed);
    changed.clear();
    if (stories.link(ids) > 0) cluster.call("POST", "/" + index + "/_refresh", null);
  }

  @Override
  public long documentCount() throws IOException {
    return cluster.call("GET", "/" + index + "/_count", null).path("count").asLong();
  }

  /** Documents the cluster rejected for good so far. */
  public synchronized long failed() {
    return failed;
  }

  /** Sends nothing more: what was not flushed is dropped, as the embedded indexer drops it. */
  @Override
  public synchronized void close() {
    pending.reset();
    pendingIds.clear();
  }

  private void flush() throws IOException {
    if (pendingIds.isEmpty()) return;
    byte[] body = pending.toByteArray();
    List<String> ids = new ArrayList<>(pendingIds);
    pending.reset();
    pendingIds.clear();
    for (int attempt = 1; ; attempt++) {
      ClusterConnection.Answer answer;
      try {
        answer = cluster.tryCall("POST", "/_bulk", body, "application/x-ndjson");
      } catch (ClusterException unreachable) {
        if (attempt == ATTEMPTS) throw unreachable;
        pause(attempt);
        continue;
      }
      if (answer.status() == 429 && attempt < ATTEMPTS) {
        pause(attempt);
        continue;
      }
      if (answer.status() >= 300) {
        throw new ClusterException(
            "OpenSearch at "
                + cluster.url()
                + " refused a bulk of "
                + ids.size()
                + " documents ("
                + answer.status()
                + "): "
                + ClusterConnection.reason(answer.body()));
      }
      List<String> retried = new ArrayList<>();
      byte[] retry = rejectedForNow(answer.body(), body, ids, retried, attempt == ATTEMPTS);
      if (retry == null) return;
      body = retry;
      ids = retried;
      pause(attempt);
    }
  }

  /**
   * The lines of the items rejected with 429, to send again, or null when none; other rejections
   * are reported and counted.
   */
  private byte[] rejectedForNow(
      JsonNode answer, byte[] body, List<String> ids, List<String> retried, boolean last) {
    if (!answer.path("errors").asBoolean(false)) return null;
    String[] lines = new String(body, StandardCharsets.UTF_8).split("\n");
    StringBuilder again = new StringBuilder();
    ArrayNode items = (ArrayNode) answer.path("items");
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i).path("index");
      int status = item.path("status").asInt();
      if (status < 300) continue;
      if (status == 429 && !last) {
        again.append(lines[2 * i]).append('\n').append(lines[2 * i + 1]).append('\n');
        retried.add(ids.get(i));
      } else {
        failed++;
        log.println(
            "dva: failed "
                + ids.get(i)
                + ": OpenSearch at "
                + cluster.url()
                + " rejected it ("
                + status
                + "): "
                + ClusterConnection.reason(item));
      }
    }
    if (retried.isEmpty()) return null;
    return again.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void pause(int attempt) throws IOException {
    try {
      Thread.sleep(Math.min(30_000L, 250L << attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the cluster pushed back", e);
    }
  }

  /** The document as the cluster stores it: the fields of DocumentIndexer, facets as keywords. */
  static ObjectNode source(ExtractedDocument d, List<String> alternateUrls) throws IOException {
    ObjectNode s = Json.MAPPER.createObjectNode();
    s.put(IndexSchema.ID, d.id());
    if (d.url() != null) s.put(IndexSchema.URL, d.url());
    if (!alternateUrls.isEmpty()) {
      ArrayNode alts = s.putArray(IndexSchema.ALTERNATE_URL);
      alternateUrls.forEach(alts::add);
    }
    s.put(IndexSchema.KIND, d.kind());
    s.put(IndexSchema.TITLE, d.title());
    s.put(IndexSchema.TEXT, d.text());
    s.put(IndexSchema.TEXT_PAIRS, pairs(d.title(), d.text()));
    putIfPresent(s, IndexSchema.SOURCE, d.source());
    putIfPresent(s, IndexSchema.FORMAT, d.format());
    if (d.published() != null) {
      s.put(IndexSchema.PUBLISHED, d.published().toEpochDay());
      s.put(IndexSchema.PUBLISHED_ISO, d.published().toString());
      s.put(IndexSchema.FACET_YEAR, Integer.toString(d.published().getYear()));
      s.put(IndexSchema.FACET_MONTH, d.published().toString().substring(0, 7));
    }
    if (d.province() != null && !d.province().isBlank()) {
      s.put(IndexSchema.PROVINCE, d.province());
      putIfPresent(s, IndexSchema.PROVINCE_NOW, Provinces.nowOf(d.province()));
    }
    Set<String> numbers = new LinkedHashSet<>();
    Set<String> types = new LinkedHashSet<>();
    Set<String> identities = new LinkedHashSet<>();
    for (DirectiveCitation c : d.citations()) {
      numbers.add(c.number());
      types.add(c.type());
      identities.add(c.identity());
    }
    putAll(s, IndexSchema.DIRECTIVE_ID, identities);
    putAll(s, IndexSchema.DIRECTIVE, numbers);
    putAll(s, IndexSchema.TYPE, types);
    Set<String> reviewed = new LinkedHashSet<>();
    for (ReviewAnnouncement r : d.reviews()) reviewed.add(r.number());
    putAll(s, IndexSchema.REVIEWED, reviewed);
    s.put(IndexSchema.CITATIONS_JSON, Json.write(d.citations()));
    s.put(IndexSchema.REVIEWS_JSON, Json.write(d.reviews()));
    s.put(IndexSchema.RELATIONS_JSON, Json.write(d.relations()));
    if (d.ocr()) s.put(IndexSchema.TEXT_SOURCE, IndexSchema.TEXT_SOURCE_OCR);
    // a story of its own until the linker finds near-duplicates (as StoryLinker.addFields)
    s.put(IndexSchema.STORY, StoryLinker.storyOf(d.id()));
    s.put(IndexSchema.STORY_VERSIONS, 1);
    Signature signature = MinHasher.signature(d.text());
    if (signature != null) {
      s.put(IndexSchema.DUP_SIGNATURE, Base64.getEncoder().encodeToString(signature.toBytes()));
      putAll(s, IndexSchema.DUP_BAND, new LinkedHashSet<>(LshBands.terms(signature)));
    }
    return s;
  }

  /** The text of the syllable-pair field: title and text, as embedded. */
  static String pairs(String title, String text) {
    return title + "\n" + text;
  }

  private static void putIfPresent(ObjectNode s, String field, String value) {
    if (value != null && !value.isBlank()) s.put(field, value);
  }

  private static void putAll(ObjectNode s, String field, Set<String> values) {
    values.removeIf(v -> v == null || v.isBlank());
    if (values.isEmpty()) return;
    ArrayNode array = s.putArray(field);
    values.forEach(array::add);
  }
}
