package vn.dva.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LatencyStatsTest {

  static Stream<Arguments> nearestRank() {
    long[] hundred = LongStream.rangeClosed(1, 100).toArray();
    return Stream.of(
        Arguments.of(hundred, 50.0, 50L),
        Arguments.of(hundred, 95.0, 95L),
        Arguments.of(hundred, 99.0, 99L),
        Arguments.of(hundred, 100.0, 100L),
        Arguments.of(new long[] {7}, 99.0, 7L),
        Arguments.of(new long[] {1, 2, 3, 4}, 50.0, 2L),
        Arguments.of(new long[] {1, 2, 3, 4}, 99.0, 4L),
        Arguments.of(new long[] {10, 20, 30, 40, 50, 60, 70, 80, 90, 1000}, 95.0, 1000L));
  }

  @ParameterizedTest
  @MethodSource
  void nearestRank(long[] sorted, double percent, long expected) {
    assertThat(LatencyStats.rank(sorted, percent)).isEqualTo(expected);
  }

  @Test
  void percentilesAreInMillisecondsAndIgnoreInputOrder() {
    long[] nanos = LongStream.rangeClosed(1, 100).map(i -> (101 - i) * 1_000_000L).toArray();
    LatencyStats s = LatencyStats.ofNanos(nanos);
    assertThat(s.count()).isEqualTo(100);
    assertThat(s.p50()).isEqualTo(50.0);
    assertThat(s.p95()).isEqualTo(95.0);
    assertThat(s.p99()).isEqualTo(99.0);
    assertThat(s.max()).isEqualTo(100.0);
    assertThat(s.mean()).isEqualTo(50.5);
    assertThat(nanos[0]).as("input left unsorted").isEqualTo(100_000_000L);
  }

  @Test
  void theMedianOfRoundsIsTakenPerPercentile() {
    LatencyStats a = new LatencyStats(10, 1, 5, 9, 10, 2);
    LatencyStats b = new LatencyStats(10, 2, 6, 90, 100, 3);
    LatencyStats c = new LatencyStats(10, 3, 7, 11, 12, 4);
    LatencyStats m = LatencyStats.medianOf(List.of(a, b, c));
    assertThat(m).isEqualTo(new LatencyStats(30, 2, 6, 11, 12, 3));
    assertThat(LatencyStats.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
  }

  @Test
  void emptyInputIsRejectedWithAMessage() {
    assertThatThrownBy(() -> LatencyStats.ofNanos(new long[0]))
        .hasMessageContaining("no measurements");
    assertThatThrownBy(() -> LatencyStats.medianOf(List.of())).hasMessageContaining("no rounds");
    assertThatThrownBy(() -> LatencyStats.rank(new long[] {1}, 0)).hasMessageContaining("got 0.0");
  }
}
