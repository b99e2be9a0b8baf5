/**
 * The one search service used by the CLI, the JSON API and the HTML pages: query parsing, facets,
 * highlighting.
 */
package vn.dva.search;
