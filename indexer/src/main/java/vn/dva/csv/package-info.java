/**
 * Writing CSV, once for every stage that makes a spreadsheet file (search results, reviews, batch
 * look-ups, exports, coverage): byte order mark, RFC 4180 quoting and formula neutralisation.
 */
package vn.dva.csv;
