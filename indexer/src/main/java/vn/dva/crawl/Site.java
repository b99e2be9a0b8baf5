package vn.dva.crawl;

import java.net.URI;

/**
 * One row of sites.tsv: the province a portal reports on and the URL where crawling starts.
 *
 * @param province the province name as written in sites.tsv (NFC), never blank
 * @param start the normalized start URL, http or https
 */
public record Site(String province, URI start) {

  public Site {
    if (province == null || province.isBlank())
      throw new IllegalArgumentException("province must not be blank");
    if (start == null)
      throw new IllegalArgumentException("start URL must not be null for " + province);
  }

  /** The politeness key of this site: {@code host:port} of its start URL. */
  public String hostKey() {
    return UrlNormalizer.hostKey(start);
  }
}
