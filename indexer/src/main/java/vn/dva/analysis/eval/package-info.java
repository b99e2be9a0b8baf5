/**
 * Relevance evaluation of the analysis chain: judged queries over the bundled corpus, pass rate and
 * MRR against a baseline.
 */
package vn.dva.analysis.eval;
