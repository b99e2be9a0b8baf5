/**
 * Pure functions from fetched bytes to an ExtractedDocument: charset, main text, title, date,
 * province, directive numbers.
 */
package vn.dva.extract;
