package vn.dva.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RobotsPolicyTest {

  static final URI ROBOTS = URI.create("http://dvtu.vn/robots.txt");

  private static RobotsPolicy parse(String text) {
    return RobotsPolicy.from(ROBOTS, 200, text.getBytes(StandardCharsets.UTF_8), "text/plain");
  }

  @Test
  void obeysDisallowAndCrawlDelay() {
    RobotsPolicy p =
        parse("User-agent: *\nDisallow: /quan-tri/\nCrawl-delay: 2\nSitemap: /sitemap.xml\n");
    assertThat(p.allows(URI.create("http://dvtu.vn/tin-tuc/a.html"))).isTrue();
    assertThat(p.allows(URI.create("http://dvtu.vn/quan-tri/dang-nhap.html"))).isFalse();
    assertThat(p.crawlDelay()).contains(Duration.ofSeconds(2));
    assertThat(p.sitemaps(ROBOTS)).contains(URI.create("http://dvtu.vn/sitemap.xml"));
  }

  @Test
  void followsTheGroupNamingOurAgent() {
    RobotsPolicy p =
        parse("User-agent: *\nDisallow: /\n\nUser-agent: dva-crawler\nDisallow: /private/\n");
    assertThat(p.allows(URI.create("http://dvtu.vn/tin-tuc/"))).isTrue();
    assertThat(p.allows(URI.create("http://dvtu.vn/private/x"))).isFalse();
  }

  @Test
  void aCrawlDelayOverFiveMinutesDisallowsEverything() {
    RobotsPolicy p = parse("User-agent: *\nCrawl-delay: 400\n");
    assertThat(p.disallowsAll()).isTrue();
    assertThat(p.allows(URI.create("http://dvtu.vn/"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {401, 403, 404, 410})
  void aMissingOrForbiddenRobotsFileAllowsEverything(int status) {
    RobotsPolicy p = RobotsPolicy.from(ROBOTS, status, null, null);
    assertThat(p.allows(URI.create("http://dvtu.vn/tin-tuc/"))).isTrue();
    assertThat(p.retryLater()).isFalse();
    assertThat(p.crawlDelay()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, -1})
  void aServerErrorDisallowsForNowAndAsksToRetry(int status) {
    RobotsPolicy p = RobotsPolicy.from(ROBOTS, status, null, null);
    assertThat(p.allows(URI.create("http://dvtu.vn/tin-tuc/"))).isFalse();
    assertThat(p.retryLater()).isTrue();
  }
}
