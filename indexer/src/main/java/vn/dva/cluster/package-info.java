/**
 * dva on an OpenSearch cluster: the index template, bulk indexing, search with the same JSON
 * contract, and the articles the directive registry is built from. The embedded engine does not
 * depend on this package.
 */
package vn.dva.cluster;
