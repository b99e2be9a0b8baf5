package vn.dva.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.dva.search.SearchService;
import vn.dva.web.WebApp;

/**
 * {@code scripts/bench [--docs N[,N…]] [--growth] [--out DIR] [--seed S] [--rounds R] [--threads T]
 * [--web-seconds S] [--no-web] [--keep] [--no-link] [--conditions TEXT]}: generates the synthetic
 * corpus, indexes it with dva and with bare Lucene, compares query latency, loads /api/search with
 * wrk, and prints a table and a last {@code bench:} line. Several sizes (or {@code --growth} = 10k,
 * 100k, 1M) continue the same indexes, so each checkpoint costs only its new documents. Exit 0 on
 * success, 2 on bad usage.
 */
public final class BenchMain {

  /** wrk threads and open connections: one thread per core of the 2-core target machine. */
  private static final int WEB_THREADS = 2;

  private static final int WEB_CONNECTIONS = 16;

  private BenchMain() {}

  /**
   * Parsed command line. Defaults: 10,000 docs, target/bench, seed {@link
   * CorpusGenerator#DEFAULT_SEED}, threads (for indexing and for each search) = available
   * processors.
   */
  record Options(
      List<Long> sizes,
      Path out,
      long seed,
      int rounds,
      int threads,
      int webSeconds,
      boolean web,
      boolean keep,
      boolean link,
      String conditions) {

    static Options parse(String[] args) {
      List<Long> sizes = List.of(10_000L);
      Path out = Path.of("target", "bench");
      long seed = CorpusGenerator.DEFAULT_SEED;
      int rounds = 5;
      int threads = Runtime.getRuntime().availableProcessors();
      int webSeconds = 15;
      boolean web = true;
      boolean keep = false;
      boolean link = true;
      String conditions = "";
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--docs" -> sizes = sizes(value(args, ++i, a));
          case "--growth" -> sizes = List.of(10_000L, 100_000L, 1_000_000L);
          case "--out" -> out = Path.of(value(args, ++i, a));
          case "--seed" -> seed = number(value(args, ++i, a), a);
          case "--rounds" -> rounds = (int) number(value(args, ++i, a), a);
          case "--threads" -> threads = (int) number(value(args, ++i, a), a);
          case "--web-seconds" -> webSeconds = (int) number(value(args, ++i, a), a);
          case "--no-web" -> web = false;
          case "--keep" -> keep = true;
          case "--no-link" -> link = false;
          case "--conditions" -> conditions = value(args, ++i, a);
          default ->
              throw new IllegalArgumentException(
                  "unknown option "
                      + a
                      + "; usage: scripts/bench [--docs N[,N…]] [--growth] [--out DIR] [--seed S] [--rounds R] [--threads T]"
                      + " [--web-seconds S] [--no-web] [--keep] [--no-link] [--conditions TEXT]");
        }
      }
      if (rounds < 1)
        throw new IllegalArgumentException("--rounds must be 1 or more, got " + rounds);
      if (threads < 1)
        throw new IllegalArgumentException("--threads must be 1 or more, got " + threads);
      return new Options(
          sizes, out, seed, rounds, threads, webSeconds, web, keep, link, conditions);
    }

    private static List<Long> sizes(String v) {
      List<Long> out = new ArrayList<>();
      long previous = 0;
      for (String part : v.split(",")) {
        long n = number(part.strip().replace("_", ""), "--docs");
        if (n <= previous)
          throw new IllegalArgumentException(
              "--docs sizes must be positive and increasing, got " + v);
        out.add(n);
        previous = n;
      }
      return List.copyOf(out);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
      return args[i];
    }

    private static long number(String v, String option) {
      try {
        return Long.parseLong(v.replace("k", "000").replace("M", "000000"));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " needs a whole number, got \"" + v + "\"");
      }
    }
  }

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("bench: " + e.getMessage());
      System.exit(2);
      return;
    }
    BenchReport report = run(options, System.out, System.err);
    System.out.println(report.lastLine());
  }

  /** Runs the whole benchmark; progress goes to {@code log}, the table to {@code out}. */
  static BenchReport run(Options o, PrintStream out, PrintStream log)
      throws IOException, InterruptedException {
    Path work = o.out().resolve("work");
    Path dvaDir = work.resolve("dva-index");
    Path baseDir = work.resolve("lucene-index");
    deleteTree(work);
    Files.createDirectories(work);
    CorpusGenerator generator = new CorpusGenerator(o.seed());
    List<BenchQuery> queries = QuerySet.mixed(o.seed());
    BenchReport report =
        new BenchReport(
            new BenchReport.Setup(
                o.seed(),
                Runtime.getRuntime().availableProcessors(),
                o.threads(),
                HeapWatcher.maxHeapMb(),
                Runtime.version().toString(),
                o.conditions(),
                "vn.dva.extract.DocumentExtractor",
                o.link()));
    try (HeapWatcher heap = new HeapWatcher()) {
      IndexingBenchmark indexing =
          new IndexingBenchmark(generator, work, heap, log, o.threads(), o.link());
      IndexingBenchmark.Segment total = IndexingBenchmark.Segment.empty();
      long done = 0;
      for (long size : o.sizes()) {
        log.printf("bench: indexing documents %,d to %,d%n", done, size);
        total = total.plus(indexing.index(done, size, dvaDir, baseDir));
        done = size;
        log.printf("bench: query latency at %,d documents%n", size);
        QueryBenchmark.Result q =
            new QueryBenchmark(3, o.rounds(), 3, o.threads()).run(queries, dvaDir, baseDir);
        WebBenchmark.Result web =
            o.web() ? web(o, dvaDir, queries, work, log) : WebBenchmark.Result.skipped("--no-web");
        report.add(
            new BenchReport.SizeResult(
                size,
                total,
                IndexingBenchmark.sizeOnDisk(dvaDir),
                IndexingBenchmark.sizeOnDisk(baseDir),
                q,
                web,
                heap.runPeakUsedMb()));
        report.writeJson(o.out());
      }
    }
    out.print(report.table());
    log.println("bench: results in " + report.writeJson(o.out()));
    if (!o.keep()) deleteTree(work);
    return report;
  }

  /**
   * Measures the web app twice: as shipped (result cache on) and with the cache off, so that the
   * figure for repeated queries is never mistaken for the cost of computing a search.
   */
  private static WebBenchmark.Result web(
      Options o, Path dvaDir, List<BenchQuery> queries, Path work, PrintStream log)
      throws IOException, InterruptedException {
    Path wrk = WebBenchmark.findWrk();
    if (wrk == null) {
      return WebBenchmark.Result.skipped(
          "wrk is not installed (scripts/bench installs it with apt-get when it can)");
    }
    log.println("bench: web, result cache on (the product default)");
    WebBenchmark.Result cached = web(o, wrk, dvaDir, true, queries, work, log);
    log.println("bench: web, result cache off");
    return cached.withUncached(web(o, wrk, dvaDir, false, queries, work, log));
  }

  /**
   * Starts the real web app ({@link WebApp}) on 127.0.0.1 over the dva index, warms it up with a
   * short wrk run, then measures for {@code --web-seconds}.
   */
  private static WebBenchmark.Result web(
      Options o,
      Path wrk,
      Path dvaDir,
      boolean cache,
      List<BenchQuery> queries,
      Path work,
      PrintStream log)
      throws IOException, InterruptedException {
    try (SearchService search = SearchService.open(dvaDir, cache, o.threads())) {
      Javalin app = WebApp.create(search);
      app.start("127.0.0.1", 0);
      try {
        String base = "http://127.0.0.1:" + app.port();
        long ready = WebBenchmark.awaitRegistry(base);
        log.printf(
            "bench: directive registry ready after %,d ms (untimed; built at start when it fits"
                + " the heap)%n",
            ready);
        if (cache) {
          int primed = WebBenchmark.prime(base, queries);
          log.printf(
              "bench: result cache primed with %d of %d queries (untimed)%n",
              primed, queries.size());
        }
        log.println("bench: web warm-up against " + base + "/api/search, until steady");
        List<Double> warmUp =
            WebBenchmark.warmUp(
                () -> {
                  WebBenchmark.Result round =
                      WebBenchmark.run(
                          wrk,
                          base,
                          queries,
                          WebBenchmark.WARM_UP_SECONDS,
                          WEB_THREADS,
                          WEB_CONNECTIONS,
                          work);
                  log.printf(
                      Locale.ROOT, "bench: warm-up round: %.1f req/s%n", round.requestsPerSecond());
                  return round;
                });
        log.printf("bench: wrk for %d s%n", o.webSeconds());
        long cpuBefore = processCpuNanos();
        WebBenchmark.Result measured =
            WebBenchmark.run(
                wrk, base, queries, o.webSeconds(), WEB_THREADS, WEB_CONNECTIONS, work);
        long cpuAfter = processCpuNanos();
        double cpuMs = cpuBefore < 0 || cpuAfter < 0 ? Double.NaN : (cpuAfter - cpuBefore) / 1e6;
        return measured.withCpuAndWarmUp(cpuMs, warmUp);
      } finally {
        app.stop();
      }
    }
  }

  /**
   * CPU time of this process (the web app serves from it; wrk runs in its own), or -1 where the JVM
   * does not report it.
   */
  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : -1;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator)
        Files.delete(p);
    }
  }
}
