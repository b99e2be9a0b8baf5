package vn.dva.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dva.export.ExportRow;

class AtomFeedTest {

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("Dân vận khéo", "Dân vận khéo"),
        Arguments.of("a\u0000b\u0007c", "abc"),
        Arguments.of("dòng\tmột\ndòng hai\r", "dòng\tmột\ndòng hai\r"),
        Arguments.of("\uFFFEx\uFFFF", "x"));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void charactersXmlCannotHoldAreDropped(String in, String out) {
    assertThat(AtomFeed.xmlSafe(in)).isEqualTo(out);
  }

  @Test
  void entryIdsDependOnTheDocumentIdOnly() {
    String a = AtomFeed.entryId("https://binhphuoc.dcs.vn/tin/1");
    assertThat(a).isEqualTo(AtomFeed.entryId("https://binhphuoc.dcs.vn/tin/1"));
    assertThat(a).isNotEqualTo(AtomFeed.entryId("https://binhphuoc.dcs.vn/tin/2"));
    assertThat(a).startsWith("tag:").matches("tag:[a-z.]+,\\d{4}:article:[0-9a-f]{40}");
  }

  @Test
  void undatedRowsAreLeftOutAndTextIsEscaped() throws Exception {
    StringWriter out = new StringWriter();
    AtomFeed.write(
        new AtomFeed.Header(
            "q=a",
            "Tìm <a> & b",
            "http://h/feed.atom?q=a",
            "http://h/?q=a",
            OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)),
        List.of(
            new ExportRow(
                "1",
                "Tin <b>1</b>",
                "https://x.vn/1",
                "Lạng Sơn",
                null,
                LocalDate.of(2024, 5, 2),
                "x.vn",
                List.of("25-NQ/TW"),
                "Mở đầu & tiếp"),
            new ExportRow(
                "2", "Không ngày", "https://x.vn/2", null, null, null, null, List.of(), "")),
        out);
    String xml = out.toString();
    assertThat(xml)
        .contains("<title>Tìm &lt;a&gt; &amp; b</title>")
        .contains("<updated>2024-05-02T00:00:00+07:00</updated>")
        .contains("<summary>Mở đầu &amp; tiếp</summary>")
        .contains("term=\"25-NQ/TW\"")
        .doesNotContain("Không ngày");
  }
}
