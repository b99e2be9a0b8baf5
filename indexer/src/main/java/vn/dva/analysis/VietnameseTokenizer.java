package vn.dva.analysis;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;
import vn.dva.extract.DirectiveExtractor;

/**
 * Splits Vietnamese text into syllables (Unicode word boundaries, as {@code StandardTokenizer}),
 * except that a directive number is one token in its canonical form, typed {@link #DIRECTIVE}:
 * {@code Chỉ thị 18 - CT/TU} gives {@code Chỉ}, {@code thị}, {@code 18-CT/TU}. Numbers are found by
 * {@link DirectiveExtractor#numbersIn(String)}, so the text field, the directive facet and the
 * query parser agree on every spelling ({@code 217-QD/TW}, {@code 217/QĐ-TW}, each member of {@code
 * 217, 218-QĐ/TW}, {@code số31-QĐ/TW}).
 *
 * <p>A written number replaces its parts: a query for {@code 18-CT/TU} cannot match a page that
 * only has {@code 18-CT/TW} and {@code 16-CT/TU}. A number named in words ({@code Chỉ thị 05 của Bộ
 * Chính trị}) keeps its words and gets the directive token stacked on the first of them.
 *
 * <p>Words glued without a space are split where a capital follows two lower-case letters ({@code
 * củaĐảng} gives {@code của}, {@code Đảng}); abbreviations and codes ({@code TTg}, {@code CTr},
 * {@code QĐ}) have at most one lower-case letter before a capital and stay whole.
 *
 * <p>The whole field value is read into memory on {@link #reset()}, which suits article-sized text;
 * words longer than {@value #MAX_WORD_LENGTH} characters are dropped. Not thread-safe, as every
 * Tokenizer; the Analyzer gives each thread its own.
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
  private int[] increments = new int[64];
  private String[] directives = new String[64];
  private int count;
  private int next;

  /** Creates a tokenizer with the default attribute factory. */
  public VietnameseTokenizer() {
    this(true);
  }

  /**
   * @param recognizeDirectives whether directive numbers become single canonical tokens (true for
   *     the searchable fields); false leaves them as ordinary words and numbers, for fields that
   *     only rank (the syllable-pair field), sparing a scan of the text
   */
  public VietnameseTokenizer(boolean recognizeDirectives) {
    this(recognizeDirectives, false);
  }

  /**
   * @param icuOnly true to split every text with ICU, the reference the tests hold the faster
   *     {@link SyllableScanner} to; false to use the scanner wherever its character set allows
   */
  VietnameseTokenizer(boolean recognizeDirectives, boolean icuOnly) {
    this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, recognizeDirectives, icuOnly);
  }

  /**
   * @param factory creates the attributes (as every Tokenizer), not null
   * @param recognizeDirectives as {@link #VietnameseTokenizer(boolean)}
   */
  public VietnameseTokenizer(AttributeFactory factory, boolean recognizeDirectives) {
    this(factory, recognizeDirectives, false);
  }

  private VietnameseTokenizer(
      AttributeFactory factory, boolean recognizeDirectives, boolean icuOnly) {
    super(factory);
    this.recognizeDirectives = recognizeDirectives;
    this.icuOnly = icuOnly;
  }

  private final boolean recognizeDirectives;
  private final boolean icuOnly;

  /** Splits the common case (Vietnamese and Latin letters, ASCII) without ICU's rule tables. */
  private final SyllableScanner scanner = new SyllableScanner();

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
    posIncAtt.setPositionIncrement(increments[i]);
    offsetAtt.setOffset(correctOffset(starts[i]), correctOffset(ends[i]));
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    text = input instanceof CleanText.Checked checked ? checked.text : CleanText.readAll(input);
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

  /** Word segments minus written numbers, merged with the directive tokens in text order. */
  private void split() {
    List<DirectiveExtractor.NumberMatch> numbers = new ArrayList<>();
    List<DirectiveExtractor.NumberMatch> written = new ArrayList<>();
    if (recognizeDirectives) {
      for (DirectiveExtractor.NumberMatch m : DirectiveExtractor.numbersIn(text)) {
        if (m.start() < 0 || m.start() >= m.end() || m.end() > text.length()) continue;
        numbers.add(m);
        if (Character.isDigit(text.charAt(m.start()))) written.add(m);
      }
    }
    int span = 0;
    if (!icuOnly && scanner.scan(text)) {
      for (int k = 0; k < scanner.count(); k++)
        span = addSegment(scanner.start(k), scanner.end(k), written, span);
    } else {
      words.setText(text);
      int start = words.first();
      for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
        if (words.getRuleStatus() >= RuleBasedBreakIterator.WORD_NONE_LIMIT)
          span = addSegment(start, end, written, span);
      }
    }
    for (DirectiveExtractor.NumberMatch m : numbers) {
      if (!Character.isDigit(text.charAt(m.start()))) stackOnFirstWord(m);
    }
  }

  /**
   * Adds the words of one word segment, a written number inside it replacing its part.
   *
   * @return the index of the first written number not yet passed
   */
  private int addSegment(
      int start, int end, List<DirectiveExtractor.NumberMatch> written, int span) {
    int from = start;
    while (from < end) {
      while (span < written.size() && written.get(span).end() <= from) span++;
      DirectiveExtractor.NumberMatch s = span < written.size() ? written.get(span) : null;
      if (s == null || s.start() >= end) {
        addWord(from, end);
        break;
      }
      if (s.start() > from) addWord(from, s.start());
      if (s.start() >= from) add(count, s.start(), s.end(), s.number());
      from = Math.max(from + 1, s.end());
    }
    return span;
  }

  /** Puts a number named in words on the position of its first word, with the whole span. */
  private void stackOnFirstWord(DirectiveExtractor.NumberMatch m) {
    int i = firstStartingAtOrAfter(m.start());
    if (i == count || starts[i] >= m.end()) return;
    add(i, m.start(), m.end(), m.number());
    increments[i + 1] = 0;
  }

  /** Index of the first token starting at or after {@code offset}; starts are in text order. */
  private int firstStartingAtOrAfter(int offset) {
    int low = 0;
    int high = count;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (starts[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Adds a word segment, split where two words were glued without a space ({@link #glued}). */
  private void addWord(int start, int end) {
    int from = start;
    for (int i = start + 2; i < end; i++) {
      if (glued(i)) {
        addPart(from, i);
        from = i;
      }
    }
    addPart(from, end);
  }

  /**
   * Whether a word starts at {@code i} inside a segment: a capital right after two lower-case
   * letters ({@code củaĐảng}, {@code ủyLạng}, {@code củaUBND}), as pages glue words when markup
   * between them is stripped. One lower-case letter after a capital is an abbreviation or a code
   * and stays whole ({@code TTg}, {@code CTr}, {@code QĐi}, {@code ThS}, {@code iPhone}).
   */
  private boolean glued(int i) {
    return Character.isUpperCase(text.charAt(i))
        && Character.isLowerCase(text.charAt(i - 1))
        && Character.isLowerCase(text.charAt(i - 2));
  }

  private void addPart(int start, int end) {
    if (end - start > MAX_WORD_LENGTH) return;
    if (hasLetterOrDigit(start, end)) add(count, start, end, null);
  }

  /** Inserts a token at index {@code at} (position increment 1), shifting later ones. */
  private void add(int at, int start, int end, String canonical) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
      increments = Arrays.copyOf(increments, count * 2);
      directives = Arrays.copyOf(directives, count * 2);
    }
    int tail = count - at;
    System.arraycopy(starts, at, starts, at + 1, tail);
    System.arraycopy(ends, at, ends, at + 1, tail);
    System.arraycopy(increments, at, increments, at + 1, tail);
    System.arraycopy(directives, at, directives, at + 1, tail);
    starts[at] = start;
    ends[at] = end;
    increments[at] = 1;
    directives[at] = canonical;
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
