package vn.dva.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughput of {@code GET /api/search} under wrk on the loopback interface, cycling through the
 * mixed query set. wrk runs as a separate process; its report is parsed for requests per second and
 * the latency distribution.
 */
final class WebBenchmark {

  /**
   * What wrk measured.
   *
   * @param requestsPerSecond completed requests per second
   * @param p50Ms median latency
   * @param p90Ms 90th percentile
   * @param p99Ms 99th percentile
   * @param requests requests completed
   * @param failed non-2xx/3xx responses plus socket errors
   * @param skipped why the web run did not happen, or null when it did
   * @param uncached the same run with dva's result cache off, or null when not measured; the outer
   *     figures are the product default (cache on), where wrk's cycle of 57 queries is answered
   *     almost entirely from the cache
   * @param cpuMsPerRequest CPU time the serving process spent during the run, per completed request
   *     (NaN when not measured): steadier than requests per second on a machine whose speed varies
   * @param warmUpRps requests per second of each untimed warm-up round before the run ({@link
   *     #warmUp})
   */
  record Result(
      double requestsPerSecond,
      double p50Ms,
      double p90Ms,
      double p99Ms,
      long requests,
      long failed,
      String skipped,
      Result uncached,
      double cpuMsPerRequest,
      List<Double> warmUpRps) {

    Result(
        double requestsPerSecond,
        double p50Ms,
        double p90Ms,
        double p99Ms,
        long requests,
        long failed,
        String skipped) {
      this(
          requestsPerSecond,
          p50Ms,
          p90Ms,
          p99Ms,
          requests,
          failed,
          skipped,
          null,
          Double.NaN,
          List.of());
    }

    static Result skipped(String why) {
      return new Result(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, why);
    }

    /** This result with {@code other} as its cache-off run. */
    Result withUncached(Result other) {
      return with(other, cpuMsPerRequest, warmUpRps);
    }

    /** This result with the serving process's CPU per request and the warm-up rounds before it. */
    Result withCpuAndWarmUp(double cpuMs, List<Double> warmUp) {
      double perRequest = requests > 0 && cpuMs >= 0 ? cpuMs / requests : Double.NaN;
      return with(uncached, perRequest, List.copyOf(warmUp));
    }

    /** wrk's figures of this result with the others given. */
    private Result with(Result uncached, double cpuMsPerRequest, List<Double> warmUpRps) {
      return new Result(
          requestsPerSecond,
          p50Ms,
          p90Ms,
          p99Ms,
          requests,
          failed,
          skipped,
          uncached,
          cpuMsPerRequest,
          warmUpRps);
    }
  }

  /** One wrk round, for {@link #warmUp}. */
  interface Round {
    Result run() throws IOException, InterruptedException;
  }

  /** Seconds of one warm-up round. */
  static final int WARM_UP_SECONDS = 5;

  /**
   * Fewest warm-up rounds: on the 1M bench index two rounds of 5 s agreed at 22 and 24 req/s while
   * the JIT was still compiling, and the measured run then gave 32.
   */
  static final int LEAST_WARM_UP_ROUNDS = 3;

  /** Most warm-up rounds before the measured run, steady or not. */
  static final int MOST_WARM_UP_ROUNDS = 8;

  /**
   * Largest relative difference between two consecutive warm-up rounds for the server to count as
   * warm.
   */
  static final double STEADY_WITHIN = 0.15;

  /**
   * Untimed warm-up rounds until the server is steady: at least {@link #LEAST_WARM_UP_ROUNDS}, then
   * until two consecutive rounds are within {@link #STEADY_WITHIN} of each other, at most {@link
   * #MOST_WARM_UP_ROUNDS}, or until a round fails. Why: a JVM that has not compiled the search
   * path, or has dropped it, serves a few requests per second for its first 15-30 s under 16
   * connections, while the JIT compiles (on the 1M bench index, 2-6 req/s in the first 15 s of a
   * fresh {@code dva serve} against 25-37 once warm); one fixed 5 s round hid that in some runs and
   * not in others.
   *
   * @return requests per second of each round run
   */
  static List<Double> warmUp(Round round) throws IOException, InterruptedException {
    List<Double> rates = new ArrayList<>();
    while (rates.size() < MOST_WARM_UP_ROUNDS) {
      Result r = round.run();
      if (r.skipped() != null) break;
      double rate = r.requestsPerSecond();
      if (rates.size() + 1 >= LEAST_WARM_UP_ROUNDS && steady(rates.get(rates.size() - 1), rate)) {
        rates.add(rate);
        break;
      }
      rates.add(rate);
    }
    return rates;
  }

  private static boolean steady(double before, double now) {
    return Math.abs(now - before) <= STEADY_WITHIN * Math.max(before, now);
  }

  private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
  private static final Pattern PERCENTILE =
      Pattern.compile("^\\s*(50|90|99)%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
  private static final Pattern SOCKET =
      Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

  private WebBenchmark() {}

  /** Path of wrk on this machine, or null. */
  static Path findWrk() {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      Path p = Path.of(dir, "wrk");
      if (Files.isExecutable(p)) return p;
    }
    return null;
  }

  /**
   * Runs wrk against {@code baseUrl} (e.g. {@code http://127.0.0.1:7071}) for {@code seconds}.
   *
   * @param work folder for the request script
   */
  static Result run(
      Path wrk,
      String baseUrl,
      List<BenchQuery> queries,
      int seconds,
      int threads,
      int connections,
      Path work)
      throws IOException, InterruptedException {
    Path script = work.resolve("requests.lua");
    Files.writeString(script, luaScript(queries), StandardCharsets.UTF_8);
    List<String> command =
        new ArrayList<>(
            List.of(
                wrk.toString(),
                "-t" + threads,
                "-c" + connections,
                "-d" + seconds + "s",
                "--timeout",
                "10s",
                "--latency",
                "-s",
                script.toString(),
                baseUrl));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return Result.skipped("wrk did not finish");
    }
    String report = new String(out, StandardCharsets.UTF_8);
    Files.writeString(work.resolve("wrk.txt"), report, StandardCharsets.UTF_8);
    return parse(report);
  }

  /**
   * Requests every query's /api/search URL once, one after the other, so that a measurement with
   * the result cache on starts with every response cached. Without it, on a large index where a
   * computed search takes seconds, a short wrk run never finishes its first cycle and measures no
   * cache hit at all. Untimed.
   *
   * @return the number of requests answered with 200
   */
  static int prime(String baseUrl, List<BenchQuery> queries)
      throws IOException, InterruptedException {
    int ok = 0;
    try (HttpClient client = HttpClient.newHttpClient()) {
      for (BenchQuery q : queries) {
        HttpRequest request =
            HttpRequest.newBuilder(URI.create(baseUrl + "/api/search?" + q.apiQueryString()))
                .timeout(Duration.ofMinutes(2))
                .build();
        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) ok++;
      }
    }
    return ok;
  }

  /**
   * Waits until the app's directive registry, which it builds in the background at start when the
   * heap can hold it, is ready, so that wrk measures searches rather than that build: directive
   * autocomplete waits for the one build in progress, or answers at once when the registry is too
   * large for the heap and will not be built. Untimed.
   *
   * @return milliseconds waited
   */
  static long awaitRegistry(String baseUrl) throws IOException, InterruptedException {
    long start = System.nanoTime();
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(baseUrl + "/api/suggest?q=1"))
              .timeout(Duration.ofMinutes(10))
              .build();
      int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status != 200) throw new IOException("/api/suggest answered " + status);
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** The Lua script that makes wrk cycle through the queries' /api/search URLs. */
  static String luaScript(List<BenchQuery> queries) {
    StringBuilder s = new StringBuilder("local paths = {\n");
    for (BenchQuery q : queries)
      s.append("  \"/api/search?").append(q.apiQueryString()).append("\",\n");
    s.append("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n")
        .append("  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n");
    return s.toString();
  }

  /** Reads wrk's {@code --latency} report. */
  static Result parse(String report) {
    Matcher rps = RPS.matcher(report);
    if (!rps.find())
      return Result.skipped(
          "wrk printed no result: " + report.strip().lines().findFirst().orElse("(nothing)"));
    double p50 = Double.NaN;
    double p90 = Double.NaN;
    double p99 = Double.NaN;
    Matcher m = PERCENTILE.matcher(report);
    while (m.find()) {
      double value =
          Double.parseDouble(m.group(2))
              * switch (m.group(3)) {
                case "us" -> 0.001;
                case "s" -> 1000.0;
                default -> 1.0;
              };
      switch (m.group(1)) {
        case "50" -> p50 = value;
        case "90" -> p90 = value;
        default -> p99 = value;
      }
    }
    Matcher total = TOTAL.matcher(report);
    long requests = total.find() ? Long.parseLong(total.group(1)) : 0;
    long failed = 0;
    Matcher non2xx = NON_2XX.matcher(report);
    if (non2xx.find()) failed += Long.parseLong(non2xx.group(1));
    Matcher socket = SOCKET.matcher(report);
    if (socket.find()) {
      for (int g = 1; g <= 4; g++) failed += Long.parseLong(socket.group(g));
    }
    return new Result(Double.parseDouble(rps.group(1)), p50, p90, p99, requests, failed, null);
  }
}
