/**
 * Near-duplicate stories: MinHash signatures over syllable shingles of the main text, LSH band
 * terms in the index to find candidates, and a story id shared by every page of one connected group
 * of near-duplicates, kept right when pages arrive, change or go.
 */
package vn.dva.dedup;
