/**
 * Whole result lists out: every hit of a search streamed page by page with {@code searchAfter}, as
 * CSV or JSON lines, in memory that does not grow with the number of hits.
 */
package vn.dva.export;
