package vn.dva.crawl;

import java.net.URI;

/**
 * A URL found in a fetched document and how it was found, which decides its depth.
 *
 * @param url the normalized URL
 * @param kind how it was linked
 */
public record Outlink(URI url, Kind kind) {

  /** How a URL was linked. */
  public enum Kind {
    /** An ordinary link: one hop deeper. */
    PAGE,
    /** The next page of a paged listing ("Trang sau", rel=next, ?page=N+1): same depth. */
    NEXT_PAGE,
    /**
     * A PDF/DOC/DOCX/ODT/RTF file linked from a page: fetched even one hop past the depth limit.
     */
    ATTACHMENT,
    /** A sitemap, sitemap index, RSS or Atom feed: read for the URLs it lists. */
    FEED,
    /** A URL listed in a sitemap or feed: depth 1. */
    LISTED
  }
}
