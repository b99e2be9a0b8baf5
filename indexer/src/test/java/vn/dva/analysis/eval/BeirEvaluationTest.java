package vn.dva.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BeirEvaluationTest {

  private static final Path IR = Path.of("..", "..", "shared", "ir");

  @Test
  void binaryGainsScoreARankingAsBeirDoes() {
    RankingMetrics first = RankingMetrics.of(List.of("a", "b"), Set.of("a"));
    assertThat(first.ndcg10()).isEqualTo(1.0);
    assertThat(first.mrr10()).isEqualTo(1.0);
    RankingMetrics third = RankingMetrics.of(List.of("x", "y", "a"), Set.of("a"));
    assertThat(third.ndcg10()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(third.mrr10()).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(third.p1()).isZero();
    RankingMetrics missed = RankingMetrics.of(List.of("x"), Set.of("a"));
    assertThat(missed.r100()).isZero();
  }

  @Test
  void stripsAccentsAsAUserTypingWithoutThemWould() {
    assertThat(BeirEvaluation.unaccented("Người lao động được nghỉ bao lâu?"))
        .isEqualTo("Nguoi lao dong duoc nghi bao lau?");
    assertThat(BeirEvaluation.unaccented("ĐẢNG")).isEqualTo("DANG");
  }

  /** Collection, nDCG@10 dva reaches as typed and unaccented (the README's table, rounded down). */
  static Stream<Arguments> collections() {
    return Stream.of(
        Arguments.of("vire-alqac", 97.5, 97.5), Arguments.of("vire-vimedaqa", 83.8, 83.6));
  }

  @ParameterizedTest
  @MethodSource("collections")
  void thePublishedCollectionsKeepTheirMeasuredLevel(String name, double typed, double bare)
      throws IOException {
    Path dir = IR.resolve(name);
    assumeTrue(Files.isDirectory(dir), "skipped: " + dir + " is absent (../shared/ir)");
    BeirEvaluation.Report report = BeirEvaluation.run(BeirCollection.read(dir));
    assertThat(report.typed().metrics().ndcg10()).as(report.format()).isGreaterThanOrEqualTo(typed);
    assertThat(report.unaccented().metrics().ndcg10())
        .as(report.format())
        .isGreaterThanOrEqualTo(bare);
    assertThat(report.unaccented().metrics().ndcg10())
        .as("unaccented within one point of typed")
        .isGreaterThanOrEqualTo(report.typed().metrics().ndcg10() - 1);
    assertThat(report.typed().refused() + report.unaccented().refused()).isZero();
    assertThat(report.summary())
        .startsWith("relevance: collection=" + name + " queries=")
        .contains("ndcg10_unaccented=");
  }
}
