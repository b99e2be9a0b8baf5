package vn.dva.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Each two adjacent tokens joined into one ({@code dan van kheo} → {@code dan_van}, {@code
 * van_kheo}), one position apart, offsets from the first's start to the second's end; a stream of
 * one token gives none. The terms are those of Lucene's {@code ShingleFilter(2, 2)} without
 * unigrams, for streams without position gaps or stacked tokens ({@link VietnameseTokenizer}
 * without directive recognition gives neither), at a fraction of its cost: that filter keeps a
 * window of captured states per token and was 12% of dva's indexing samples. Not thread-safe, as
 * every TokenFilter.
 */
public final class SyllablePairFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  private final String separator;
  private char[] previous = new char[32];
  private int previousLength = -1;
  private int previousStart;
  private char[] current = new char[32];

  /**
   * @param input the stream to pair, not null
   * @param separator put between the two terms, not null
   */
  public SyllablePairFilter(TokenStream input, String separator) {
    super(TonePlacementFilter.requireInput(input));
    if (separator == null) throw new IllegalArgumentException("separator must not be null");
    this.separator = separator;
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      int length = termAtt.length();
      if (current.length < length) current = new char[ArrayUtil.oversize(length, Character.BYTES)];
      System.arraycopy(termAtt.buffer(), 0, current, 0, length);
      int start = offsetAtt.startOffset();
      int end = offsetAtt.endOffset();
      boolean first = previousLength < 0;
      if (!first) {
        int joined = previousLength + separator.length() + length;
        char[] term = termAtt.resizeBuffer(joined);
        System.arraycopy(previous, 0, term, 0, previousLength);
        separator.getChars(0, separator.length(), term, previousLength);
        System.arraycopy(current, 0, term, previousLength + separator.length(), length);
        termAtt.setLength(joined);
        offsetAtt.setOffset(previousStart, end);
        posIncAtt.setPositionIncrement(1);
        typeAtt.setType("shingle");
      }
      char[] swap = previous;
      previous = current;
      current = swap;
      previousLength = length;
      previousStart = start;
      if (!first) return true;
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    previousLength = -1;
  }
}
