package vn.dva.cluster;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dva.dedup.StoryLinker;
import vn.dva.extract.DirectiveCitation;
import vn.dva.index.IndexSchema;
import vn.dva.search.InvalidQueryException;
import vn.dva.search.Json;
import vn.dva.search.QueryBuilder;
import vn.dva.search.SearchEngine;
import vn.dva.search.SearchRequest;
import vn.dva.search.SearchResponse;
import vn.dva.search.SearchService;

/**
 * Searches an index on a cluster and answers with the embedded engine's {@link SearchResponse}.
 *
 * <ul>
 *   <li>The query is the plugin's {@code dva} query: each shard builds the Lucene query the
 *       embedded engine builds, so the same documents match.
 *   <li>Facets keep their drill-sideways meaning: the filters are a {@code post_filter} (they
 *       narrow the hits, not the aggregations), and each dimension is a {@code filter} aggregation
 *       of every other dimension's selection around a {@code terms} aggregation, so a dimension's
 *       own selection does not narrow its own counts. The date range narrows everything, as
 *       embedded.
 *   <li>Near-duplicate pages are one story ({@link ClusterStories} links them at indexing): a
 *       collapsing request is field-collapsed on the story id, so each story shows once, at the
 *       place of its best page, and pages run over stories; {@code stories} counts the distinct
 *       stories of the hits (exact while the index has no story of several pages or up to about
 *       {@value #STORY_PRECISION} stories, OpenSearch's cardinality estimate beyond); a hit lists
 *       its story's other pages, newest first.
 *   <li>Snippets come from the unified highlighter over the text's offsets, with the highlighting
 *       form of the {@code dva} query and the embedded engine's marks ({@code <mark>}, HTML-escaped
 *       text, two passages joined by {@code " … "}).
 * </ul>
 *
 * Scores are BM25 as embedded but from each shard's statistics (see the README); {@link
 * #dfs(boolean)} asks for the cluster-wide statistics instead. Thread-safe.
 */
public final class ClusterSearch implements SearchEngine {

  /** Dimension → (field on the cluster, most values shown): the embedded engine's limits. */
  private static final Map<String, Facet> FACETS = new LinkedHashMap<>();

  private record Facet(String field, int limit, boolean byLabel) {}

  static {
    FACETS.put(IndexSchema.FACET_PROVINCE, new Facet(IndexSchema.PROVINCE, 100, false));
    FACETS.put(IndexSchema.FACET_PROVINCE_NOW, new Facet(IndexSchema.PROVINCE_NOW, 100, false));
    FACETS.put(IndexSchema.FACET_YEAR, new Facet(IndexSchema.FACET_YEAR, 100, true));
    FACETS.put(IndexSchema.FACET_MONTH, new Facet(IndexSchema.FACET_MONTH, 1000, true));
    FACETS.put(IndexSchema.FACET_TYPE, new Facet(IndexSchema.TYPE, 50, false));
    FACETS.put(IndexSchema.FACET_DIRECTIVE, new Facet(IndexSchema.DIRECTIVE, 30, false));
    FACETS.put(IndexSchema.FACET_IDENTITY, new Facet(IndexSchema.DIRECTIVE_ID, 30, false));
    FACETS.put(IndexSchema.FACET_SOURCE, new Facet(IndexSchema.SOURCE, 50, false));
  }

  /** Terms each shard reports per dimension: all of them up to this, so counts are exact. */
  static final int SHARD_SIZE = 1000;

  private static final String[] HIT_FIELDS = {
    IndexSchema.ID,
    IndexSchema.TITLE,
    IndexSchema.URL,
    IndexSchema.PROVINCE,
    IndexSchema.PROVINCE_NOW,
    IndexSchema.PUBLISHED_ISO,
    IndexSchema.SOURCE,
    IndexSchema.CITATIONS_JSON,
    IndexSchema.TEXT_SOURCE,
    IndexSchema.STORY,
    IndexSchema.STORY_VERSIONS
  };

  /** Stored fields of another version of a story. */
  private static final String[] VERSION_FIELDS = {
    IndexSchema.ID,
    IndexSchema.TITLE,
    IndexSchema.URL,
    IndexSchema.SOURCE,
    IndexSchema.PROVINCE,
    IndexSchema.PUBLISHED_ISO
  };

  /** Distinct stories counted exactly up to about this many (OpenSearch's cardinality limit). */
  static final int STORY_PRECISION = 40_000;

  /** Pages read for the other versions on one result page, at most (as embedded). */
  static final int MAX_VERSIONS_READ = 500;

  /** Other versions listed per hit, at most (as embedded). */
  static final int MAX_VERSIONS_SHOWN = 20;

  /** Parses queries as the plugin does, to know whether one has a relaxed form. Thread-safe. */
  private static final QueryBuilder QUERIES = new QueryBuilder(IndexSchema.analyzer());

  private static final TypeReference<List<DirectiveCitation>> CITATIONS = new TypeReference<>() {};

  /** Snippet length when no passage matches: the opening of the text, as embedded. */
  private static final int LEAD_CHARS = 240;

  private final ClusterConnection cluster;
  private final String index;
  private final boolean dfs;

  private ClusterSearch(ClusterConnection cluster, String index, boolean dfs) {
    this.cluster = cluster;
    this.index = index;
    this.dfs = dfs;
  }

  /** Searches {@code index} on {@code cluster} (query-then-fetch: per-shard statistics). */
  public ClusterSearch(ClusterConnection cluster, String index) {
    this(cluster, index, false);
  }

  /** The same searcher scoring with cluster-wide term statistics ({@code dfs_query_then_fetch}). */
  public ClusterSearch dfs(boolean on) {
    return new ClusterSearch(cluster, index, on);
  }

  /**
   * Searches as the embedded engine does: a question whose words find fewer than {@link
   * QueryBuilder#RELAX_BELOW} pages in the whole index is asked again in its relaxed form.
   */
  @Override
  public SearchResponse search(SearchRequest r) throws IOException {
    SearchResponse response = search(r, false);
    if (response.total() < QueryBuilder.RELAX_BELOW && relaxable(r.query()))
      response = search(r, true);
    return response;
  }

  /** Whether the {@code dva} query of {@code text} has a relaxed form (a question). */
  static boolean relaxable(String text) {
    return QUERIES.parse(text).relaxed() != null;
  }

  private SearchResponse search(SearchRequest r, boolean relaxed) throws IOException {
    String path = "/" + index + "/_search" + (dfs ? "?search_type=dfs_query_then_fetch" : "");
    ClusterConnection.Answer answer =
        cluster.tryCall("POST", path, Json.MAPPER.writeValueAsBytes(body(r, relaxed)), null);
    if (answer.status() == 400) {
      // the dva query refuses what dva refuses, with dva's message
      throw new InvalidQueryException(ClusterConnection.reason(answer.body()));
    }
    if (answer.status() >= 300) {
      throw new ClusterException(
          "OpenSearch at "
              + cluster.url()
              + " failed a search of "
              + index
              + " ("
              + answer.status()
              + "): "
              + ClusterConnection.reason(answer.body()));
    }
    return withOtherVersions(response(answer.body(), r));
  }

  /**
   * The hits of {@code response} with the other pages of their stories, newest first, read with one
   * query for the whole page (as the embedded {@code StoryVersions}).
   */
  private SearchResponse withOtherVersions(SearchResponse response) throws IOException {
    Set<Long> stories = new LinkedHashSet<>();
    for (SearchResponse.Hit h : response.hits())
      if (h.versions() > 1) stories.add(StoryLinker.parse(h.story()));
    if (stories.isEmpty()) return response;
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("size", MAX_VERSIONS_READ);
    ArrayNode values = body.putObject("query").putObject("terms").putArray(IndexSchema.STORY);
    stories.forEach(values::add);
    ArrayNode fields = body.putObject("_source").putArray("includes");
    for (String f : VERSION_FIELDS) fields.add(f);
    fields.add(IndexSchema.STORY);
    JsonNode answer = cluster.call("POST", "/" + index + "/_search", body.toString());
    Map<String, List<SearchResponse.Version>> byStory = new HashMap<>();
    for (JsonNode hit : answer.path("hits").path("hits")) {
      JsonNode s = hit.path("_source");
      String published = text(s, IndexSchema.PUBLISHED_ISO);
      byStory
          .computeIfAbsent(
              StoryLinker.format(s.path(IndexSchema.STORY).asLong()), k -> new ArrayList<>())
          .add(
              new SearchResponse.Version(
                  text(s, IndexSchema.ID),
                  text(s, IndexSchema.TITLE),
                  text(s, IndexSchema.URL),
                  text(s, IndexSchema.SOURCE),
                  text(s, IndexSchema.PROVINCE),
                  published == null ? null : LocalDate.parse(published)));
    }
    Comparator<SearchResponse.Version> newestFirst =
        Comparator.comparing(
                SearchResponse.Version::published, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(SearchResponse.Version::id);
    List<SearchResponse.Hit> hits = new ArrayList<>();
    for (SearchResponse.Hit h : response.hits()) {
      List<SearchResponse.Version> others =
          byStory.getOrDefault(h.story(), List.of()).stream()
              .filter(v -> !v.id().equals(h.id()))
              .sorted(newestFirst)
              .limit(MAX_VERSIONS_SHOWN)
              .toList();
      hits.add(others.isEmpty() ? h : h.withOtherVersions(others));
    }
    return new SearchResponse(
        response.total(),
        Collections.unmodifiableList(hits),
        response.facets(),
        response.page(),
        response.size(),
        response.approximate(),
        response.stories(),
        response.collapsed());
  }

  /** The search body for {@code r}. */
  static ObjectNode body(SearchRequest r) {
    return body(r, false);
  }

  /** The search body for {@code r}, with the relaxed form of its {@code dva} query if asked. */
  static ObjectNode body(SearchRequest r, boolean relaxed) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("from", (r.page() - 1) * r.size());
    body.put("size", r.size());
    body.put("track_total_hits", true);
    body.put("track_scores", true);
    body.set("query", query(r, false, relaxed));
    Map<String, List<String>> selected = selections(r);
    if (!selected.isEmpty()) body.set("post_filter", filters(selected, null));
    // one hit per story: the best page of each story in the request's order, pages over stories
    if (r.collapse()) body.putObject("collapse").put("field", IndexSchema.STORY);
    ObjectNode aggs = body.putObject("aggs");
    // the stories among the hits, and whether the index has any story of more than one page
    // (without, every page is its own story and the total is the exact count)
    ObjectNode stories = aggs.putObject("stories");
    stories.set("filter", filters(selected, null));
    stories
        .putObject("aggs")
        .putObject("count")
        .putObject("cardinality")
        .put("field", IndexSchema.STORY)
        .put("precision_threshold", STORY_PRECISION);
    ObjectNode grouped = aggs.putObject("grouped");
    grouped.putObject("global");
    grouped
        .putObject("aggs")
        .putObject("versions")
        .putObject("max")
        .put("field", IndexSchema.STORY_VERSIONS);
    for (Map.Entry<String, Facet> dim : FACETS.entrySet()) {
      ObjectNode agg = aggs.putObject(dim.getKey());
      agg.set("filter", filters(selected, dim.getKey()));
      agg.putObject("aggs")
          .putObject("values")
          .putObject("terms")
          .put("field", dim.getValue().field())
          .put("size", dim.getValue().limit())
          .put("shard_size", Math.max(SHARD_SIZE, dim.getValue().limit()));
    }
    switch (r.sort()) {
      case NEWEST -> sort(body, "desc");
      case OLDEST -> sort(body, "asc");
      case RELEVANCE -> {}
    }
    body.putObject("_source").putArray("includes").addAll(textNodes(HIT_FIELDS));
    ObjectNode highlight = body.putObject("highlight");
    highlight.put("type", "unified").put("encoder", "html").put("number_of_fragments", 2);
    highlight.putArray("pre_tags").add("<mark>");
    highlight.putArray("post_tags").add("</mark>");
    highlight.put("no_match_size", LEAD_CHARS);
    highlight.putObject("fields").putObject(IndexSchema.TEXT);
    highlight
        .putObject("highlight_query")
        .putObject("dva")
        .put("query", r.query())
        .put("highlight", true);
    return body;
  }

  /**
   * The query of {@code r}: the {@code dva} query, the story and the date range, list pages left
   * out (they are not articles, as embedded) and, when {@code selected}, the facet selections too
   * (for counting and exporting; a search puts them in its {@code post_filter} instead).
   */
  static ObjectNode query(SearchRequest r, boolean selected) {
    return query(r, selected, false);
  }

  /** {@link #query(SearchRequest, boolean)}, with the relaxed form of the text if asked. */
  static ObjectNode query(SearchRequest r, boolean selected, boolean relaxed) {
    ObjectNode query = Json.MAPPER.createObjectNode();
    ObjectNode bool = query.putObject("bool");
    ObjectNode dva = bool.putArray("must").addObject().putObject("dva").put("query", r.query());
    if (relaxed) dva.put("relaxed", true);
    ArrayNode filter = bool.putArray("filter");
    if (r.story() != null)
      filter.addObject().putObject("term").put(IndexSchema.STORY, StoryLinker.parse(r.story()));
    if (r.from() != null || r.to() != null) {
      ObjectNode range = filter.addObject().putObject("range").putObject(IndexSchema.PUBLISHED);
      if (r.from() != null) range.put("gte", r.from().toEpochDay());
      if (r.to() != null) range.put("lte", r.to().toEpochDay());
    }
    if (selected) {
      Map<String, List<String>> selections = selections(r);
      if (!selections.isEmpty()) filter.add(filters(selections, null));
    }
    bool.putArray("must_not")
        .addObject()
        .putObject("term")
        .put(IndexSchema.KIND, vn.dva.extract.ExtractedDocument.LIST);
    return query;
  }

  private static ArrayNode textNodes(String[] values) {
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (String v : values) out.add(v);
    return out;
  }

  static void sort(ObjectNode body, String order) {
    ArrayNode sort = body.putArray("sort");
    sort.addObject().putObject(IndexSchema.PUBLISHED).put("order", order).put("missing", "_last");
    sort.add("_score");
  }

  /** Dimension → selected values, in the canonical forms the index holds. */
  static Map<String, List<String>> selections(SearchRequest r) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (!r.provinces().isEmpty()) out.put(IndexSchema.FACET_PROVINCE, r.provinces());
    if (!r.provincesNow().isEmpty()) out.put(IndexSchema.FACET_PROVINCE_NOW, r.provincesNow());
    if (!r.years().isEmpty())
      out.put(IndexSchema.FACET_YEAR, r.years().stream().map(String::valueOf).toList());
    if (!r.types().isEmpty())
      out.put(IndexSchema.FACET_TYPE, r.types().stream().map(String::strip).toList());
    if (!r.sources().isEmpty()) out.put(IndexSchema.FACET_SOURCE, r.sources());
    if (!r.directives().isEmpty())
      out.put(
          IndexSchema.FACET_DIRECTIVE,
          r.directives().stream().map(SearchService::canonicalDirective).toList());
    return out;
  }

  /** Every selection but {@code except}'s: any value within a dimension, all dimensions. */
  private static ObjectNode filters(Map<String, List<String>> selected, String except) {
    ObjectNode filter = Json.MAPPER.createObjectNode();
    ArrayNode all = filter.putObject("bool").putArray("filter");
    for (Map.Entry<String, List<String>> dim : selected.entrySet()) {
      if (dim.getKey().equals(except)) continue;
      ArrayNode values =
          all.addObject().putObject("terms").putArray(FACETS.get(dim.getKey()).field());
      dim.getValue().forEach(values::add);
    }
    return filter;
  }

  private static SearchResponse response(JsonNode answer, SearchRequest r) throws IOException {
    List<SearchResponse.Hit> hits = new ArrayList<>();
    for (JsonNode hit : answer.path("hits").path("hits")) hits.add(hit(hit));
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    for (Map.Entry<String, Facet> dim : FACETS.entrySet()) {
      List<Map.Entry<String, Integer>> values = new ArrayList<>();
      for (JsonNode bucket :
          answer.path("aggregations").path(dim.getKey()).path("values").path("buckets")) {
        values.add(Map.entry(bucket.path("key").asText(), bucket.path("doc_count").asInt()));
      }
      if (dim.getValue().byLabel()) values.sort(Map.Entry.comparingByKey());
      Map<String, Integer> counts = new LinkedHashMap<>();
      values.forEach(e -> counts.put(e.getKey(), e.getValue()));
      facets.put(dim.getKey(), counts);
    }
    long total = answer.path("hits").path("total").path("value").asLong();
    JsonNode aggs = answer.path("aggregations");
    boolean grouped = aggs.path("grouped").path("versions").path("value").asDouble(1) > 1;
    long stories = grouped ? aggs.path("stories").path("count").path("value").asLong() : total;
    return new SearchResponse(
        total,
        Collections.unmodifiableList(hits),
        Collections.unmodifiableMap(facets),
        r.page(),
        r.size(),
        false,
        stories,
        r.collapse());
  }

  private static SearchResponse.Hit hit(JsonNode hit) throws IOException {
    JsonNode s = hit.path("_source");
    String published = text(s, IndexSchema.PUBLISHED_ISO);
    String citations = text(s, IndexSchema.CITATIONS_JSON);
    JsonNode fragments = hit.path("highlight").path(IndexSchema.TEXT);
    String snippet;
    if (fragments.isArray() && !fragments.isEmpty()) {
      List<String> parts = new ArrayList<>();
      fragments.forEach(f -> parts.add(f.asText().replace("&#x2F;", "/")));
      snippet = String.join(" … ", parts);
    } else {
      snippet = "";
    }
    String id = hit.path("_id").asText();
    return new SearchResponse.Hit(
        id,
        text(s, IndexSchema.TITLE),
        text(s, IndexSchema.URL),
        text(s, IndexSchema.PROVINCE),
        text(s, IndexSchema.PROVINCE_NOW),
        published == null ? null : LocalDate.parse(published),
        text(s, IndexSchema.SOURCE),
        hit.path("_score").isNumber() ? hit.path("_score").floatValue() : 0f,
        snippet,
        citations == null ? List.of() : Json.read(citations, CITATIONS),
        IndexSchema.TEXT_SOURCE_OCR.equals(text(s, IndexSchema.TEXT_SOURCE)),
        StoryLinker.format(s.path(IndexSchema.STORY).asLong(StoryLinker.storyOf(id))),
        s.path(IndexSchema.STORY_VERSIONS).asInt(1),
        List.of());
  }

  private static String text(JsonNode source, String field) {
    JsonNode v = source.path(field);
    return v.isMissingNode() || v.isNull() ? null : v.asText();
  }

  /**
   * The primary shards' live and deleted document counts: both change when a refresh makes added,
   * replaced or deleted documents searchable (and when a merge drops deleted ones).
   */
  @Override
  public Object generation() throws IOException {
    JsonNode docs =
        cluster
            .call("GET", "/" + index + "/_stats/docs", null)
            .path("indices")
            .path(index)
            .path("primaries")
            .path("docs");
    return docs.path("count").asLong() + "/" + docs.path("deleted").asLong();
  }

  @Override
  public List<vn.dva.review.CitingArticle> articles() throws IOException {
    return ClusterArticles.read(cluster, index);
  }

  @Override
  public vn.dva.export.Exporter exporter() {
    return new ClusterExport(cluster, index);
  }

  /** The words of the index's text, for "did you mean". */
  public ClusterWords words() {
    return new ClusterWords(cluster, index);
  }

  /** The connection stays the caller's. */
  @Override
  public void close() {}
}
