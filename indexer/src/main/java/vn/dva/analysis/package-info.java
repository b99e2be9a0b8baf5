/**
 * Vietnamese-aware Lucene analysis: NFC, tone-mark placement, diacritic folding, i/y variants,
 * abbreviations, directive tokens.
 */
package vn.dva.analysis;
