package vn.dva.analysis;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Splits Vietnamese text into syllables (Unicode word boundaries, as {@code StandardTokenizer}),
 * except that a directive number is one token in its canonical form, typed {@link #DIRECTIVE}:
 * {@code Chỉ thị 18 - CT/TU} gives {@code Chỉ}, {@code thị}, {@code 18-CT/TU}. The parts of a
 * directive number are not emitted on their own, so a query for {@code 18-CT/TU} cannot match a
 * page that only has {@code 18-CT/TW} and {@code 16-CT/TU}. Text glued to a number ({@code
 * số31-QĐ/TW}) keeps its word ({@code số}).
 *
 * <p>The whole field value is read into memory on {@link #reset()}, which suits article-sized text
 * (Tika already caps extraction); words longer than {@value #MAX_WORD_LENGTH} characters are
 * dropped. Not thread-safe, as every Tokenizer; the Analyzer gives each thread its own.
 */
public final class VietnameseTokenizer extends Tokenizer {

  /** Token type of a canonical directive number. */
  public static final String DIRECTIVE = "<DIRECTIVE>";

  /** Token type of a word holding a letter. */
  public static final String WORD = "<ALPHANUM>";

  /** Token type of a number. */
  public static final String NUMBER = "<NUM>";

  /** Longer words are dropped (base64 blobs, glued URLs). */
  public static final int MAX_WORD_LENGTH = 255;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);

  private String text = "";
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private String[] directives = new String[64];
  private int count;
  private int next;

  /** Creates a tokenizer with the default attribute factory. */
  public VietnameseTokenizer() {}

  @Override
  public boolean incrementToken() {
    if (next >= count) return false;
    clearAttributes();
    int i = next++;
    String canonical = directives[i];
    if (canonical != null) {
      termAtt.setEmpty().append(canonical);
      typeAtt.setType(DIRECTIVE);
    } else {
      termAtt.setEmpty().append(text, starts[i], ends[i]);
      typeAtt.setType(hasLetter(starts[i], ends[i]) ? WORD : NUMBER);
    }
    posIncAtt.setPositionIncrement(1);
    offsetAtt.setOffset(correctOffset(starts[i]), correctOffset(ends[i]));
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    text = readAll();
    count = 0;
    next = 0;
    split();
  }

  @Override
  public void end() throws IOException {
    super.end();
    int last = correctOffset(text.length());
    offsetAtt.setOffset(last, last);
  }

  @Override
  public void close() throws IOException {
    super.close();
    text = "";
    count = 0;
    next = 0;
  }

  private String readAll() throws IOException {
    StringBuilder all = new StringBuilder();
    char[] buffer = new char[4096];
    for (int n = input.read(buffer); n != -1; n = input.read(buffer)) all.append(buffer, 0, n);
    return all.toString();
  }

  /** Word segments minus directive spans, merged with the directive tokens in text order. */
  private void split() {
    List<DirectiveNumbers.Span> spans = DirectiveNumbers.find(text);
    int span = 0;
    words.setText(text);
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      if (words.getRuleStatus() < RuleBasedBreakIterator.WORD_NONE_LIMIT) continue;
      int from = start;
      while (from < end) {
        while (span < spans.size() && spans.get(span).end() <= from) span++;
        DirectiveNumbers.Span s = span < spans.size() ? spans.get(span) : null;
        if (s == null || s.start() >= end) {
          addWord(from, end);
          break;
        }
        if (s.start() > from) addWord(from, s.start());
        if (s.start() >= from) add(s.start(), s.end(), s.canonical());
        from = s.end();
      }
    }
    // directive spans that begin in no word segment (they always start with a digit, so only
    // if the break rules change): keep them anyway, in order
    for (; span < spans.size(); span++) {
      DirectiveNumbers.Span s = spans.get(span);
      if (count == 0 || starts[count - 1] < s.start()) add(s.start(), s.end(), s.canonical());
    }
  }

  private void addWord(int start, int end) {
    if (end - start > MAX_WORD_LENGTH) return;
    if (hasLetterOrDigit(start, end)) add(start, end, null);
  }

  private void add(int start, int end, String canonical) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
      directives = Arrays.copyOf(directives, count * 2);
    }
    starts[count] = start;
    ends[count] = end;
    directives[count] = canonical;
    count++;
  }

  private boolean hasLetter(int start, int end) {
    for (int i = start; i < end; i++) if (Character.isLetter(text.charAt(i))) return true;
    return false;
  }

  private boolean hasLetterOrDigit(int start, int end) {
    for (int i = start; i < end; i++) if (Character.isLetterOrDigit(text.charAt(i))) return true;
    return false;
  }
}
