package vn.dva.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.export.Exporter;
import vn.dva.review.CitingArticle;
import vn.dva.search.Json;
import vn.dva.search.SearchEngine;
import vn.dva.search.SearchRequest;
import vn.dva.search.SearchResponse;
import vn.dva.search.SearchService;

/**
 * The directive registry is held in memory (about {@link DirectiveData#BYTES_PER_DOCUMENT} bytes a
 * document: 2.4 GB for a million pages). On a server whose heap cannot hold it, the pages that need
 * it say so with 503 and the size to ask for, while search goes on; and however many requests ask
 * at once, it is built once.
 */
class DirectiveRegistryBudgetTest {

  @TempDir static Path dir;
  static SearchService search;

  @BeforeAll
  static void index() throws Exception {
    search = SearchService.open(TestIndex.build(dir));
  }

  @AfterAll
  static void close() throws Exception {
    search.close();
  }

  /** A budget one document short of the test index's registry. */
  private static long tooSmall() throws IOException {
    return search.documents() * DirectiveData.BYTES_PER_DOCUMENT - 1;
  }

  @Test
  void directivePagesAnswer503WithTheSizeToAskForAndSearchGoesOn() throws Exception {
    JavalinTest.test(
        WebApp.create(search, tooSmall()),
        (app, client) -> {
          var directive = client.get("/api/directives?number=25-NQ%2FTW");
          assertThat(directive.code()).isEqualTo(503);
          String error = Json.MAPPER.readTree(directive.body().string()).get("error").asText();
          assertThat(error).contains("sổ văn bản", "MB", "-Xmx", "directive registry");

          var reviews = client.get("/reviews");
          assertThat(reviews.code()).isEqualTo(503);
          assertThat(reviews.body().string()).contains("sổ văn bản");

          JsonNode found =
              Json.MAPPER.readTree(
                  client.get("/api/search?q=d%C3%A2n+v%E1%BA%ADn").body().string());
          assertThat(found.get("total").asLong()).isPositive();
          var page = client.get("/?q=d%C3%A2n+v%E1%BA%ADn");
          assertThat(page.code()).isEqualTo(200);
          JsonNode suggest = Json.MAPPER.readTree(client.get("/api/suggest?q=25").body().string());
          assertThat(suggest.get("suggestions")).isEmpty();
        });
  }

  @Test
  void theSameServerWithRoomForItServesThem() throws Exception {
    JavalinTest.test(
        WebApp.create(search, tooSmall() + 1),
        (app, client) -> {
          assertThat(client.get("/api/directives?number=25-NQ%2FTW").code()).isEqualTo(200);
          JsonNode suggest = Json.MAPPER.readTree(client.get("/api/suggest?q=25").body().string());
          assertThat(suggest.get("suggestions")).isNotEmpty();
        });
  }

  @Test
  void refusesBeforeReadingAnyArticle() throws Exception {
    Counting engine = new Counting(search);
    DirectiveData data = new DirectiveData(engine, tooSmall());
    assertThat(data.fits()).isFalse();
    assertThatThrownBy(data::current).isInstanceOf(DirectiveData.TooLarge.class);
    assertThat(engine.reads.get()).isZero();
  }

  @Test
  void requestsArrivingTogetherWaitForOneBuild() throws Exception {
    Counting engine = new Counting(search);
    DirectiveData data = new DirectiveData(engine, Long.MAX_VALUE);
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<DirectiveData.Services>> got = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        got.add(
            pool.submit(
                () -> {
                  start.await();
                  return data.current();
                }));
      }
      start.countDown();
      DirectiveData.Services first = got.get(0).get();
      for (Future<DirectiveData.Services> f : got) assertThat(f.get()).isSameAs(first);
    } finally {
      pool.shutdown();
    }
    assertThat(engine.reads.get()).isEqualTo(1);
  }

  /** The real engine, counting how often every article is read. */
  private static final class Counting implements SearchEngine {
    final SearchEngine engine;
    final AtomicInteger reads = new AtomicInteger();

    Counting(SearchEngine engine) {
      this.engine = engine;
    }

    @Override
    public SearchResponse search(SearchRequest request) throws IOException {
      return engine.search(request);
    }

    @Override
    public Object generation() throws IOException {
      return engine.generation();
    }

    @Override
    public List<CitingArticle> articles() throws IOException {
      reads.incrementAndGet();
      try {
        Thread.sleep(50); // long enough for the other requests to arrive meanwhile
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return engine.articles();
    }

    @Override
    public long documents() throws IOException {
      return engine.documents();
    }

    @Override
    public Exporter exporter() {
      return engine.exporter();
    }

    @Override
    public void close() {}
  }
}
