package vn.dva.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Latency percentiles of one series of measurements, in milliseconds.
 *
 * @param count number of measurements
 * @param p50 median
 * @param p95 95th percentile
 * @param p99 99th percentile
 * @param max slowest
 * @param mean arithmetic mean
 */
public record LatencyStats(int count, double p50, double p95, double p99, double max, double mean) {

  /**
   * Percentiles by the nearest-rank method (the smallest value with at least p% of the values at or
   * below it) over {@code nanos}, converted to milliseconds.
   *
   * @throws IllegalArgumentException when {@code nanos} is empty
   */
  public static LatencyStats ofNanos(long[] nanos) {
    if (nanos.length == 0) throw new IllegalArgumentException("no measurements to summarise");
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (long n : sorted) sum += n;
    return new LatencyStats(
        sorted.length,
        ms(rank(sorted, 50)),
        ms(rank(sorted, 95)),
        ms(rank(sorted, 99)),
        ms(sorted[sorted.length - 1]),
        sum / sorted.length / 1e6);
  }

  /** Nearest-rank percentile of sorted values; {@code percent} in (0, 100]. */
  static long rank(long[] sorted, double percent) {
    if (percent <= 0 || percent > 100)
      throw new IllegalArgumentException("percent must be in (0, 100], got " + percent);
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)];
  }

  /**
   * The median, field by field, of several rounds: each percentile is the median of that percentile
   * across rounds, which keeps one noisy round (a GC, another process) from deciding the result.
   *
   * @throws IllegalArgumentException when {@code rounds} is empty
   */
  public static LatencyStats medianOf(List<LatencyStats> rounds) {
    if (rounds.isEmpty()) throw new IllegalArgumentException("no rounds to take the median of");
    int count = 0;
    for (LatencyStats r : rounds) count += r.count();
    return new LatencyStats(
        count,
        median(rounds.stream().mapToDouble(LatencyStats::p50).toArray()),
        median(rounds.stream().mapToDouble(LatencyStats::p95).toArray()),
        median(rounds.stream().mapToDouble(LatencyStats::p99).toArray()),
        median(rounds.stream().mapToDouble(LatencyStats::max).toArray()),
        median(rounds.stream().mapToDouble(LatencyStats::mean).toArray()));
  }

  /** Median of values (mean of the middle two for an even count). */
  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int mid = v.length / 2;
    return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
