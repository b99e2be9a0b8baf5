package vn.dva.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The benchmark's output: a table with one column per corpus size, a final {@code bench:} line for
 * the largest size, and the same figures as JSON.
 */
final class BenchReport {

  /**
   * Everything measured at one corpus size.
   *
   * @param indexing totals over all segments up to this size
   * @param dvaIndexBytes dva's index on disk
   * @param baselineIndexBytes the baseline's index on disk
   * @param queries query latencies, or null when not measured
   * @param web web throughput
   * @param heapPeakMb peak heap of the run so far
   */
  record SizeResult(
      long docs,
      IndexingBenchmark.Segment indexing,
      long dvaIndexBytes,
      long baselineIndexBytes,
      QueryBenchmark.Result queries,
      WebBenchmark.Result web,
      double heapPeakMb) {

    double pipelineDocsPerS() {
      return perSecond(indexing.docs(), indexing.pipelineNanos());
    }

    double extractionOnlyDocsPerS() {
      return perSecond(indexing.extractDocs(), indexing.extractNanos());
    }

    double indexerOnlyDocsPerS() {
      return perSecond(indexing.dvaIndexDocs(), indexing.dvaIndexNanos());
    }

    double baselineDocsPerS() {
      return perSecond(indexing.docs(), indexing.baselineNanos());
    }

    double indexRatio() {
      return pipelineDocsPerS() / baselineDocsPerS();
    }

    double queryRatio() {
      return queries == null ? Double.NaN : queries.dva().p99() / queries.baseline().p99();
    }
  }

  /**
   * Conditions of the run, printed above the table and stored in the JSON.
   *
   * @param threads indexing worker threads, for the pipeline and the baseline alike
   * @param conditions free text: machine load, who else was running
   */
  record Setup(
      long seed,
      int cpus,
      int threads,
      double maxHeapMb,
      String java,
      String conditions,
      String extractor,
      boolean nearDuplicatesLinked) {}

  private final Setup setup;
  private final List<SizeResult> sizes = new ArrayList<>();

  BenchReport(Setup setup) {
    this.setup = setup;
  }

  void add(SizeResult r) {
    sizes.add(r);
  }

  List<SizeResult> sizes() {
    return List.copyOf(sizes);
  }

  /** The human-readable table. */
  String table() {
    StringBuilder t = new StringBuilder();
    t.append(
        String.format(
            Locale.ROOT,
            "dva bench — seed %d, %d CPUs, %d threads (indexing; each search), max heap %.0f MB, Java %s,"
                + " extraction: %s%n",
            setup.seed(),
            setup.cpus(),
            setup.threads(),
            setup.maxHeapMb(),
            setup.java(),
            setup.extractor()));
    if (!setup.conditions().isBlank())
      t.append("conditions: ").append(setup.conditions()).append('\n');
    if (!setup.nearDuplicatesLinked())
      t.append("near-duplicates: not linked (--no-link): every page its own story\n");
    row(t, "documents", r -> String.format(Locale.ROOT, "%,d", r.docs()));
    row(
        t,
        "index: pipeline docs/s (dva, " + setup.threads() + " thr)",
        r -> f0(r.pipelineDocsPerS()));
    row(t, "  extraction only docs/s (1 thread)", r -> f0(r.extractionOnlyDocsPerS()));
    row(t, "  dva indexer only docs/s (1 thread)", r -> f0(r.indexerOnlyDocsPerS()));
    row(
        t,
        "index: bare Lucene docs/s (" + setup.threads() + " thr)",
        r -> f0(r.baselineDocsPerS()));
    row(t, "index ratio dva/Lucene", r -> f2(r.indexRatio()));
    row(
        t,
        "text MB/s dva | Lucene",
        r ->
            f1(mbPerS(r, r.indexing().pipelineNanos()))
                + " | "
                + f1(mbPerS(r, r.indexing().baselineNanos())));
    row(
        t,
        "HTML MB/s (dva pipeline)",
        r -> f1(r.indexing().htmlBytes() / 1e6 / (r.indexing().pipelineNanos() / 1e9)));
    row(t, "query p50 ms dva | Lucene", r -> q(r, QueryBenchmarkPick.P50));
    row(t, "query p95 ms dva | Lucene", r -> q(r, QueryBenchmarkPick.P95));
    row(t, "query p99 ms dva | Lucene", r -> q(r, QueryBenchmarkPick.P99));
    row(t, "query ratio p99 dva/Lucene", r -> f2(r.queryRatio()));
    row(
        t,
        "  dva top 10 only, p50 | p99 ms",
        r ->
            r.queries() == null
                ? "n/a"
                : f2(r.queries().dvaTopTen().p50()) + " | " + f2(r.queries().dvaTopTen().p99()));
    row(
        t,
        "  before #14 (1 pass) p50|p95|p99",
        r -> r.queries() == null ? "n/a" : pcts(r.queries().before()));
    row(
        t,
        "  after/before p50 | p99",
        r ->
            r.queries() == null
                ? "n/a"
                : f2(r.queries().dva().p50() / r.queries().before().p50())
                    + " | "
                    + f2(r.queries().dva().p99() / r.queries().before().p99()));
    row(
        t,
        "  cached p50|p95|p99 ms",
        r -> r.queries() == null ? "n/a" : pcts(r.queries().cached()));
    for (String c : QueryBenchmark.CLASSES) {
      row(t, c + ": computed p50|p95|p99", r -> cls(r, c, Pick.COMPUTED));
      row(t, "  computed searches/s, 1 client", r -> cls(r, c, Pick.COMPUTED_RATE));
      row(t, "  before #14 p50|p95|p99", r -> cls(r, c, Pick.BEFORE));
      row(t, "  cached p50|p95|p99 (req/s)", r -> cls(r, c, Pick.CACHED));
    }
    row(
        t,
        "web /api/search req/s, cache on",
        r -> r.web().skipped() != null ? "n/a" : f0(r.web().requestsPerSecond()));
    row(
        t,
        "web p50 | p99 ms",
        r -> r.web().skipped() != null ? "n/a" : f1(r.web().p50Ms()) + " | " + f1(r.web().p99Ms()));
    row(t, "web req/s, result cache off", r -> webOff(r, w -> f0(w.requestsPerSecond())));
    row(
        t,
        "web p50 | p99 ms, cache off",
        r -> webOff(r, w -> f1(w.p50Ms()) + " | " + f1(w.p99Ms())));
    row(t, "web CPU ms per request, cache off", r -> webOff(r, w -> f1(w.cpuMsPerRequest())));
    row(t, "web warm-up rounds req/s, cache off", r -> webOff(r, w -> rates(w.warmUpRps())));
    row(
        t,
        "index bytes/doc dva | Lucene",
        r ->
            f0((double) r.dvaIndexBytes() / r.docs())
                + " | "
                + f0((double) r.baselineIndexBytes() / r.docs()));
    row(t, "heap peak MB (dva indexing)", r -> f0(r.indexing().dvaPeakHeapMb()));
    row(t, "heap peak MB (run)", r -> f0(r.heapPeakMb()));
    for (SizeResult r : sizes) {
      if (r.web().skipped() != null)
        t.append("web at ")
            .append(r.docs())
            .append(": skipped — ")
            .append(r.web().skipped())
            .append('\n');
    }
    return t.toString();
  }

  private enum Pick {
    COMPUTED,
    COMPUTED_RATE,
    BEFORE,
    CACHED
  }

  private static String pcts(LatencyStats s) {
    return f1(s.p50()) + "|" + f1(s.p95()) + "|" + f1(s.p99());
  }

  private static String cls(SizeResult r, String c, Pick pick) {
    if (r.queries() == null || !r.queries().byClass().containsKey(c)) return "n/a";
    QueryBenchmark.ClassStats s = r.queries().byClass().get(c);
    return switch (pick) {
      case COMPUTED -> pcts(s.computed());
      case COMPUTED_RATE -> f0(s.computedPerS());
      case BEFORE -> pcts(s.before()) + " (" + f0(s.beforePerS()) + ")";
      case CACHED -> pcts(s.cached()) + " (" + f0(s.cachedPerS()) + ")";
    };
  }

  /** Rates as "2 → 25 → 31", or n/a for none. */
  private static String rates(List<Double> rates) {
    if (rates.isEmpty()) return "n/a";
    return String.join(" → ", rates.stream().map(BenchReport::f0).toList());
  }

  /** A figure of the cache-off web run, or n/a. */
  private static String webOff(SizeResult r, Function<WebBenchmark.Result, String> figure) {
    WebBenchmark.Result off = r.web().uncached();
    return off == null || off.skipped() != null ? "n/a" : figure.apply(off);
  }

  /** The final line, for the largest size measured. */
  String lastLine() {
    SizeResult r = sizes.get(sizes.size() - 1);
    return String.format(
        Locale.ROOT,
        "bench: docs=%d index_docs_per_s=%s index_ratio_vs_lucene=%s query_p50_ms=%s query_p99_ms=%s "
            + "query_ratio_vs_lucene=%s web_rps=%s web_rps_computed=%s web_cpu_ms_computed=%s"
            + " heap_mb=%s",
        r.docs(),
        f0(r.pipelineDocsPerS()),
        f2(r.indexRatio()),
        r.queries() == null ? "n/a" : f2(r.queries().dva().p50()),
        r.queries() == null ? "n/a" : f2(r.queries().dva().p99()),
        f2(r.queryRatio()),
        r.web().skipped() != null ? "n/a" : f0(r.web().requestsPerSecond()),
        webOff(r, w -> f0(w.requestsPerSecond())),
        webOff(r, w -> f1(w.cpuMsPerRequest())),
        f0(r.heapPeakMb()));
  }

  /** Writes {@code bench.json} (and a copy named after the largest size) into {@code out}. */
  Path writeJson(Path out) throws IOException {
    Files.createDirectories(out);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("setup", setup);
    List<Map<String, Object>> list = new ArrayList<>();
    for (SizeResult r : sizes) list.add(json(r));
    root.put("sizes", list);
    root.put("last_line", lastLine());
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Path file = out.resolve("bench.json");
    mapper.writeValue(file.toFile(), root);
    Files.copy(
        file,
        out.resolve("bench-" + sizes.get(sizes.size() - 1).docs() + ".json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return file;
  }

  private static Map<String, Object> json(SizeResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("docs", r.docs());
    m.put("extraction_failures", r.indexing().failures());
    Map<String, Object> idx = new LinkedHashMap<>();
    idx.put("pipeline_docs_per_s", num(r.pipelineDocsPerS()));
    idx.put("extraction_docs_per_s", num(r.extractionOnlyDocsPerS()));
    idx.put("dva_indexer_docs_per_s", num(r.indexerOnlyDocsPerS()));
    idx.put("single_thread_sample_docs", r.indexing().extractDocs());
    idx.put("lucene_docs_per_s", num(r.baselineDocsPerS()));
    idx.put("ratio_vs_lucene", num(r.indexRatio()));
    idx.put("pipeline_text_mb_per_s", num(mbPerS(r, r.indexing().pipelineNanos())));
    idx.put("lucene_text_mb_per_s", num(mbPerS(r, r.indexing().baselineNanos())));
    idx.put("html_bytes", r.indexing().htmlBytes());
    idx.put("text_bytes", r.indexing().textBytes());
    idx.put("dva_index_bytes", r.dvaIndexBytes());
    idx.put("lucene_index_bytes", r.baselineIndexBytes());
    idx.put("dva_bytes_per_doc", num((double) r.dvaIndexBytes() / r.docs()));
    idx.put("lucene_bytes_per_doc", num((double) r.baselineIndexBytes() / r.docs()));
    idx.put("dva_indexing_heap_peak_mb", num(r.indexing().dvaPeakHeapMb()));
    idx.put("dva_indexing_heap_after_gc_mb", num(r.indexing().dvaLiveHeapMb()));
    m.put("indexing", idx);
    if (r.queries() != null) {
      Map<String, Object> q = new LinkedHashMap<>();
      q.put("dva", r.queries().dva());
      q.put("lucene", r.queries().baseline());
      q.put("ratio_p99", num(r.queryRatio()));
      q.put("ratio_p50", num(r.queries().dva().p50() / r.queries().baseline().p50()));
      q.put("dva_p50_by_kind", r.queries().dvaByKind());
      q.put("lucene_p50_by_kind", r.queries().baselineByKind());
      q.put("dva_top10_only", r.queries().dvaTopTen());
      q.put("dva_cached", r.queries().cached());
      q.put("dva_before_issue14_single_pass", r.queries().before());
      q.put("by_class", r.queries().byClass());
      m.put("query_ms", q);
    }
    Map<String, Object> w = new LinkedHashMap<>();
    w.put("requests_per_s", num(r.web().requestsPerSecond()));
    w.put("p50_ms", num(r.web().p50Ms()));
    w.put("p90_ms", num(r.web().p90Ms()));
    w.put("p99_ms", num(r.web().p99Ms()));
    w.put("requests", r.web().requests());
    w.put("failed", r.web().failed());
    w.put("skipped", r.web().skipped());
    w.put("result_cache", "on");
    w.put("cpu_ms_per_request", num(r.web().cpuMsPerRequest()));
    w.put("warm_up_requests_per_s", r.web().warmUpRps().stream().map(BenchReport::num).toList());
    if (r.web().uncached() != null) {
      WebBenchmark.Result off = r.web().uncached();
      w.put("cache_off_requests_per_s", num(off.requestsPerSecond()));
      w.put("cache_off_p50_ms", num(off.p50Ms()));
      w.put("cache_off_p90_ms", num(off.p90Ms()));
      w.put("cache_off_p99_ms", num(off.p99Ms()));
      w.put("cache_off_failed", off.failed());
      w.put("cache_off_cpu_ms_per_request", num(off.cpuMsPerRequest()));
      w.put(
          "cache_off_warm_up_requests_per_s",
          off.warmUpRps().stream().map(BenchReport::num).toList());
    }
    m.put("web", w);
    m.put("heap_peak_mb", num(r.heapPeakMb()));
    return m;
  }

  private enum QueryBenchmarkPick {
    P50,
    P95,
    P99
  }

  private static String q(SizeResult r, QueryBenchmarkPick pick) {
    if (r.queries() == null) return "n/a";
    LatencyStats d = r.queries().dva();
    LatencyStats b = r.queries().baseline();
    return switch (pick) {
      case P50 -> f2(d.p50()) + " | " + f2(b.p50());
      case P95 -> f2(d.p95()) + " | " + f2(b.p95());
      case P99 -> f2(d.p99()) + " | " + f2(b.p99());
    };
  }

  private void row(StringBuilder t, String label, Function<SizeResult, String> cell) {
    t.append(String.format(Locale.ROOT, "%-30s", label));
    for (SizeResult r : sizes) t.append(String.format(Locale.ROOT, " %20s", cell.apply(r)));
    t.append('\n');
  }

  static double perSecond(long count, long nanos) {
    return nanos <= 0 ? Double.NaN : count / (nanos / 1e9);
  }

  private static double mbPerS(SizeResult r, long nanos) {
    return nanos <= 0 ? Double.NaN : r.indexing().textBytes() / 1e6 / (nanos / 1e9);
  }

  private static Double num(double v) {
    return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : null;
  }

  static String f0(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.0f", v) : "n/a";
  }

  static String f1(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : "n/a";
  }

  static String f2(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "n/a";
  }
}
