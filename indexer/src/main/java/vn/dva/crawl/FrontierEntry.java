package vn.dva.crawl;

/**
 * A URL waiting to be fetched.
 *
 * @param url the normalized URL
 * @param depth link hops from a start URL
 * @param hops redirects that led here
 * @param kind how it was found (decides how its content is read)
 * @param attempt retries already made in this run (not persisted)
 */
record FrontierEntry(String url, int depth, int hops, Outlink.Kind kind, int attempt) {

  FrontierEntry retry() {
    return new FrontierEntry(url, depth, hops, kind, attempt + 1);
  }
}
