package vn.dva.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SitesFileTest {

  @TempDir Path dir;

  @Test
  void readsProvinceAndStartUrlSkippingCommentsAndBlankLines() throws Exception {
    Path f = dir.resolve("sites.tsv");
    Files.writeString(
        f,
        "\uFEFF# tỉnh\tđịa chỉ\n\nBình Phước\thttps://dvtu.binhphuoc.gov.vn/tin-tuc/#top\n"
            + "Lạng Sơn\thttp://bandanvan.langson.gov.vn:80\n");
    assertThat(SitesFile.read(f))
        .containsExactly(
            new Site("Bình Phước", URI.create("https://dvtu.binhphuoc.gov.vn/tin-tuc/")),
            new Site("Lạng Sơn", URI.create("http://bandanvan.langson.gov.vn/")));
  }

  static Stream<String> badRows() {
    return Stream.of(
        "Bình Phước https://dvtu.binhphuoc.gov.vn/",
        "Bình Phước\tftp://dvtu.binhphuoc.gov.vn/",
        "\thttps://dvtu.binhphuoc.gov.vn/");
  }

  @ParameterizedTest
  @MethodSource("badRows")
  void namesTheLineAndTheValueOfABadRow(String row) throws Exception {
    Path f = dir.resolve("sites.tsv");
    Files.writeString(f, "# sites\n" + row + "\n");
    assertThatThrownBy(() -> SitesFile.read(f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sites.tsv");
  }

  @Test
  void refusesAFileWithoutSites() throws Exception {
    Path f = dir.resolve("sites.tsv");
    Files.writeString(f, "# nothing yet\n");
    assertThatThrownBy(() -> SitesFile.read(f)).hasMessageContaining("no site");
  }
}
