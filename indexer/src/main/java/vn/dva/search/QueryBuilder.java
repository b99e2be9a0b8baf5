package vn.dva.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.dva.analysis.AsciiFold;
import vn.dva.analysis.SyllableShingleAnalyzer;
import vn.dva.extract.DirectiveExtractor;
import vn.dva.index.IndexSchema;

/**
 * Turns what a user typed into a Lucene query. Never fails on the text itself: the only error is a
 * query longer than {@link SearchRequest#MAX_QUERY_CHARS}.
 *
 * <p>Directive numbers are recognised first ({@code 18-CT/TU}, {@code 15/2020/NĐ-CP}, any spelling)
 * and become required exact clauses on {@link IndexSchema#DIRECTIVE}. The rest is read by {@link
 * QuerySyntax} (punctuation is text; phrases, {@code -word}, {@code +word}, {@code OR}, {@code
 * field:value} and {@code word*} only where clearly meant) and built here:
 *
 * <ul>
 *   <li>Each word is scored by its accent-free form over title (weight {@value #TITLE_BOOST}) and
 *       text, plus its exact accented form as a separate term with its own, rarer statistics: a
 *       page with the accents as typed ranks above one that only matches folded.
 *   <li>A query of up to a few words ({@link MatchRule}) requires every word; a longer one,
 *       typically a question, requires the share given by {@link MatchRule}, so that a fifteen-word
 *       question still finds the passage that answers it with other wording.
 *   <li>Adjacent syllables of what was typed are matched, optionally, as pairs in {@link
 *       IndexSchema#TEXT_PAIRS}: pages holding a word of several syllables together ("Tràng Định")
 *       rank above pages holding the syllables apart.
 *   <li>In a question, the words that ask weigh {@value #ASKING_BOOST}; a frame citing a source
 *       ({@link QuestionFrame}: "Theo Bộ luật Dân sự 2015, …") only ranks, at {@value
 *       #FRAME_BOOST}; a question asking what something is ({@link DefinitionQuestion}) ranks the
 *       page that says "term là …" first.
 * </ul>
 *
 * A query with no searchable word and no directive number (only punctuation) matches nothing; a
 * blank one matches every document. Thread-safe.
 */
public final class QueryBuilder {

  /** Title matches weigh twice a text match. */
  static final float TITLE_BOOST = 2f;

  /**
   * Weight of the folded term of a word typed with accents, beside its exact term (weight 1): the
   * folded term still finds pages written without accents, but ranks them below pages with the
   * accents as typed. Measured by {@code dva relevance --beir} on ViMedAQA (nDCG@10, typed): 0.2
   * gives 82.75, an equal weight 81.43, exact ×3 over folded 78.27.
   */
  static final float FOLDED_BOOST = 0.2f;

  /** Weight of the syllable-pair clause: 1 beat 0.5 and 2 on both collections. */
  static final float PAIR_BOOST = 1f;

  /**
   * Weight of a word that asks ({@link MatchRule#asks}, {@link MatchRule#askingPhrases}) in a
   * question: it may occur in the answer ("nào", "bao lâu") but says little about it. Measured with
   * {@code BeirExperiment} (nDCG@10, typed / unaccented, with the frame below): the frame alone
   * (weight 1, no phrases) gives ALQAC 96.73 / 96.60 and ViMedAQA 83.58 / 83.25; with the phrases,
   * 0.5 gives 96.77 / 96.69 and 84.03 / 83.63, 0.2 gives 96.72 / 96.64 and 84.27 / 83.79, 0.7 gives
   * 96.77 / 96.60 and 83.98 / 83.49.
   */
  static final float ASKING_BOOST = 0.5f;

  /**
   * Weight of the words and pairs of a question's frame ({@link QuestionFrame}), optional and not
   * counted: they say where to look, not what is asked. Measured with {@code BeirExperiment}
   * (nDCG@10, typed / unaccented, alone): counted as words, ALQAC 96.61 / 96.47; at 0.2, 96.73 /
   * 96.60; at 0.5, 96.70 / 96.57; left out, 96.74 / 96.60; ViMedAQA within 0.06 of 83.63 / 83.24 at
   * each.
   */
  static final float FRAME_BOOST = 0.2f;

  /**
   * Weight of the defined term followed by "là" in a question that asks what something is ({@link
   * DefinitionQuestion}), optional. Measured with {@code BeirExperiment} (nDCG@10, typed /
   * unaccented; before: ALQAC 96.77 / 96.69, ViMedAQA 84.03 / 83.63): at 1, ALQAC 97.37 / 97.34 and
   * ViMedAQA 83.92 / 83.62; at 2, 97.51 / 97.55 and 83.89 / 83.61; at 3, 97.68 / 97.65 and 83.85 /
   * 83.52.
   */
  static final float DEFINITION_BOOST = 2f;

  /** What is not a letter, a digit or a space, dropped from a defined term before its phrase. */
  private static final java.util.regex.Pattern PUNCTUATION =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}\\s]");

  /**
   * A question whose words, under {@link MatchRule}, match fewer pages than this is answered by its
   * relaxed form instead ({@link ParsedQuery#relaxed}): any of its words, more words ranking
   * higher. Measured with {@code dva relevance --beir} (nDCG@10 typed, after the asking words):
   * ALQAC 95.30 without, 95.80 below 1, 96.15 below 5, 96.21 below 10 or 20; ViMedAQA 82.29
   * without, 82.72 below 1 to 20.
   */
  public static final int RELAX_BELOW = 10;

  /** Most word clauses built from one query; the rest are ignored (Lucene's clause budget). */
  static final int MAX_CLAUSES = 64;

  private static final Map<String, Float> BOOSTS =
      Map.of(IndexSchema.TITLE, TITLE_BOOST, IndexSchema.TEXT, 1f);

  private static final String[] TEXT_FIELDS = {IndexSchema.TITLE, IndexSchema.TEXT};

  private final Analyzer analyzer;
  private final boolean pairFilters;

  /** A builder whose exact phrases are narrowed by their syllable pairs (see below). */
  public QueryBuilder(Analyzer analyzer) {
    this(analyzer, true);
  }

  /**
   * @param analyzer the query analyzer of the title and text fields
   * @param pairFilters whether an exact phrase of four words or more also requires its inner
   *     syllable pairs in {@link IndexSchema#TEXT_PAIRS} (a filter that never drops a match and
   *     leaves scores alone, so phrase positions are checked on far fewer documents); false gives
   *     the plain query, for comparing the two. The index must hold {@code text_pairs} for every
   *     document, as every index written since that field was added does.
   */
  public QueryBuilder(Analyzer analyzer, boolean pairFilters) {
    this.analyzer = analyzer;
    this.pairFilters = pairFilters;
  }

  /**
   * What the query asks for: the query to run, the query whose terms are highlighted (null when
   * nothing is), the directive numbers it names, and, for a question whose words {@link MatchRule}
   * does not all make optional, its relaxed form (null otherwise): the same query with any one of
   * its words enough, for when {@link #query} matches fewer than {@link #RELAX_BELOW} pages. The
   * engine that runs the query makes that choice on its whole index (embedded and cluster alike).
   */
  public record ParsedQuery(
      Query query, Query highlightQuery, List<String> directives, Query relaxed) {

    ParsedQuery(Query query, Query highlightQuery, List<String> directives) {
      this(query, highlightQuery, directives, null);
    }

    /** The relaxed form as a parsed query of its own, or this one when there is none. */
    public ParsedQuery relaxedForm() {
      return relaxed == null ? this : new ParsedQuery(relaxed, highlightQuery, directives, null);
    }
  }

  /**
   * Builds the query for {@code text}. Blank or null text matches every document.
   *
   * @throws InvalidQueryException only when {@code text} is longer than {@link
   *     SearchRequest#MAX_QUERY_CHARS}
   */
  public ParsedQuery parse(String text) {
    String q = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).strip();
    if (q.length() > SearchRequest.MAX_QUERY_CHARS) {
      throw new InvalidQueryException(
          "Câu tìm dài "
              + q.length()
              + " ký tự, tối đa "
              + SearchRequest.MAX_QUERY_CHARS
              + " (query is "
              + q.length()
              + " characters long; at most "
              + SearchRequest.MAX_QUERY_CHARS
              + " are accepted)");
    }
    if (q.isEmpty()) return new ParsedQuery(new MatchAllDocsQuery(), null, List.of());
    List<String> directives = new ArrayList<>();
    StringBuilder rest = new StringBuilder();
    int at = 0;
    for (DirectiveExtractor.NumberMatch m : DirectiveExtractor.numbersIn(q)) {
      if (m.start() < at) continue;
      rest.append(q, at, m.start()).append(' ');
      if (!directives.contains(m.number())) directives.add(m.number());
      at = m.end();
    }
    rest.append(q.substring(at));
    boolean question = MatchRule.isQuestion(q);
    String asked = rest.toString();
    List<QuerySyntax.Clause> frame = List.of();
    int frameEnd = question ? QuestionFrame.end(asked) : -1;
    if (frameEnd > 0) {
      List<QuerySyntax.Clause> f =
          QuerySyntax.parse(AbbreviationPhrases.quote(asked.substring(0, frameEnd)));
      if (onlyWordsAndPhrases(f)) {
        frame = f;
        asked = asked.substring(frameEnd + 1);
      }
    }
    List<QuerySyntax.Clause> clauses = QuerySyntax.parse(AbbreviationPhrases.quote(asked));

    BooleanQuery.Builder highlight = new BooleanQuery.Builder();
    boolean any = false;
    for (String d : directives) {
      Query phrase = phrase(IndexSchema.TEXT, d);
      if (phrase != null) highlight.add(phrase, Occur.SHOULD);
      any = true;
    }
    boolean plain = withoutAccents(q);
    Query free = freeText(clauses, directives.isEmpty(), question, plain, false);
    if (free == null && !frame.isEmpty()) { // nothing searchable after the frame: read it all
      frame = List.of();
      clauses = QuerySyntax.parse(AbbreviationPhrases.quote(rest.toString()));
      free = freeText(clauses, directives.isEmpty(), question, plain, false);
    }
    Query pairs = null;
    Query context = null;
    Query relaxed = null;
    if (free != null) {
      highlight.add(free, Occur.SHOULD);
      pairs = SyllableShingleAnalyzer.pairsQuery(IndexSchema.TEXT_PAIRS, pairText(clauses));
      context = context(frame, question ? definedTerm(clauses, plain) : null, highlight);
      if (question) {
        Query any1 = freeText(clauses, directives.isEmpty(), true, plain, true);
        if (!any1.equals(free)) relaxed = all(directives, any1, pairs, context);
      }
      any = true;
    }
    if (!any) return new ParsedQuery(new MatchNoDocsQuery("no searchable word"), null, List.of());
    Query built = all(directives, free, pairs, context);
    if (relaxed != null) SearchableFields.check(relaxed);
    SearchableFields.check(built); // QuerySyntax only names searchable fields: a safeguard
    return new ParsedQuery(built, highlight.build(), List.copyOf(directives), relaxed);
  }

  /**
   * The directive numbers required, the words ({@code free}, may be null), the pairs and the
   * question's frame ({@code context}, may be null) to rank by.
   */
  private static Query all(List<String> directives, Query free, Query pairs, Query context) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String d : directives)
      all.add(new TermQuery(new Term(IndexSchema.DIRECTIVE, d)), Occur.MUST);
    if (free != null) all.add(free, Occur.MUST);
    if (pairs != null) all.add(boost(pairs, PAIR_BOOST), Occur.SHOULD);
    if (context != null) all.add(context, Occur.SHOULD);
    return all.build();
  }

  /** Whether every clause is a plain word or phrase: a frame with operators is read as typed. */
  private static boolean onlyWordsAndPhrases(List<QuerySyntax.Clause> clauses) {
    for (QuerySyntax.Clause c : clauses) {
      if (c.sign() != QuerySyntax.Sign.DEFAULT) return false;
      if (c.kind() != QuerySyntax.Kind.WORD && c.kind() != QuerySyntax.Kind.PHRASE) return false;
    }
    return !clauses.isEmpty();
  }

  /**
   * What ranks a question's answer without being required: the words and syllable pairs of its
   * frame ({@link QuestionFrame}) at {@link #FRAME_BOOST}, and the term it asks to define followed
   * by "là" ({@code definedTerm}, may be null; {@link DefinitionQuestion}) at {@link
   * #DEFINITION_BOOST}; null when there is neither. The frame's words are also highlighted.
   */
  private Query context(
      List<QuerySyntax.Clause> frame, String definedTerm, BooleanQuery.Builder highlight) {
    BooleanQuery.Builder context = new BooleanQuery.Builder();
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    boolean any = false;
    for (QuerySyntax.Clause c : frame) {
      Query q = clause(c);
      if (q == null) continue;
      words.add(q, Occur.SHOULD);
      highlight.add(q, Occur.SHOULD);
      any = true;
    }
    if (any) {
      Query pairs = SyllableShingleAnalyzer.pairsQuery(IndexSchema.TEXT_PAIRS, pairText(frame));
      if (pairs != null) words.add(pairs, Occur.SHOULD);
      context.add(boost(words.build(), FRAME_BOOST), Occur.SHOULD);
    }
    Query answer = definedTerm == null ? null : phrase(IndexSchema.TEXT, definedTerm + " là");
    if (answer != null) context.add(boost(answer, DEFINITION_BOOST), Occur.SHOULD);
    BooleanQuery built = context.build();
    return built.clauses().isEmpty() ? null : built;
  }

  /**
   * The term a question asks to define ({@link DefinitionQuestion}), its words joined by spaces, or
   * null when it asks something else.
   */
  private static String definedTerm(List<QuerySyntax.Clause> clauses, boolean plain) {
    DefinitionQuestion.Found found = DefinitionQuestion.find(plainWords(clauses), plain);
    if (found == null) return null;
    StringBuilder term = new StringBuilder();
    for (int i = found.subjectFrom(); i < found.subjectTo(); i++) {
      QuerySyntax.Clause c = clauses.get(i);
      if (c.sign() == QuerySyntax.Sign.EXCLUDED || c.kind() == QuerySyntax.Kind.PREFIX) continue;
      if (c.kind() == QuerySyntax.Kind.FIELD && !c.field().equals(IndexSchema.TEXT)) continue;
      term.append(PUNCTUATION.matcher(c.text()).replaceAll(" ")).append(' ');
    }
    String t = term.toString().strip();
    return t.isEmpty() ? null : t;
  }

  /**
   * The clauses combined: alternatives joined by OR as one, required and excluded ones as such, the
   * rest by {@link MatchRule}, words that ask ({@link MatchRule#asks}) optional and not counted
   * ({@code plain}: the query was typed without accents); {@code anyOne} makes one counted word
   * enough (the relaxed form of a question); null when no clause has a searchable word. A query
   * made only of exclusions matches every other document, unless directive numbers stand beside it.
   */
  private Query freeText(
      List<QuerySyntax.Clause> clauses,
      boolean alone,
      boolean question,
      boolean plain,
      boolean anyOne) {
    Map<Integer, List<Query>> groups = new LinkedHashMap<>();
    Map<Integer, QuerySyntax.Sign> signs = new LinkedHashMap<>();
    Set<Integer> asking = new java.util.HashSet<>();
    int built = 0;
    Set<Integer> inAskingPhrase = question ? askingPhrases(clauses, plain) : Set.of();
    for (int i = 0; i < clauses.size(); i++) {
      QuerySyntax.Clause c = clauses.get(i);
      if (built >= MAX_CLAUSES) break;
      Query q = clause(c);
      if (q == null) continue;
      built++;
      if (groups.containsKey(c.group())) asking.remove(c.group());
      else if (c.kind() == QuerySyntax.Kind.WORD
          && (MatchRule.asks(c.text(), plain) || inAskingPhrase.contains(i))) asking.add(c.group());
      groups.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(q);
      signs.putIfAbsent(c.group(), c.sign());
    }
    List<Query> counted = new ArrayList<>();
    List<Query> askingWords = new ArrayList<>();
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean positive = false;
    boolean excluded = false;
    for (Map.Entry<Integer, List<Query>> g : groups.entrySet()) {
      Query q = anyOf(g.getValue());
      switch (signs.get(g.getKey())) {
        case REQUIRED -> {
          b.add(q, Occur.MUST);
          positive = true;
        }
        case EXCLUDED -> {
          b.add(q, Occur.MUST_NOT);
          excluded = true;
        }
        case DEFAULT -> (asking.contains(g.getKey()) ? askingWords : counted).add(q);
      }
    }
    if (counted.isEmpty()) { // only asking words ("ai?"): they are what was asked for
      counted.addAll(askingWords);
      askingWords.clear();
    }
    int needed =
        Math.min(MatchRule.required(counted.size(), question), anyOne ? 1 : Integer.MAX_VALUE);
    boolean allNeeded = needed >= counted.size();
    if (allNeeded || askingWords.isEmpty()) {
      for (Query q : counted) b.add(q, allNeeded ? Occur.MUST : Occur.SHOULD);
      if (!allNeeded) b.setMinimumNumberShouldMatch(needed);
    } else { // the share applies to the counted words alone
      BooleanQuery.Builder share = new BooleanQuery.Builder().setMinimumNumberShouldMatch(needed);
      for (Query q : counted) share.add(q, Occur.SHOULD);
      b.add(share.build(), Occur.MUST);
    }
    for (Query q : askingWords) b.add(question ? boost(q, ASKING_BOOST) : q, Occur.SHOULD);
    positive |= !counted.isEmpty();
    if (!positive) {
      if (!excluded || !alone) return null;
      b.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return b.build();
  }

  /**
   * The positions of {@code clauses} that are words of a phrase that asks ({@link
   * MatchRule#askingPhrases}) or of the frame of a definition question ({@link
   * DefinitionQuestion}).
   */
  private static Set<Integer> askingPhrases(List<QuerySyntax.Clause> clauses, boolean plain) {
    List<String> words = plainWords(clauses);
    Set<Integer> asking = new java.util.HashSet<>(MatchRule.askingPhrases(words, plain));
    DefinitionQuestion.Found definition = DefinitionQuestion.find(words, plain);
    if (definition != null)
      for (int i = definition.frameFrom(); i < definition.frameTo(); i++) asking.add(i);
    return asking;
  }

  /** Each clause's text when it is a plain word, else null. */
  private static List<String> plainWords(List<QuerySyntax.Clause> clauses) {
    List<String> words = new ArrayList<>(clauses.size());
    for (QuerySyntax.Clause c : clauses)
      words.add(
          c.kind() == QuerySyntax.Kind.WORD && c.sign() == QuerySyntax.Sign.DEFAULT
              ? c.text()
              : null);
    return words;
  }

  /** Whether no letter of {@code typed} carries a mark ({@code đ} counts as one). */
  static boolean withoutAccents(String typed) {
    for (int i = 0; i < typed.length(); i++) {
      char c = typed.charAt(i);
      if (c >= 0x80
          && Character.isLetter(c)
          && !AsciiFold.fold(String.valueOf(c)).equals(String.valueOf(c))) return false;
    }
    return true;
  }

  private static Query anyOf(List<Query> alternatives) {
    if (alternatives.size() == 1) return alternatives.get(0);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : alternatives) b.add(q, Occur.SHOULD);
    return b.build();
  }

  /** One clause's query, or null when it holds nothing searchable. */
  private Query clause(QuerySyntax.Clause c) {
    return switch (c.kind()) {
      case WORD -> word(c.text(), TEXT_FIELDS);
      case PHRASE -> phrase(null, c.text());
      case PREFIX -> prefix(c.text(), TEXT_FIELDS);
      case FIELD -> field(c);
    };
  }

  private Query field(QuerySyntax.Clause c) {
    String f = c.field();
    if (f.equals(IndexSchema.TITLE) || f.equals(IndexSchema.TEXT)) {
      if (c.quoted()) return phrase(f, c.text());
      String v = c.text();
      if (v.length() > QuerySyntax.MIN_PREFIX && v.endsWith("*"))
        return prefix(v.substring(0, v.length() - 1), new String[] {f});
      return word(v, new String[] {f});
    }
    String value = c.text().strip();
    if (value.isEmpty()) return null;
    if (f.equals(IndexSchema.DIRECTIVE)) value = SearchService.canonicalDirective(value);
    if (f.equals(IndexSchema.TYPE)) value = value.toUpperCase(Locale.ROOT);
    return new TermQuery(new Term(f, value));
  }

  /**
   * A word typed without quotes. A word that analyses to one syllable (with its folded twin) is
   * scored folded plus exact; anything longer ({@code COVID-19}, {@code 19/01/2023}, an
   * abbreviation with its spelled-out alternatives) is a phrase of its parts.
   */
  private Query word(String text, String[] fields) {
    Set<String> terms = new LinkedHashSet<>();
    boolean single = true;
    try (TokenStream ts = analyzer.tokenStream(IndexSchema.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
      ts.reset();
      boolean first = true;
      while (ts.incrementToken()) {
        if ((!first && inc.getPositionIncrement() > 0) || len.getPositionLength() > 1)
          single = false;
        first = false;
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (terms.isEmpty()) return null;
    if (!single || terms.size() > 2) {
      return fields.length == 1 ? phrase(fields[0], text) : phrase(null, text);
    }
    String folded = null;
    String exact = null;
    for (String t : terms) {
      if (AsciiFold.fold(t).equals(t)) folded = t;
      else exact = t;
    }
    if (folded == null) folded = AsciiFold.fold(exact);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String f : fields) {
      Query q = new TermQuery(new Term(f, folded));
      if (exact != null) {
        q =
            new BooleanQuery.Builder()
                .add(boost(q, FOLDED_BOOST), Occur.SHOULD)
                .add(new TermQuery(new Term(f, exact)), Occur.SHOULD)
                .build();
      }
      b.add(boost(q, BOOSTS.getOrDefault(f, 1f)), Occur.SHOULD);
    }
    return b.build();
  }

  /** {@code stem*} over the folded terms of {@code fields}; null for an empty stem. */
  private static Query prefix(String stem, String[] fields) {
    String folded = AsciiFold.fold(stem.toLowerCase(Locale.ROOT));
    if (folded.isBlank()) return null;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String f : fields)
      b.add(boost(new PrefixQuery(new Term(f, folded)), BOOSTS.getOrDefault(f, 1f)), Occur.SHOULD);
    return b.build();
  }

  /**
   * {@code text} as a phrase over {@code field}, or over title and text when {@code field} is null;
   * null when it has no searchable word. Built by the classic parser from the text fully escaped,
   * so nothing in it is syntax.
   */
  private Query phrase(String field, String text) {
    String[] fields = field == null ? TEXT_FIELDS : new String[] {field};
    FoldedPhraseParser parser = new FoldedPhraseParser(fields, analyzer, BOOSTS, pairFilters);
    parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    parser.setSplitOnWhitespace(true);
    try {
      Query q = parser.parse("\"" + QueryParser.escape(text.replace('"', ' ')) + "\"");
      if (q == null || q instanceof BooleanQuery b && b.clauses().isEmpty()) return null;
      return q;
    } catch (ParseException | RuntimeException e) {
      // every character is escaped, so this is a parser limit (too many graph paths): the words
      // still count, one by one
      return wordsOf(text, fields);
    }
  }

  /** The words of {@code text} as optional terms, for a phrase the parser cannot build. */
  private Query wordsOf(String text, String[] fields) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String f : fields) {
      Query q =
          new org.apache.lucene.util.QueryBuilder(analyzer)
              .createBooleanQuery(f, text, Occur.SHOULD);
      if (q != null) b.add(q, Occur.SHOULD);
    }
    BooleanQuery built = b.build();
    return built.clauses().isEmpty() ? null : built;
  }

  /** The words of the query, in order, whose adjacent syllables form the pairs to rank by. */
  private static String pairText(List<QuerySyntax.Clause> clauses) {
    StringBuilder out = new StringBuilder();
    for (QuerySyntax.Clause c : clauses) {
      if (c.sign() == QuerySyntax.Sign.EXCLUDED || c.kind() == QuerySyntax.Kind.PREFIX) continue;
      if (c.kind() == QuerySyntax.Kind.FIELD && !c.field().equals(IndexSchema.TEXT)) continue;
      if (!out.isEmpty()) out.append(' ');
      out.append(c.text());
    }
    return out.toString();
  }

  private static Query boost(Query q, float boost) {
    return boost == 1f ? q : new BoostQuery(q, boost);
  }
}
