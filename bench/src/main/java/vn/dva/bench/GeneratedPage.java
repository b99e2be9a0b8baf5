package vn.dva.bench;

import java.net.URI;

/**
 * A rendered page as a crawler would have fetched it.
 *
 * @param article what the page says, for checking an extractor
 * @param html the page, UTF-8 bytes
 */
public record GeneratedPage(SyntheticArticle article, byte[] html) {

  /** The HTTP Content-Type the page would be served with. */
  public String contentType() {
    return "text/html; charset=utf-8";
  }

  /** The page's URL. */
  public URI uri() {
    return URI.create(article.url());
  }
}
