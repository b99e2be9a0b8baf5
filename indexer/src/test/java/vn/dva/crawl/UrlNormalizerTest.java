package vn.dva.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UrlNormalizerTest {

  static final URI BASE = URI.create("http://dvtu.vn/tin-tuc/index.html");

  static Stream<Arguments> links() {
    return Stream.of(
        Arguments.of("bai-1.html#binh-luan", "http://dvtu.vn/tin-tuc/bai-1.html"),
        Arguments.of("HTTP://DVTU.VN:80/", "http://dvtu.vn/"),
        Arguments.of("https://dvtu.vn:443/a", "https://dvtu.vn/a"),
        Arguments.of("http://dvtu.vn:8080/a", "http://dvtu.vn:8080/a"),
        Arguments.of("http://dvtu.vn", "http://dvtu.vn/"),
        Arguments.of("../gioi-thieu/./a.html", "http://dvtu.vn/gioi-thieu/a.html"),
        Arguments.of(
            "bai.html?utm_source=zalo&utm_medium=social&id=3",
            "http://dvtu.vn/tin-tuc/bai.html?id=3"),
        Arguments.of("bai.html?fbclid=IwAR0&zarsrc=30", "http://dvtu.vn/tin-tuc/bai.html"),
        Arguments.of("bai.html?print=1", "http://dvtu.vn/tin-tuc/bai.html"),
        Arguments.of(
            "index.php?option=com_content&id=7&tmpl=component&print=1",
            "http://dvtu.vn/tin-tuc/index.php?id=7&option=com_content"),
        Arguments.of("bai.html;jsessionid=ABC123", "http://dvtu.vn/tin-tuc/bai.html"),
        Arguments.of("list.php?PHPSESSID=abc&page=2", "http://dvtu.vn/tin-tuc/list.php?page=2"),
        Arguments.of("?b=2&a=1", "http://dvtu.vn/tin-tuc/index.html?a=1&b=2"),
        Arguments.of(
            "/tin tức/dân vận.html",
            "http://dvtu.vn/tin%20t%E1%BB%A9c/d%C3%A2n%20v%E1%BA%ADn.html"),
        Arguments.of("  /a.html  ", "http://dvtu.vn/a.html"),
        Arguments.of("/a%zz.html", "http://dvtu.vn/a%25zz.html"));
  }

  @ParameterizedTest
  @MethodSource("links")
  void normalizesLinksToOneCanonicalForm(String href, String expected) {
    assertThat(UrlNormalizer.normalize(BASE, href)).contains(URI.create(expected));
  }

  static Stream<String> notCrawlable() {
    return Stream.of(
        "mailto:bandanvan@dvtu.vn",
        "javascript:void(0)",
        "tel:0271",
        "ftp://dvtu.vn/a",
        "",
        "   ",
        "data:text/html,hi");
  }

  @ParameterizedTest
  @MethodSource("notCrawlable")
  void refusesLinksThatAreNotHttp(String href) {
    assertThat(UrlNormalizer.normalize(BASE, href)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("hostKeys")
  void keysHostsByNameAndEffectivePort(String url, String key) {
    assertThat(UrlNormalizer.hostKey(URI.create(url))).isEqualTo(key);
  }

  static Stream<Arguments> hostKeys() {
    return Stream.of(
        Arguments.of("http://DVTU.vn/a", "dvtu.vn:80"),
        Arguments.of("https://dvtu.vn/a", "dvtu.vn:443"),
        Arguments.of("http://127.0.0.1:8080/", "127.0.0.1:8080"));
  }

  @ParameterizedTest
  @MethodSource("siblings")
  void treatsTheOtherSchemeAndWwwAsTheSameSite(String configured, String candidate, boolean same) {
    assertThat(Crawler.sameSite(URI.create(configured), URI.create(candidate))).isEqualTo(same);
  }

  static Stream<Arguments> siblings() {
    return Stream.of(
        Arguments.of("http://dvtu.vn/", "https://dvtu.vn/a", true),
        Arguments.of("http://www.dvtu.vn/", "https://dvtu.vn/a", true),
        Arguments.of("http://dvtu.vn/", "https://www.dvtu.vn/a", true),
        Arguments.of("http://dvtu.vn/", "https://evil.dvtu.vn.example/a", false),
        Arguments.of("http://dvtu.vn/", "http://localhost/a", false));
  }
}
