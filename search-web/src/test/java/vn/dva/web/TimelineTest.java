package vn.dva.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineTest {

  @Test
  void shortSpansAreDrawnMonthByMonthWithEmptyMonthsKept() {
    List<Timeline.Bar> bars = Timeline.bars(Map.of("2023-01", 2, "2023-04", 1));
    assertThat(bars)
        .extracting(Timeline.Bar::label)
        .containsExactly("01/2023", "02/2023", "03/2023", "04/2023");
    assertThat(bars).extracting(Timeline.Bar::count).containsExactly(2, 0, 0, 1);
    assertThat(bars.get(1).to()).hasToString("2023-02-28");
    assertThat(Timeline.range(bars)).isEqualTo("01/2023 – 04/2023");
  }

  @Test
  void longSpansAreDrawnYearByYear() {
    List<Timeline.Bar> bars = Timeline.bars(Map.of("2015-03", 1, "2015-09", 2, "2019-12", 4));
    assertThat(bars)
        .extracting(Timeline.Bar::label)
        .containsExactly("2015", "2016", "2017", "2018", "2019");
    assertThat(bars).extracting(Timeline.Bar::count).containsExactly(3, 0, 0, 0, 4);
  }

  @Test
  void barsLinkToTheirPeriodAndKeepTheOtherFilters() {
    String svg =
        Timeline.svg(
            Timeline.bars(Map.of("2023-02", 1)),
            new QueryString(Map.of("q", List.of("dân vận"), "page", List.of("3"))));
    assertThat(svg)
        .contains("href=\"/?q=d%C3%A2n+v%E1%BA%ADn&amp;from=2023-02-01&amp;to=2023-02-28\"")
        .contains("<title>02/2023: 1 bài</title>")
        .doesNotContain("page=");
  }

  @Test
  void noDatedResultMeansNoChart() {
    assertThat(Timeline.svg(Timeline.bars(Map.of()), new QueryString(Map.of()))).isEmpty();
  }
}
