package vn.dva.crawl;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dva.extract.TextDecoder;

/**
 * Reads sites.tsv: one {@code province<TAB>start URL} per line; blank lines and lines starting with
 * {@code #} are ignored. Stateless.
 */
public final class SitesFile {

  private SitesFile() {}

  /**
   * Reads and validates a sites file.
   *
   * @param file a UTF-8 file, not null
   * @return the sites in file order, never empty
   * @throws IllegalArgumentException naming the line and the bad value when a row is malformed or
   *     no row is present
   * @throws IOException when the file cannot be read
   */
  public static List<Site> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Site> sites = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (i == 0 && line.startsWith("\uFEFF")) line = line.substring(1);
      if (line.isEmpty() || line.startsWith("#")) continue;
      sites.add(parse(line, file + ":" + (i + 1)));
    }
    if (sites.isEmpty())
      throw new IllegalArgumentException(
          "no site in " + file + " (expected province<TAB>URL rows)");
    return List.copyOf(sites);
  }

  static Site parse(String line, String where) {
    int tab = line.indexOf('\t');
    if (tab < 0)
      throw new IllegalArgumentException(where + ": expected province<TAB>URL, got '" + line + "'");
    String province = TextDecoder.nfc(line.substring(0, tab).strip());
    if (province.isEmpty()) {
      throw new IllegalArgumentException(where + ": the province is empty in '" + line + "'");
    }
    String url = line.substring(tab + 1).strip();
    Optional<URI> start = UrlNormalizer.normalize(null, url);
    if (start.isEmpty())
      throw new IllegalArgumentException(where + ": not an http(s) URL: '" + url + "'");
    return new Site(province, start.get());
  }
}
