package vn.dva.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.io.Reader;

/**
 * Analysis for Vietnamese article text and queries: NFC first (folding does not see NFD), lower
 * case, then diacritics folded with the original kept at the same position, so that an
 * accent-less query finds accented text and an exact match scores above a folded one. No
 * stopwords: "không", "được", "số" are content words here. Thread-safe, as every Analyzer.
 */
public final class VietnameseAnalyzer extends Analyzer {

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new ICUNormalizer2CharFilter(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new ICUNormalizer2CharFilter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream chain = new LowerCaseFilter(source);
    chain = new ASCIIFoldingFilter(chain, true);
    return new TokenStreamComponents(source, chain);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
