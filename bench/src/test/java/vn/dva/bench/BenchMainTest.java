package vn.dva.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchMainTest {

  @Test
  void defaultsAreTenThousandDocsUnderTargetBench() {
    BenchMain.Options o = BenchMain.Options.parse(new String[0]);
    assertThat(o.sizes()).containsExactly(10_000L);
    assertThat(o.out()).isEqualTo(Path.of("target", "bench"));
    assertThat(o.web()).isTrue();
    assertThat(o.link()).as("near-duplicates linked, as dva index does").isTrue();
    assertThat(BenchMain.Options.parse(new String[] {"--no-link"}).link()).isFalse();
    assertThat(o.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  @Test
  void threadsSetsTheIndexingWorkersOfBothSides() {
    assertThat(BenchMain.Options.parse(new String[] {"--threads", "3"}).threads()).isEqualTo(3);
    assertThatThrownBy(() -> BenchMain.Options.parse(new String[] {"--threads", "0"}))
        .hasMessageContaining("--threads must be 1 or more, got 0");
  }

  @Test
  void growthMeansTenThousandThenAHundredThousandThenAMillion() {
    assertThat(BenchMain.Options.parse(new String[] {"--growth"}).sizes())
        .containsExactly(10_000L, 100_000L, 1_000_000L);
    assertThat(BenchMain.Options.parse(new String[] {"--docs", "10k,1M"}).sizes())
        .containsExactly(10_000L, 1_000_000L);
  }

  @Test
  void badOptionsAreNamedInTheMessage() {
    assertThatThrownBy(() -> BenchMain.Options.parse(new String[] {"--docs", "100,50"}))
        .hasMessageContaining("100,50");
    assertThatThrownBy(() -> BenchMain.Options.parse(new String[] {"--docs", "many"}))
        .hasMessageContaining("\"many\"");
    assertThatThrownBy(() -> BenchMain.Options.parse(new String[] {"--fast"}))
        .hasMessageContaining("--fast");
    assertThatThrownBy(() -> BenchMain.Options.parse(new String[] {"--out"}))
        .hasMessageContaining("--out needs a value");
  }

  @Test
  void everyQueryOfTheMixedSetParsesForTheBaseline() {
    List<BenchQuery> queries = QuerySet.mixed(CorpusGenerator.DEFAULT_SEED);
    assertThat(queries)
        .extracting(BenchQuery::kind)
        .contains("words", "accentless", "phrase", "directive", "facet", "sort");
    for (BenchQuery q : queries) {
      assertThat(QueryBenchmark.baselineQuery(q)).as(q.text()).isNotNull();
      assertThat(QueryBenchmark.dvaRequest(q).query()).isEqualTo(q.text());
    }
    assertThat(
            QueryBenchmark.baselineQuery(
                    new BenchQuery("directive", "18-CT/TU", null, null, null, false))
                .toString())
        .contains("text:\"18 ct tu\"");
  }
}
