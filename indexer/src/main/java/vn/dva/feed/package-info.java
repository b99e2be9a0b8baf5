/**
 * Feeds: the newest hits of any search as an Atom feed (RFC 4287), so that a reader is told of new
 * articles without coming back to search.
 */
package vn.dva.feed;
