package vn.dva.analysis.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Plain-text report of several {@link RelevanceEvaluation.Result}s over the same query set. */
public final class RelevanceReport {

  private RelevanceReport() {}

  /**
   * A summary table (pass rate, MRR per setup), pass rates per kind of query, then the queries the
   * first setup of {@code failuresOf} misses, with what it returned.
   */
  public static String format(
      List<RelevanceEvaluation.Result> results, RelevanceEvaluation.Result failuresOf) {
    StringBuilder out = new StringBuilder();
    int queries = results.isEmpty() ? 0 : results.get(0).outcomes().size();
    out.append(
        String.format(
            Locale.ROOT,
            "%d judged queries; pass = a relevant page in the top %d and no forbidden page in the top %d%n%n",
            queries,
            RelevanceEvaluation.PASS_DEPTH,
            RelevanceEvaluation.DEPTH));
    out.append(String.format(Locale.ROOT, "%-58s %9s %7s%n", "setup", "pass rate", "MRR@10"));
    for (RelevanceEvaluation.Result r : results) {
      long passed = r.outcomes().stream().filter(RelevanceEvaluation.Outcome::passed).count();
      out.append(
          String.format(
              Locale.ROOT,
              "%-58s %5.1f%% (%d) %7.3f%n",
              r.setup().label(),
              100 * r.passRate(),
              passed,
              r.mrr()));
    }
    out.append(String.format(Locale.ROOT, "%npass rate by kind of query%n%-16s", "kind"));
    for (RelevanceEvaluation.Result r : results)
      out.append(String.format(Locale.ROOT, " %12s", r.setup().name()));
    out.append('\n');
    Map<String, int[]> total = new TreeMap<>();
    for (RelevanceEvaluation.Outcome o : results.get(0).outcomes())
      total.computeIfAbsent(o.query().kind(), k -> new int[1])[0]++;
    for (Map.Entry<String, int[]> kind : total.entrySet()) {
      out.append(
          String.format(Locale.ROOT, "%-16s", kind.getKey() + " (" + kind.getValue()[0] + ")"));
      for (RelevanceEvaluation.Result r : results) {
        long passed =
            r.outcomes().stream()
                .filter(o -> o.query().kind().equals(kind.getKey()) && o.passed())
                .count();
        out.append(String.format(Locale.ROOT, " %12s", passed + "/" + kind.getValue()[0]));
      }
      out.append('\n');
    }
    if (failuresOf != null) {
      out.append(String.format(Locale.ROOT, "%nqueries %s misses%n", failuresOf.setup().label()));
      for (RelevanceEvaluation.Outcome o : failuresOf.outcomes()) {
        if (o.passed()) continue;
        out.append(
            String.format(
                Locale.ROOT,
                "  [%s] %s → rank %d%s; top: %s%n",
                o.query().kind(),
                o.query().query(),
                o.rank(),
                o.forbiddenFound() ? ", forbidden page returned" : "",
                o.top().subList(0, Math.min(3, o.top().size()))));
      }
    }
    return out.toString();
  }
}
