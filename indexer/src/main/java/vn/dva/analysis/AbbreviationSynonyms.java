package vn.dva.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The abbreviation list ({@code abbreviations.txt}) as a {@link SynonymMap} for query time. Each
 * line is a group of equivalent spellings, {@code MTTQ = Mặt trận Tổ quốc}, more after {@code |};
 * every member, and its accent-free form, maps to every other member with the original kept, so a
 * query for either side becomes a graph that matches both ({@code (mttq | mặt trận tổ quốc)}) and a
 * phrase query around it still matches word by word. The index is left as written.
 */
final class AbbreviationSynonyms {

  /** The list shipped with dva. */
  static final String RESOURCE = "abbreviations.txt";

  private static final SynonymMap DEFAULTS = load(resource(), RESOURCE);

  private AbbreviationSynonyms() {}

  /** The shipped list, built once; immutable and shared. */
  static SynonymMap defaults() {
    return DEFAULTS;
  }

  private static InputStream resource() {
    InputStream in = AbbreviationSynonyms.class.getResourceAsStream(RESOURCE);
    if (in == null)
      throw new IllegalStateException(
          "missing resource " + RESOURCE + " next to " + AbbreviationSynonyms.class.getName());
    return in;
  }

  /**
   * Builds the map from a list in the {@code abbreviations.txt} format (UTF-8; {@code #} comments
   * and blank lines ignored; several expansions separated by {@code |}).
   *
   * @param in the list, not null; closed when done
   * @param name where the list comes from, for error messages
   * @throws IllegalArgumentException naming the line when a line is malformed
   */
  static SynonymMap load(InputStream in, String name) {
    SynonymMap.Builder builder = new SynonymMap.Builder(true);
    for (Set<List<String>> members : groups(in, name)) {
      for (List<String> from : members) {
        for (List<String> to : members) {
          if (from.equals(to)) continue;
          builder.add(join(from), join(to), true);
          if (!folded(from).equals(from)) builder.add(join(folded(from)), join(to), true);
        }
      }
    }
    try {
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the abbreviation map from " + name, e);
    }
  }

  /**
   * Every spelling of more than one word in the shipped list, as accent-free lower-case words
   * ({@code [mat, tran, to, quoc]}), longest first. Query parsing quotes such runs so that the
   * synonym graph sees them whole.
   */
  static List<List<String>> multiWordForms() {
    List<List<String>> out = new ArrayList<>();
    for (Set<List<String>> members : groups(resource(), RESOURCE)) {
      for (List<String> member : members) {
        List<String> plain = folded(member);
        if (plain.size() > 1 && !out.contains(plain)) out.add(plain);
      }
    }
    out.sort((a, b) -> Integer.compare(b.size(), a.size()));
    return List.copyOf(out);
  }

  /** The groups of a list in the {@code abbreviations.txt} format, members as analysed words. */
  private static List<Set<List<String>>> groups(InputStream in, String name) {
    if (in == null) throw new IllegalArgumentException("input stream must not be null");
    List<Set<List<String>>> groups = new ArrayList<>();
    try (Analyzer words = AnalysisChains.words();
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int lineNo = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        String content = line.strip();
        if (content.isEmpty() || content.startsWith("#")) continue;
        int eq = content.indexOf('=');
        if (eq <= 0 || eq == content.length() - 1) {
          throw new IllegalArgumentException(
              name
                  + " line "
                  + lineNo
                  + ": expected 'ABBREVIATION = expansion', got '"
                  + line
                  + "'");
        }
        Set<List<String>> members = new LinkedHashSet<>();
        members.add(words(words, content.substring(0, eq)));
        for (String expansion : content.substring(eq + 1).split("\\|"))
          members.add(words(words, expansion));
        for (List<String> member : members) {
          if (member.isEmpty()) {
            throw new IllegalArgumentException(
                name + " line " + lineNo + ": empty member in '" + line + "'");
          }
        }
        groups.add(members);
      }
      return groups;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read abbreviations from " + name, e);
    }
  }

  private static CharsRef join(List<String> words) {
    return SynonymMap.Builder.join(words.toArray(String[]::new), new CharsRefBuilder());
  }

  private static List<String> folded(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      String plain =
          Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd');
      out.add(plain);
    }
    return out;
  }

  private static List<String> words(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    }
    return out;
  }
}
