package vn.dva.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** Runs an analyzer over a string and records what comes out, for readable assertions. */
final class AnalyzedTokens {

  /** One emitted token. */
  record Token(
      String term, int start, int end, int positionIncrement, int positionLength, String type) {}

  private AnalyzedTokens() {}

  static List<Token> tokens(Analyzer analyzer, String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute posLen = ts.addAttribute(PositionLengthAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(
            new Token(
                term.toString(),
                offset.startOffset(),
                offset.endOffset(),
                posInc.getPositionIncrement(),
                posLen.getPositionLength(),
                type.type()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * The terms as one line: positions separated by spaces, terms stacked on the same position joined
   * by {@code |} in emission order: {@code "dân|dan vận|van"}.
   */
  static String terms(Analyzer analyzer, String text) {
    StringBuilder line = new StringBuilder();
    for (Token t : tokens(analyzer, text)) {
      if (line.length() > 0) line.append(t.positionIncrement() == 0 ? "|" : " ");
      line.append(t.term());
    }
    return line.toString();
  }
}
