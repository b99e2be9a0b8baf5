package vn.dva.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dva.extract.ExtractedDocument;
import vn.dva.index.DocumentIndexer;
import vn.dva.search.SearchService;

/** The Atom feeds, read back with Rome, a real feed parser. */
class FeedPagesTest {

  @TempDir Path dir;

  static SyndFeed read(Response r) throws Exception {
    assertThat(r.code()).isEqualTo(200);
    assertThat(r.headers().get("Content-Type").get(0)).startsWith("application/atom+xml");
    byte[] body = r.body().string().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    SyndFeed feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    return feed;
  }

  static List<String> titles(SyndFeed feed) {
    return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
  }

  @Test
  void anArticleIndexedAfterTheFirstReadIsOnTopOfTheSecond() throws Exception {
    Path index = TestIndex.build(dir.resolve("index"));
    try (SearchService search = SearchService.open(index, false)) {
      JavalinTest.test(
          WebApp.create(search),
          (app, client) -> {
            String url = "/feed.atom?q=" + WebAppTest.enc("Nghị quyết 25-NQ/TW");
            SyndFeed first = read(client.get(url));
            assertThat(first.getEntries()).hasSizeGreaterThanOrEqualTo(3);
            List<LocalDate> dates =
                first.getEntries().stream()
                    .map(e -> LocalDate.ofInstant(e.getUpdatedDate().toInstant(), VN))
                    .toList();
            assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            SyndEntry top = first.getEntries().get(0);
            assertThat(top.getTitle()).isEqualTo("Quảng Nam: công tác dân vận chính quyền");
            assertThat(top.getLink()).isEqualTo("https://quangnam.dcs.vn/tin/dan-van-chinh-quyen");
            assertThat(top.getDescription().getValue())
                .startsWith("Công tác dân vận của chính quyền các cấp");
            assertThat(top.getUri()).startsWith("tag:");

            try (DocumentIndexer indexer = DocumentIndexer.open(index)) {
              indexer.add(
                  new ExtractedDocument(
                      "https://laichau.dcs.vn/tin/moi",
                      "https://laichau.dcs.vn/tin/moi",
                      "Lai Châu quán triệt Nghị quyết 25-NQ/TW",
                      LocalDate.of(2026, 12, 1),
                      "Lai Châu",
                      "laichau.dcs.vn",
                      "html",
                      "Ban Dân vận Tỉnh ủy Lai Châu quán triệt Nghị quyết 25-NQ/TW đến cơ sở.",
                      List.of(TestIndex.NQ25_2013),
                      List.of()));
              // Re-indexing an article already in the feed must keep its entry id.
              ExtractedDocument again =
                  TestIndex.documents().stream()
                      .filter(d -> d.id().equals("https://quangnam.dcs.vn/tin/dan-van-chinh-quyen"))
                      .findFirst()
                      .orElseThrow();
              indexer.add(again);
              indexer.commit();
            }
            search.refresh();

            SyndFeed second = read(client.get(url));
            assertThat(second.getEntries()).hasSize(first.getEntries().size() + 1);
            assertThat(second.getEntries().get(0).getTitle())
                .isEqualTo("Lai Châu quán triệt Nghị quyết 25-NQ/TW");
            assertThat(second.getEntries().subList(1, second.getEntries().size()))
                .extracting(SyndEntry::getUri)
                .containsExactlyElementsOf(
                    first.getEntries().stream().map(SyndEntry::getUri).toList());
            assertThat(second.getUri()).isEqualTo(first.getUri());
          });
    }
  }

  static final java.time.ZoneOffset VN = java.time.ZoneOffset.ofHours(7);

  @Test
  void aSearchWithoutResultsIsAValidEmptyFeed() throws Exception {
    try (SearchService search = SearchService.open(TestIndex.build(dir.resolve("i")), false)) {
      JavalinTest.test(
          WebApp.create(search),
          (app, client) -> {
            SyndFeed feed =
                read(client.get("/feed.atom?q=" + WebAppTest.enc("không có từ này xyzzy")));
            assertThat(feed.getEntries()).isEmpty();
            assertThat(feed.getPublishedDate()).isNotNull();
            assertThat(feed.getTitle()).contains("không có từ này xyzzy");
            assertThat(client.get("/feed.atom?year=abc").code()).isEqualTo(400);
          });
    }
  }

  static Stream<String> pagesWithFeeds() {
    return Stream.of(
        "/?q=" + WebAppTest.enc("dân vận"),
        "/province?name=" + WebAppTest.enc("Bình Phước"),
        "/directive?number=" + WebAppTest.enc("25-NQ/TW"));
  }

  @ParameterizedTest
  @MethodSource("pagesWithFeeds")
  void pagesLinkTheirFeedInTheHeadAndTheBody(String page) throws Exception {
    try (SearchService search = SearchService.open(TestIndex.build(dir.resolve("i")), false)) {
      JavalinTest.test(
          WebApp.create(search),
          (app, client) -> {
            String html = client.get(page).body().string();
            String head = html.substring(0, html.indexOf("</head>"));
            assertThat(head).contains("<link rel=\"alternate\" type=\"application/atom+xml\"");
            String href =
                html.substring(html.indexOf("href=\"/feed.atom") + 6)
                    .split("\"")[0]
                    .replace("&amp;", "&");
            assertThat(html).contains("class=\"feed\"");
            assertThat(read(client.get(href)).getEntries()).isNotEmpty();
          });
    }
  }
}
