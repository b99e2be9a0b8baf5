package vn.dva.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TrapDetectorTest {

  static Stream<String> traps() {
    return Stream.of(
        "http://dvtu.vn/a/b/a/b/",
        "http://dvtu.vn/x/x/x/",
        "http://dvtu.vn/lich?ngay=2999-01-01",
        "http://dvtu.vn/lich/2099/12/",
        "http://dvtu.vn/lich?ngay=1899-12-31",
        "http://dvtu.vn/search?" + "a=1&".repeat(13),
        "http://dvtu.vn/" + "a".repeat(600));
  }

  @ParameterizedTest
  @MethodSource("traps")
  void refusesTrapUrls(String url) {
    assertThat(new TrapDetector(10, 100).check(URI.create(url))).isPresent();
  }

  static Stream<String> ordinary() {
    return Stream.of(
        "http://dvtu.vn/tin-tuc/2023/01/binh-phuoc-day-manh-cong-tac-dan-van.html",
        "http://dvtu.vn/tin-tuc/nam-dan-van-chinh-quyen-2020.html",
        "http://dvtu.vn/tin-tuc/?page=2",
        "http://dvtu.vn/van-ban/van-ban/",
        "http://dvtu.vn/lich?ngay=2024-01-15");
  }

  @ParameterizedTest
  @MethodSource("ordinary")
  void letsOrdinaryPortalUrlsThrough(String url) {
    assertThat(new TrapDetector(10, 100).check(URI.create(url))).isEmpty();
  }

  @Test
  void boundsOneCalendarPatternPerHost() {
    TrapDetector traps = new TrapDetector(5, 1000);
    long allowed =
        IntStream.rangeClosed(1, 28)
            .mapToObj(
                d -> URI.create("http://dvtu.vn/lich?ngay=2024-02-" + String.format("%02d", d)))
            .filter(u -> traps.check(u).isEmpty())
            .count();
    assertThat(allowed).isEqualTo(5);
    assertThat(traps.check(URI.create("http://other.vn/lich?ngay=2024-02-01"))).isEmpty();
  }

  @Test
  void boundsAGeneratedNumericPatternButNotDistinctArticles() {
    TrapDetector traps = new TrapDetector(5, 20);
    long pages =
        IntStream.rangeClosed(1, 50)
            .mapToObj(p -> URI.create("http://dvtu.vn/tin-tuc/?page=" + p))
            .filter(u -> traps.check(u).isEmpty())
            .count();
    assertThat(pages).isEqualTo(20);
    long articles =
        IntStream.rangeClosed(1, 50)
            .mapToObj(
                p ->
                    URI.create(
                        "http://dvtu.vn/tin-tuc/bai-so-"
                            + Integer.toString(p, 36)
                            + "-ve-dan-van.html"))
            .filter(u -> traps.check(u).isEmpty())
            .count();
    assertThat(articles).isGreaterThan(20);
  }
}
