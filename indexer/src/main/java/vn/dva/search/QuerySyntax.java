package vn.dva.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads what a user typed into clauses, where punctuation is text and an operator counts only where
 * it is clearly meant. The rules, in the order they apply:
 *
 * <ul>
 *   <li>{@code "…"} (ASCII double quotes, closed) is a phrase; an unclosed quote is text. Curly and
 *       angle quotes, brackets, {@code ? ! , . : ;} are text, which analysis drops.
 *   <li>{@code -} right before a word or phrase, at the start of the query or after a space,
 *       excludes it; {@code +} there requires it. A lone {@code -} or {@code +} is text.
 *   <li>{@code OR} in capitals between two clauses makes them alternatives (one clause for the
 *       count of words); {@code or}, {@code Or} and a leading or trailing {@code OR} are words.
 *   <li>{@code field:value} or {@code field:"…"} for a field of {@link #FIELDS}; any other {@code
 *       x:y} is text.
 *   <li>{@code *} at the end of a word of at least {@value #MIN_PREFIX} letters or digits is a
 *       prefix search; a {@code *} anywhere else is text.
 * </ul>
 *
 * Everything else is a word, kept with its punctuation for the analyzer to split ({@code lâu?} is
 * the word {@code lâu}; {@code 19/01/2023} three numbers read as a phrase). Control and zero-width
 * characters are spaces. Never fails; stateless and thread-safe.
 */
final class QuerySyntax {

  /**
   * Fields a user may name: the analyzed title and text, and the keyword fields ({@link
   * SearchableFields}); {@code id:…} or {@code url:…} is text, so internal fields are never read.
   */
  static final Set<String> FIELDS =
      SearchableFields.NAMES.stream()
          .filter(f -> !f.equals(vn.dva.index.IndexSchema.TEXT_PAIRS))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Shortest stem a trailing {@code *} may expand: one letter would match half the index. */
  static final int MIN_PREFIX = 2;

  /** What a clause is. */
  enum Kind {
    WORD,
    PHRASE,
    PREFIX,
    FIELD
  }

  /** How a clause takes part in matching. */
  enum Sign {
    /** Counted among the words of the query: required or not by the length rule. */
    DEFAULT,
    /** {@code +}: always required. */
    REQUIRED,
    /** {@code -}: excluded. */
    EXCLUDED
  }

  /**
   * One clause. {@code field} is set for {@link Kind#FIELD} (then {@code quoted} says whether the
   * value was a phrase); {@code group} is the same number for clauses joined by {@code OR}, else
   * unique.
   */
  record Clause(Kind kind, String text, String field, boolean quoted, Sign sign, int group) {}

  private QuerySyntax() {}

  /** The clauses of {@code typed}, in order; empty for null or blank text. */
  static List<Clause> parse(String typed) {
    List<Clause> out = new ArrayList<>();
    if (typed == null) return out;
    String s = spaces(typed);
    int n = s.length();
    int i = 0;
    int group = 0;
    boolean orPending = false;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean atStart = i == 0 || Character.isWhitespace(s.charAt(i - 1));
      Sign sign = Sign.DEFAULT;
      int from = i;
      if ((c == '-' || c == '+') && atStart && i + 1 < n && startsClause(s.charAt(i + 1))) {
        sign = c == '-' ? Sign.EXCLUDED : Sign.REQUIRED;
        from = i + 1;
      }
      Clause clause;
      int end;
      if (s.charAt(from) == '"' && s.indexOf('"', from + 1) > 0) {
        end = s.indexOf('"', from + 1);
        clause = new Clause(Kind.PHRASE, s.substring(from + 1, end), null, true, sign, 0);
        end++;
      } else {
        end = tokenEnd(s, from);
        String token = s.substring(from, end);
        if (token.equals("\"")) { // an unclosed quote is text, and says nothing
          i = end;
          continue;
        }
        int colon = token.indexOf(':');
        String field = colon > 0 ? token.substring(0, colon) : null;
        if (field != null && FIELDS.contains(field)) {
          if (colon == token.length() - 1
              && end < n
              && s.charAt(end) == '"'
              && s.indexOf('"', end + 1) > 0) {
            int close = s.indexOf('"', end + 1);
            clause = new Clause(Kind.FIELD, s.substring(end + 1, close), field, true, sign, 0);
            end = close + 1;
          } else {
            clause = new Clause(Kind.FIELD, token.substring(colon + 1), field, false, sign, 0);
          }
        } else if (sign == Sign.DEFAULT && token.equals("OR")) {
          if (!out.isEmpty()) orPending = true;
          i = end;
          continue;
        } else if (isPrefix(token)) {
          clause =
              new Clause(Kind.PREFIX, token.substring(0, token.length() - 1), null, false, sign, 0);
        } else {
          clause = new Clause(Kind.WORD, token, null, false, sign, 0);
        }
      }
      i = end;
      if (clause.text().isBlank()) continue;
      boolean joins = orPending && sign == Sign.DEFAULT && out.getLast().sign() == Sign.DEFAULT;
      int g = joins ? out.getLast().group() : ++group;
      out.add(new Clause(clause.kind(), clause.text(), clause.field(), clause.quoted(), sign, g));
      orPending = false;
    }
    return out;
  }

  /** Whether a sign before {@code c} is an operator: a letter, digit or opening quote follows. */
  private static boolean startsClause(char c) {
    return Character.isLetterOrDigit(c) || c == '"';
  }

  /** A token runs to the next space or double quote. */
  private static int tokenEnd(String s, int from) {
    int i = from;
    while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '"') i++;
    return i == from ? from + 1 : i;
  }

  private static boolean isPrefix(String token) {
    if (token.length() <= MIN_PREFIX || token.charAt(token.length() - 1) != '*') return false;
    for (int k = 0; k < token.length() - 1; k++) {
      if (!Character.isLetterOrDigit(token.charAt(k))) return false;
    }
    return true;
  }

  /** Control, format (zero-width) and separator characters become plain spaces. */
  private static String spaces(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      int type = Character.getType(c);
      boolean blank =
          Character.isWhitespace(c)
              || Character.isSpaceChar(c)
              || type == Character.CONTROL
              || type == Character.FORMAT;
      out.append(blank ? ' ' : c);
    }
    return out.toString();
  }
}
