/**
 * Polite crawling of provincial portals into WARC archives: robots.txt, sitemaps, RSS, paged
 * listings, retries.
 */
package vn.dva.crawl;
