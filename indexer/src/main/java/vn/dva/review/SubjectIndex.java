package vn.dva.review;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.dva.analysis.AsciiFold;
import vn.dva.extract.DirectiveCodes;
import vn.dva.extract.DirectiveExtractor;

/**
 * Finds directives by the words of their subject: "đổi mới sự lãnh đạo công tác dân vận" (or
 * without accents) finds Nghị quyết 25-NQ/TW of 2013. Every word of the query must be a word of the
 * subject (accents folded, so "dan van" matches "dân vận"); matches whose subject the query covers
 * most come first, then those cited by more articles. Built once per registry; thread-safe.
 */
public final class SubjectIndex {

  /**
   * A directive whose subject holds every query word.
   *
   * @param number canonical number
   * @param key identity key
   * @param year issue year, or null
   * @param typeName type name ("Nghị quyết"), or null
   * @param subject the subject agreed on
   * @param issuedBy the issuing body agreed on, or null
   * @param articles articles citing it
   */
  public record Match(
      String number,
      String key,
      Integer year,
      String typeName,
      String subject,
      String issuedBy,
      int articles) {}

  /** Queries with fewer words than this find nothing: one word is too little to name a document. */
  static final int MIN_WORDS = 2;

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private record Entry(DirectiveIdentity identity, Set<String> words, int size) {}

  private final List<Entry> entries = new ArrayList<>();

  /** The subjects of every identity of {@code registry} that has one. */
  public SubjectIndex(DirectiveRegistry registry) {
    for (DirectiveIdentity i : registry.identities()) {
      String subject = i.subject().chosen();
      if (subject == null) continue;
      List<String> words = words(subject);
      entries.add(new Entry(i, new HashSet<>(words), words.size()));
    }
  }

  /**
   * Up to {@code limit} directives whose subject holds every word of {@code query}; empty for a
   * query of fewer than {@link #MIN_WORDS} words or one holding a directive number (that query
   * names its document already).
   */
  public List<Match> find(String query, int limit) {
    if (query == null || limit <= 0) return List.of();
    if (!DirectiveExtractor.numbersIn(query).isEmpty()) return List.of();
    List<String> q = words(query);
    if (q.size() < MIN_WORDS) return List.of();
    List<Entry> hits = new ArrayList<>();
    for (Entry e : entries) if (e.words().containsAll(q)) hits.add(e);
    hits.sort(
        Comparator.comparingDouble((Entry e) -> -(double) q.size() / e.size())
            .thenComparing(e -> -e.identity().articles().size())
            .thenComparing(e -> e.identity().key()));
    List<Match> out = new ArrayList<>();
    for (Entry e : hits.subList(0, Math.min(limit, hits.size()))) {
      DirectiveIdentity i = e.identity();
      out.add(
          new Match(
              i.number(),
              i.key(),
              i.year(),
              DirectiveCodes.nameOf(i.type()),
              i.subject().chosen(),
              i.issuedBy().chosen(),
              i.articles().size()));
    }
    return out;
  }

  /** Lower-case words with accents folded and "uỷ" written "ủy" first; operators dropped. */
  static List<String> words(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    s = AsciiFold.fold(s.replace('ð', 'đ'));
    List<String> out = new ArrayList<>();
    for (String w : NOT_WORD.split(s)) {
      if (w.isEmpty() || w.equals("or") || w.equals("and") || w.equals("not")) continue;
      if (!out.contains(w)) out.add(w);
    }
    return out;
  }
}
