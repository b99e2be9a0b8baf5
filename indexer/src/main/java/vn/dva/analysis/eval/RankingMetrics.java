package vn.dva.analysis.eval;

import java.util.List;
import java.util.Set;

/**
 * Ranking measures of one query with binary relevance, as ViRE and BEIR report them: nDCG@10 (gain
 * 1 for a relevant passage, ideal ranking puts every relevant passage first), reciprocal rank of
 * the first relevant passage within the top 10, precision at 1, and recall at 10 and 100 (share of
 * the relevant passages retrieved). Summed over queries and averaged by {@link #mean}. Stateless.
 */
public record RankingMetrics(double ndcg10, double mrr10, double p1, double r10, double r100) {

  /** The measures of one ranking; a query without relevant passages scores 0 everywhere. */
  public static RankingMetrics of(List<String> ranking, Set<String> relevant) {
    if (relevant.isEmpty()) return new RankingMetrics(0, 0, 0, 0, 0);
    double dcg = 0;
    double rr = 0;
    int found10 = 0;
    int found100 = 0;
    for (int i = 0; i < ranking.size() && i < 100; i++) {
      if (!relevant.contains(ranking.get(i))) continue;
      found100++;
      if (i < 10) {
        found10++;
        dcg += 1 / log2(i + 2);
        if (rr == 0) rr = 1.0 / (i + 1);
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(10, relevant.size()); i++) ideal += 1 / log2(i + 2);
    double p1 = !ranking.isEmpty() && relevant.contains(ranking.get(0)) ? 1 : 0;
    return new RankingMetrics(
        dcg / ideal,
        rr,
        p1,
        found10 / (double) relevant.size(),
        found100 / (double) relevant.size());
  }

  /** The mean of each measure, in percent; zeros for an empty list. */
  public static RankingMetrics mean(List<RankingMetrics> all) {
    if (all.isEmpty()) return new RankingMetrics(0, 0, 0, 0, 0);
    double n = all.size() / 100.0;
    return new RankingMetrics(
        all.stream().mapToDouble(RankingMetrics::ndcg10).sum() / n,
        all.stream().mapToDouble(RankingMetrics::mrr10).sum() / n,
        all.stream().mapToDouble(RankingMetrics::p1).sum() / n,
        all.stream().mapToDouble(RankingMetrics::r10).sum() / n,
        all.stream().mapToDouble(RankingMetrics::r100).sum() / n);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
