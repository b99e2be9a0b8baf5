/**
 * Writes ExtractedDocuments into a Lucene index on disk, with facets as doc values and atomic
 * commits.
 */
package vn.dva.index;
