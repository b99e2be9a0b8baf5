package vn.dva.analysis;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;

/**
 * The first step of the analyzers: NFC (not ICU's default NFKC_Casefold, which would also rewrite
 * {@code ½} and full-width forms) and the look-alike {@code Ð}/{@code ð} (U+00D0/U+00F0) read as
 * {@code Đ}/{@code đ}. Extracted text is already NFC and rarely has a look-alike, so the text is
 * checked first and, when it needs neither, handed on as it is ({@link Checked}): the two char
 * filters would otherwise copy every character twice and keep offset maps for nothing. Otherwise
 * the char filters run and correct the offsets as before. Thread-safe.
 */
final class CleanText {

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private static final NormalizeCharMap LOOK_ALIKES;

  static {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    map.add("\u00D0", "\u0110");
    map.add("\u00F0", "\u0111");
    LOOK_ALIKES = map.build();
  }

  private CleanText() {}

  /** Reads {@code reader} whole and returns a reader of its cleaned text (see the class). */
  static Reader of(Reader reader) {
    String text;
    try {
      text = readAll(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the text to analyse", e);
    }
    if (text.indexOf('\u00D0') < 0 && text.indexOf('\u00F0') < 0 && NFC.isNormalized(text))
      return new Checked(text);
    return new MappingCharFilter(
        LOOK_ALIKES, new ICUNormalizer2CharFilter(new StringReader(text), NFC));
  }

  /** The whole of {@code reader}; the tokenizer reads char-filtered text with it too. */
  static String readAll(Reader reader) throws IOException {
    StringBuilder all = new StringBuilder();
    char[] buffer = new char[4096];
    for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) all.append(buffer, 0, n);
    return all.toString();
  }

  /**
   * Text already clean: offsets are the text's own, and {@link VietnameseTokenizer} takes the
   * string without reading it again.
   */
  static final class Checked extends Reader {
    final String text;
    private int at;

    Checked(String text) {
      this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (at >= text.length()) return -1;
      int n = Math.min(length, text.length() - at);
      text.getChars(at, at + n, buffer, offset);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
