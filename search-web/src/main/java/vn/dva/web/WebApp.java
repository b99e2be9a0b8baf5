package vn.dva.web;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import vn.dva.search.InvalidQueryException;
import vn.dva.search.SearchEngine;
import vn.dva.search.SearchService;

/**
 * The dva web application: HTML pages and the JSON API over one {@link SearchEngine}: an embedded
 * index ({@link SearchService}) or an OpenSearch cluster ({@code vn.dva.cluster.ClusterSearch}).
 * Every page reads the engine through that interface, "did you mean" included (see {@link
 * Lexicon}), so both serve the same pages.
 *
 * <p>{@link #create} only builds the routes; the caller starts and stops the app. Routes: {@code /}
 * (search), {@code /api/search}, {@code /search.csv}, {@code /search.jsonl}, {@code /feed.atom},
 * {@code /api/suggest}, {@code /openapi.json}, {@code /static/…} and the pages registered by the
 * other page classes.
 */
public final class WebApp {

  /** Largest request body accepted (the batch form with its CSV file), in bytes. */
  static final int MAX_REQUEST_BYTES = 2_000_000;

  private WebApp() {}

  /** An unstarted app over {@code search}, without an archive of captured pages. */
  public static Javalin create(SearchEngine search) {
    return create(search, ArchiveLookup.NONE);
  }

  /**
   * An unstarted app over {@code search}; {@code archive} finds captured pages for the archive view
   * (use {@link ArchiveLookup#NONE} when there is none). The caller owns both and closes them after
   * stopping the app.
   */
  public static Javalin create(SearchEngine search, ArchiveLookup archive) {
    return create(search, archive, new ExportPages(search));
  }

  /** As {@link #create(SearchEngine, ArchiveLookup)}, with the export handlers given (tests). */
  static Javalin create(SearchEngine search, ArchiveLookup archive, ExportPages exports) {
    return create(search, archive, exports, new DirectiveData(search));
  }

  /** As {@link #create(SearchEngine)}, the directive registry allowed {@code registryBytes}. */
  static Javalin create(SearchEngine search, long registryBytes) {
    return create(
        search,
        ArchiveLookup.NONE,
        new ExportPages(search),
        new DirectiveData(search, registryBytes));
  }

  private static Javalin create(
      SearchEngine search,
      ArchiveLookup archive,
      ExportPages exports,
      DirectiveData directiveData) {
    Templates templates = new Templates(Map.of("hasArchive", archive != ArchiveLookup.NONE));
    Errors errors = new Errors(templates);
    Suggestions suggestions = new Suggestions(search, directiveData);
    SearchPages searchPages = new SearchPages(search, suggestions, directiveData, templates);
    ArchivePages archivePages = new ArchivePages(archive, templates);
    ProvincePages provincePages = new ProvincePages(search, templates);
    DirectivePages directivePages = new DirectivePages(directiveData, templates);
    ReviewPages reviewPages = new ReviewPages(directiveData, templates);
    FeedPages feedPages = new FeedPages(search);
    BatchPages batchPages = new BatchPages(new DirectiveLookup(directiveData), templates);
    String openApi = resource("openapi.json");
    String css = resource("static/app.css");
    String js = resource("static/app.js");
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          // Build the per-index caches (directive registry, vocabulary) in the background once the
          // server is up, so the first visitor of a directive page does not wait for them.
          config.events.serverStarted(
              () ->
                  Thread.ofVirtual()
                      .name("dva-warm-up")
                      .start(() -> warmUp(directiveData, suggestions)));
          config.http.maxRequestSize = MAX_REQUEST_BYTES;
          // a query of 1,000 Vietnamese characters takes up to 9 KB %-escaped: over Jetty's
          // default 8 KiB; past this limit Jetty answers 414 or 431 through ServerErrors
          config.jetty.modifyHttpConfiguration(
              http -> http.setRequestHeaderSize(ServerErrors.MAX_REQUEST_HEADER_BYTES));
          config.jetty.modifyServer(server -> server.setErrorHandler(new ServerErrors()));
          config.routes.before(SecurityHeaders::apply);
          config.routes.before(QueryStringCheck::apply);
          config.routes.get("/", searchPages::page);
          config.routes.get("/api/search", searchPages::api);
          config.routes.get("/search.csv", exports::csv);
          config.routes.get("/search.jsonl", exports::jsonl);
          config.routes.get("/feed.atom", feedPages::atom);
          config.routes.get(
              "/api/suggest",
              ctx -> {
                Params p = Params.of(ctx.queryParamMap(), Set.of("q", "limit"));
                String q = p.required("q");
                int limit = p.integer("limit", 10, 1, 50);
                Responses.json(
                    ctx, Map.of("q", q, "suggestions", suggestions.directives(q, limit)));
              });
          config.routes.get("/directive", directivePages::page);
          config.routes.get("/api/directives", directivePages::api);
          config.routes.get("/api/directives/coverage", directivePages::coverageApi);
          config.routes.get("/directive/coverage.csv", directivePages::coverageCsv);
          config.routes.get("/reviews", reviewPages::page);
          config.routes.get("/api/reviews", reviewPages::api);
          config.routes.get("/reviews.csv", reviewPages::csv);
          config.routes.get("/reviews.ics", reviewPages::ics);
          config.routes.get("/province", provincePages::page);
          config.routes.get("/batch", batchPages::form);
          config.routes.post("/batch", batchPages::submit);
          config.routes.get("/api/batch", batchPages::api);
          config.routes.get("/archive", archivePages::page);
          config.routes.get("/archive/raw", archivePages::raw);
          config.routes.get(
              "/openapi.json",
              ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));
          config.routes.get(
              "/static/app.css",
              ctx ->
                  ctx.contentType("text/css; charset=utf-8")
                      .header("Cache-Control", "max-age=3600")
                      .result(css));
          config.routes.get(
              "/static/app.js",
              ctx ->
                  ctx.contentType("text/javascript; charset=utf-8")
                      .header("Cache-Control", "max-age=3600")
                      .result(js));
          config.routes.exception(InvalidQueryException.class, errors::badRequest);
          config.routes.exception(HttpResponseException.class, errors::http);
          config.routes.exception(Exception.class, errors::unexpected);
          config.routes.error(404, errors::notFound);
        });
  }

  private static void warmUp(DirectiveData directiveData, Suggestions suggestions) {
    try {
      if (!directiveData.fits()) {
        // built on first use, or refused then with a message: never in the background of searches
        // that need the heap (a million pages: 2.4 GB and a minute of CPU)
        org.slf4j.LoggerFactory.getLogger(WebApp.class)
            .warn(
                "directive registry not built at start: the index is too large for this heap"
                    + " (about {} bytes a document); directive pages will say so",
                DirectiveData.BYTES_PER_DOCUMENT);
        return;
      }
      directiveData.current();
      suggestions.directives("1", 1);
    } catch (java.io.IOException | RuntimeException e) {
      org.slf4j.LoggerFactory.getLogger(WebApp.class).warn("warm-up failed: {}", e.toString());
    }
  }

  private static String resource(String name) {
    try (InputStream in = WebApp.class.getResourceAsStream("/" + name)) {
      if (in == null)
        throw new IllegalStateException("missing resource " + name + " in the search-web jar");
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
