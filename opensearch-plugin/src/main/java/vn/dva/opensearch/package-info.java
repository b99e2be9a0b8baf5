/** The OpenSearch plugin: dva's analysis components, analyzers and query on a cluster. */
package vn.dva.opensearch;
