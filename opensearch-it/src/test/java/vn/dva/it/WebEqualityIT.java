package vn.dva.it;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakScope;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensearch.test.OpenSearchIntegTestCase;
import vn.dva.cluster.ClusterConnection;
import vn.dva.cluster.ClusterIndexer;
import vn.dva.cluster.ClusterSchema;
import vn.dva.cluster.ClusterSearch;
import vn.dva.extract.DocumentExtractor;
import vn.dva.index.IndexRun;
import vn.dva.search.Json;
import vn.dva.search.SearchService;
import vn.dva.web.ArchiveLookup;
import vn.dva.web.WebApp;

/**
 * The real web app ({@link WebApp}, Javalin on 127.0.0.1, port 0) served twice over the bundled
 * corpus: from the embedded index and from a two-node OpenSearch cluster (an index of two shards
 * and one replica). The same URLs asked of both give the same answers: searches with and without
 * filters (totals, hit sets and their fields, facet counts; not scores, not snippet markup),
 * directive pages, due-for-review lists, batch lookup, directive autocomplete, whole-list exports
 * (CSV and JSON lines), feeds and every HTML page; near-duplicate copies of two pages make stories
 * of three pages, grouped, counted and filtered alike; "did you mean" restores the same accents and
 * spellings for queries typed without accents or misspelt.
 */
@ThreadLeakScope(ThreadLeakScope.Scope.NONE)
@OpenSearchIntegTestCase.ClusterScope(
    scope = OpenSearchIntegTestCase.Scope.SUITE,
    numDataNodes = 2,
    numClientNodes = 0,
    supportsDedicatedMasters = false)
public class WebEqualityIT extends DvaClusterCase {

  private static final String INDEX = "web";

  /** Hit fields that may differ between engines: scores (shards) and snippet markup. */
  private static final Set<String> ENGINE_FIELDS = Set.of("score", "snippet");

  private final HttpClient http = HttpClient.newHttpClient();

  public void testTheWebAppAnswersTheSameFromTheClusterAndFromTheEmbeddedIndex() throws Exception {
    long started = System.nanoTime();
    Path corpus = Path.of(System.getProperty("dva.corpus", "../corpus/pages"));
    assertTrue("bundled corpus at " + corpus.toAbsolutePath(), Files.isDirectory(corpus));
    Path copies = republished(corpus);
    Path embedded = createTempDir().resolve("index");
    StringWriter log = new StringWriter();
    IndexRun run = new IndexRun(new DocumentExtractor(), new PrintWriter(log, true), 500, 2);
    run.run(embedded, List.of(corpus, copies));

    try (ClusterConnection cluster = ClusterConnection.open(clusterUrl());
        SearchService local = SearchService.open(embedded, false)) {
      cluster.check();
      assertTrue(ClusterSchema.ensureIndex(cluster, INDEX, 2, 1));
      try (ClusterIndexer sink = new ClusterIndexer(cluster, INDEX, 20, new PrintWriter(log))) {
        run.run(sink, List.of(corpus, copies));
        assertEquals(log.toString(), 0, sink.failed());
      }
      ensureGreen(INDEX);

      Javalin here = WebApp.create(local, ArchiveLookup.NONE).start("127.0.0.1", 0);
      Javalin there =
          WebApp.create(new ClusterSearch(cluster, INDEX), ArchiveLookup.NONE)
              .start("127.0.0.1", 0);
      try {
        Sites sites =
            new Sites("http://127.0.0.1:" + here.port(), "http://127.0.0.1:" + there.port());
        int compared = compareEverything(sites);
        System.out.printf(
            Locale.ROOT,
            "web-equality: urls=%d seconds=%.1f%n",
            compared,
            (System.nanoTime() - started) / 1e9);
      } finally {
        here.stop();
        there.stop();
      }
      // every export read one point in time of the index and closed it at the end
      JsonNode pits = cluster.call("GET", "/_search/point_in_time/_all", null).path("pits");
      assertTrue(pits.toString(), pits.isArray() && pits.isEmpty());
    }
  }

  /**
   * Near-duplicates of the bundled plain-text pages, as another portal republishes them: each once
   * as it is and once with a line added, so stories of three pages exist on both engines.
   */
  private Path republished(Path corpus) throws IOException {
    Path copies = createTempDir().resolve("republished");
    Files.createDirectories(copies);
    try (var texts = Files.list(corpus.resolve("text"))) {
      for (Path text : texts.filter(p -> p.toString().endsWith(".txt")).toList()) {
        String body = Files.readString(text, StandardCharsets.UTF_8);
        String name = text.getFileName().toString().replace(".txt", "");
        Files.writeString(copies.resolve(name + "-dang-lai.txt"), body, StandardCharsets.UTF_8);
        Files.writeString(
            copies.resolve(name + "-ban-sao.txt"),
            body + "\nNguồn: Cổng thông tin điện tử tỉnh.\n",
            StandardCharsets.UTF_8);
      }
    }
    return copies;
  }

  /** Both servers. */
  private record Sites(String embedded, String cluster) {}

  private int compareEverything(Sites sites) throws Exception {
    int compared = 0;
    Set<String> provinces = new TreeSet<>();
    Set<String> numbers = new TreeSet<>();
    for (String q : judgedQueries()) {
      String url = "/api/search?size=100&q=" + enc(q);
      JsonNode mine = sameSearch(sites, url);
      compared++;
      if (mine == null) continue;
      mine.path("facets").path("province").fieldNames().forEachRemaining(provinces::add);
      mine.path("facets").path("directive").fieldNames().forEachRemaining(numbers::add);
      Iterator<String> province = mine.path("facets").path("province").fieldNames();
      Iterator<String> year = mine.path("facets").path("year").fieldNames();
      Iterator<String> type = mine.path("facets").path("type").fieldNames();
      if (province.hasNext() && year.hasNext()) {
        // drill-sideways: a province and a year selected, each still counting its other values
        String narrowed = url + "&province=" + enc(province.next()) + "&year=" + year.next();
        if (type.hasNext()) narrowed += "&type=" + enc(type.next());
        sameSearch(sites, narrowed);
        sameSearch(sites, narrowed + "&sort=newest&from=2015-01-01&to=2025-12-31");
        compared += 2;
      }
    }
    assertFalse(numbers.isEmpty());
    assertFalse(provinces.isEmpty());

    for (String number : numbers) {
      assertEquals(
          number,
          unordered(json(sites.embedded, "/api/directives?number=" + enc(number))),
          unordered(json(sites.cluster, "/api/directives?number=" + enc(number))));
      compared++;
    }
    for (int year = 2000; year <= 2035; year++) {
      assertEquals(
          "reviews " + year,
          unordered(json(sites.embedded, "/api/reviews?year=" + year)),
          unordered(json(sites.cluster, "/api/reviews?year=" + year)));
      compared++;
    }
    String batch =
        "/api/batch?numbers=" + enc(String.join("\n", numbers) + "\nkhông phải số\n99-CT/TW");
    JsonNode lookedUp = json(sites.embedded, batch);
    assertEquals(lookedUp, json(sites.cluster, batch));
    assertTrue(lookedUp.toString(), lookedUp.toString().contains("\"articles\":"));
    for (String typed : List.of("1", "18-ct", "qd", "NQ/TW", "tu")) {
      String suggest = "/api/suggest?q=" + enc(typed);
      assertEquals(typed, json(sites.embedded, suggest), json(sites.cluster, suggest));
    }
    compared += 6;

    for (String filter :
        List.of(
            "q=" + enc("dân vận"),
            "q=",
            "province=" + enc(provinces.iterator().next()) + "&sort=oldest")) {
      List<String> rows = exportRows(sites.embedded, "/search.jsonl?" + filter);
      assertFalse(filter, rows.isEmpty());
      assertEquals(filter, rows, exportRows(sites.cluster, "/search.jsonl?" + filter));
      assertEquals(
          filter,
          csvRows(sites.embedded, "/search.csv?" + filter),
          csvRows(sites.cluster, "/search.csv?" + filter));
      assertEquals(
          filter,
          feedIds(sites.embedded, "/feed.atom?" + filter),
          feedIds(sites.cluster, "/feed.atom?" + filter));
      compared += 3;
    }

    List<String> pages =
        new ArrayList<>(
            List.of(
                "/",
                "/?q=" + enc("dân vận khéo"),
                "/province",
                "/reviews",
                "/reviews?year=2026",
                "/batch"));
    provinces.forEach(p -> pages.add("/province?name=" + enc(p)));
    numbers.stream().limit(5).forEach(n -> pages.add("/directive?number=" + enc(n)));
    for (String page : pages) {
      HttpResponse<String> mine = get(sites.embedded, page);
      HttpResponse<String> theirs = get(sites.cluster, page);
      assertEquals(page, 200, mine.statusCode());
      assertEquals(page + ": " + theirs.body(), 200, theirs.statusCode());
      assertEquals(page, didYouMean(mine.body()), didYouMean(theirs.body()));
      compared++;
    }
    compared += sameDidYouMean(sites);

    // near-duplicates are one story on both: grouped, counted, listed and filtered alike
    JsonNode everything = sameSearch(sites, "/api/search?size=100&q=");
    sameSearch(sites, "/api/search?size=100&q=&collapse=false");
    assertTrue(everything.path("stories").asLong() < everything.path("total").asLong());
    Set<String> grouped = new TreeSet<>();
    for (JsonNode hit : everything.path("hits"))
      if (hit.path("versions").asInt() > 1) grouped.add(hit.path("story").asText());
    assertEquals(everything.toString(), 2, grouped.size());
    for (String story : grouped) {
      JsonNode versions = sameSearch(sites, "/api/search?q=&collapse=false&story=" + story);
      assertEquals(3, versions.path("total").asInt());
      List<String> rows = exportRows(sites.embedded, "/search.jsonl?story=" + story);
      assertEquals(3, rows.size());
      assertEquals(rows, exportRows(sites.cluster, "/search.jsonl?story=" + story));
      compared += 2;
    }
    return compared + 2;
  }

  /**
   * Asks both servers; checks status, totals, hit sets, hit fields and facets agree; returns the
   * embedded answer, or null when both refused the query with a 400.
   */
  private JsonNode sameSearch(Sites sites, String url) throws Exception {
    HttpResponse<String> a = get(sites.embedded, url);
    HttpResponse<String> b = get(sites.cluster, url);
    assertEquals(url + ": " + b.body(), a.statusCode(), b.statusCode());
    if (a.statusCode() == 400) return null;
    assertEquals(url, 200, a.statusCode());
    JsonNode mine = Json.MAPPER.readTree(a.body());
    JsonNode theirs = Json.MAPPER.readTree(b.body());
    for (String field :
        List.of("total", "stories", "collapsed", "page", "size", "approximate", "facets")) {
      assertEquals(
          url + " " + field + ": " + hits(mine) + " there " + hits(theirs),
          mine.path(field),
          theirs.path(field));
    }
    Set<String> only = new TreeSet<>(hits(mine));
    only.removeAll(hits(theirs));
    Set<String> onlyThere = new TreeSet<>(hits(theirs));
    onlyThere.removeAll(hits(mine));
    assertEquals(url + " hits only embedded " + only + " only on the cluster", Set.of(), onlyThere);
    assertEquals(url + " hits only embedded", Set.of(), only);
    return mine;
  }

  /**
   * The hits without what may differ between engines, sorted by id. A story of several pages is
   * compared as the story: its id, size and pages; which page stands for it is the best-scored one,
   * and scores differ across shards.
   */
  private static Set<String> hits(JsonNode response) {
    Set<String> out = new TreeSet<>();
    for (JsonNode hit : response.path("hits")) {
      if (hit.path("versions").asInt() > 1 && response.path("collapsed").asBoolean()) {
        Set<String> pages = new TreeSet<>(List.of(hit.path("id").asText()));
        hit.path("otherVersions").forEach(v -> pages.add(v.path("id").asText()));
        out.add("story " + hit.path("story").asText() + " " + hit.path("versions") + " " + pages);
        continue;
      }
      ObjectNode h = ((ObjectNode) hit).deepCopy();
      ENGINE_FIELDS.forEach(h::remove);
      // the snippet's text stays comparable only as "some passage matched or not"
      h.put("marked", hit.path("snippet").asText().contains("<mark>"));
      out.add(h.toString());
    }
    return out;
  }

  /** JSON lines of an export, sorted (ties may come in any order). */
  private List<String> exportRows(String site, String url) throws Exception {
    HttpResponse<String> r = get(site, url);
    assertEquals(url, 200, r.statusCode());
    List<String> out = new ArrayList<>();
    for (String line : r.body().split("\n")) {
      if (line.isBlank()) continue;
      out.add(Json.MAPPER.readTree(line).toString());
    }
    out.sort(null);
    return out;
  }

  /** CSV lines of an export, sorted. */
  private List<String> csvRows(String site, String url) throws Exception {
    HttpResponse<String> r = get(site, url);
    assertEquals(url, 200, r.statusCode());
    List<String> out = new ArrayList<>();
    for (String line : r.body().split("\r?\n")) {
      if (!line.isBlank()) out.add(line);
    }
    out.sort(null);
    return out;
  }

  private static final Pattern ENTRY_ID = Pattern.compile("<entry>\\s*<id>([^<]*)</id>");

  private Set<String> feedIds(String site, String url) throws Exception {
    HttpResponse<String> r = get(site, url);
    assertEquals(url, 200, r.statusCode());
    Set<String> out = new TreeSet<>();
    Matcher m = ENTRY_ID.matcher(r.body());
    while (m.find()) out.add(m.group(1));
    return out;
  }

  private JsonNode json(String site, String url) throws Exception {
    HttpResponse<String> r = get(site, url);
    assertEquals(url + ": " + r.body(), 200, r.statusCode());
    return Json.MAPPER.readTree(r.body());
  }

  /**
   * The JSON with every array's elements in a fixed order: the registry lists articles in the order
   * it reads them (embedded: indexing order; cluster: id order), which is not part of the contract
   * where dates tie.
   */
  private static JsonNode unordered(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = Json.MAPPER.createObjectNode();
      node.properties().forEach(e -> out.set(e.getKey(), unordered(e.getValue())));
      return out;
    }
    if (node.isArray()) {
      List<JsonNode> items = new ArrayList<>();
      node.forEach(n -> items.add(unordered(n)));
      items.sort(java.util.Comparator.comparing(JsonNode::toString));
      ArrayNode out = Json.MAPPER.createArrayNode();
      items.forEach(out::add);
      return out;
    }
    return node;
  }

  private HttpResponse<String> get(String site, String url)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(site + url)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static final Pattern DID_YOU_MEAN =
      Pattern.compile("id=\"did-you-mean\"[^>]*>([^<]*)</a>");

  /** The "did you mean" suggestion of a search page, or null. */
  private static String didYouMean(String html) {
    Matcher m = DID_YOU_MEAN.matcher(html);
    return m.find() ? m.group(1) : null;
  }

  /**
   * "Did you mean" is the same on both for queries made of the corpus's own words: runs of two and
   * three words of the titles typed without accents, and the same with one word misspelt (a letter
   * dropped); most of them get a suggestion.
   */
  private int sameDidYouMean(Sites sites) throws Exception {
    Set<String> queries = new LinkedHashSet<>();
    JsonNode page = json(sites.embedded, "/api/search?size=40&q=");
    for (JsonNode hit : page.path("hits")) {
      String[] words = hit.path("title").asText().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
      for (int i = 0; i + 3 <= words.length && queries.size() < 60; i += 3) {
        if (words[i].isEmpty()) continue;
        String two = fold(words[i] + " " + words[i + 1]);
        queries.add(two);
        String three = two + " " + fold(words[i + 2]);
        queries.add(three);
        String longest = words[i + 2].length() >= 5 ? fold(words[i + 2]) : null;
        if (longest != null) {
          int cut = longest.length() / 2;
          queries.add(two + " " + longest.substring(0, cut) + longest.substring(cut + 1));
        }
      }
    }
    assertTrue(queries.toString(), queries.size() >= 20);
    int suggested = 0;
    for (String q : queries) {
      String url = "/?q=" + enc(q);
      String mine = didYouMean(get(sites.embedded, url).body());
      assertEquals(q, mine, didYouMean(get(sites.cluster, url).body()));
      if (mine != null) suggested++;
    }
    assertTrue(suggested + " of " + queries, suggested * 2 > queries.size());
    System.out.printf(
        Locale.ROOT,
        "web-equality: did-you-mean queries=%d suggested=%d%n",
        queries.size(),
        suggested);
    return queries.size();
  }

  /**
   * Lower case, no marks, {@code đ} as {@code d}: as a user without a Vietnamese keyboard types.
   */
  private static String fold(String s) {
    return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .replace('đ', 'd');
  }
}
