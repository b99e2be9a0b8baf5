package vn.dva.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebBenchmarkTest {

  private static final String REPORT =
      """
      Running 15s test @ http://127.0.0.1:7071
        2 threads and 16 connections
        Thread Stats   Avg      Stdev     Max   +/- Stdev
          Latency     9.12ms    4.01ms  80.33ms   88.12%
          Req/Sec   890.12    101.50     1.10k    70.00%
        Latency Distribution
           50%    8.50ms
           75%   10.20ms
           90%   13.00ms
           99%    1.20s
        26712 requests in 15.01s, 180.22MB read
        Socket errors: connect 0, read 2, write 0, timeout 1
        Non-2xx or 3xx responses: 4
      Requests/sec:   1779.65
      Transfer/sec:     12.01MB
      """;

  @Test
  void readsThroughputPercentilesAndFailuresFromWrk() {
    WebBenchmark.Result r = WebBenchmark.parse(REPORT);
    assertThat(r.skipped()).isNull();
    assertThat(r.requestsPerSecond()).isEqualTo(1779.65);
    assertThat(r.p50Ms()).isEqualTo(8.5);
    assertThat(r.p90Ms()).isEqualTo(13.0);
    assertThat(r.p99Ms()).isEqualTo(1200.0);
    assertThat(r.requests()).isEqualTo(26712);
    assertThat(r.failed()).isEqualTo(7);
  }

  @Test
  void aReportWithoutResultsIsASkipWithTheReason() {
    WebBenchmark.Result r =
        WebBenchmark.parse("unable to connect to 127.0.0.1:7071 Connection refused\n");
    assertThat(r.skipped()).contains("Connection refused");
    assertThat(r.requestsPerSecond()).isNaN();
  }

  @Test
  void theScriptCyclesThroughEncodedSearchUrls() {
    String lua =
        WebBenchmark.luaScript(
            List.of(
                new BenchQuery("directive", "25-NQ/TW", null, null, null, false),
                new BenchQuery("facet", "dân vận", "Lạng Sơn", 2023, "CT", true)));
    assertThat(lua)
        .contains("\"/api/search?q=25-NQ%2FTW\"")
        .contains(
            "\"/api/search?q=d%C3%A2n+v%E1%BA%ADn&province=L%E1%BA%A1ng+S%C6%A1n&year=2023&type=CT&sort=newest\"")
        .contains("request = function()");
  }

  @Test
  void primingRequestsEveryQueryUrlOnce() throws Exception {
    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    com.sun.net.httpserver.HttpServer server =
        com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/api/search",
        exchange -> {
          seen.add(exchange.getRequestURI().getRawQuery());
          int status = seen.size() == 2 ? 500 : 200;
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
    try {
      List<BenchQuery> queries = QuerySet.mixed(7);
      int ok = WebBenchmark.prime("http://127.0.0.1:" + server.getAddress().getPort(), queries);
      assertThat(seen)
          .containsExactlyElementsOf(queries.stream().map(BenchQuery::apiQueryString).toList());
      assertThat(ok).as("one answer was a 500").isEqualTo(queries.size() - 1);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void waitsForTheRegistryBehindAutocompleteAndFailsOnAnError() throws Exception {
    com.sun.net.httpserver.HttpServer server =
        com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    java.util.concurrent.atomic.AtomicInteger status =
        new java.util.concurrent.atomic.AtomicInteger(200);
    server.createContext(
        "/api/suggest",
        exchange -> {
          try {
            Thread.sleep(300); // the registry being built
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.sendResponseHeaders(status.get(), -1);
          exchange.close();
        });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      assertThat(WebBenchmark.awaitRegistry(base)).isGreaterThanOrEqualTo(300);
      status.set(500);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebBenchmark.awaitRegistry(base))
          .isInstanceOf(java.io.IOException.class)
          .hasMessageContaining("500");
    } finally {
      server.stop(0);
    }
  }

  /** Rounds answering the given rates in turn; a NaN stands for a round that failed. */
  private static WebBenchmark.Round rounds(double... rates) {
    int[] next = {0};
    return () -> {
      double r = rates[next[0]++];
      return Double.isNaN(r)
          ? WebBenchmark.Result.skipped("wrk printed no result")
          : new WebBenchmark.Result(r, 1, 2, 3, (long) (r * 5), 0, null);
    };
  }

  @Test
  void warmUpRunsUntilTwoRoundsInARowAgree() throws Exception {
    // a cold JVM: a few requests a second while the JIT compiles, then steady
    assertThat(WebBenchmark.warmUp(rounds(2, 6, 25, 36, 37, 99)))
        .containsExactly(2.0, 6.0, 25.0, 36.0, 37.0);
    // already warm: the fewest rounds, even when the first two agree (22 and 24 req/s at 1M
    // while the JIT was still compiling; the run then measured 32)
    assertThat(WebBenchmark.warmUp(rounds(22, 24, 32, 33, 99)))
        .containsExactly(22.0, 24.0, 32.0, 33.0);
    assertThat(WebBenchmark.warmUp(rounds(40, 38, 39, 99))).containsExactly(40.0, 38.0, 39.0);
    // 15% is the limit: 100 then 85 agree, 100 then 84 do not
    assertThat(WebBenchmark.warmUp(rounds(90, 100, 85, 1))).containsExactly(90.0, 100.0, 85.0);
    assertThat(WebBenchmark.warmUp(rounds(90, 100, 84, 84)))
        .containsExactly(90.0, 100.0, 84.0, 84.0);
  }

  @Test
  void warmUpStopsAtItsLimitOrAtAFailedRound() throws Exception {
    double[] neverSteady = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512};
    assertThat(WebBenchmark.warmUp(rounds(neverSteady))).hasSize(WebBenchmark.MOST_WARM_UP_ROUNDS);
    assertThat(WebBenchmark.warmUp(rounds(3, Double.NaN, 3, 3))).containsExactly(3.0);
  }

  @Test
  void cpuPerRequestIsTheRunsCpuOverItsRequests() {
    WebBenchmark.Result r = new WebBenchmark.Result(40, 1, 2, 3, 600, 0, null);
    WebBenchmark.Result withCpu = r.withCpuAndWarmUp(27_000, List.of(5.0, 39.0));
    assertThat(withCpu.cpuMsPerRequest()).isEqualTo(45.0);
    assertThat(withCpu.warmUpRps()).containsExactly(5.0, 39.0);
    assertThat(r.withCpuAndWarmUp(Double.NaN, List.of()).cpuMsPerRequest()).isNaN();
    assertThat(
            new WebBenchmark.Result(0, 1, 2, 3, 0, 0, null)
                .withCpuAndWarmUp(10, List.of())
                .cpuMsPerRequest())
        .as("no request completed")
        .isNaN();
  }
}
