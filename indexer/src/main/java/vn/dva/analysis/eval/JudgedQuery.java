package vn.dva.analysis.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One query of the relevance set with its judgments.
 *
 * @param kind what the query exercises ({@code accents}, {@code no-accents}, {@code old-tones},
 *     {@code nfd}, {@code abbreviation}, {@code directive}, {@code words}, …)
 * @param query what a user types
 * @param relevant pages (paths under the corpus folder) that answer it; at least one
 * @param forbidden pages that must not be returned in the top 10 at all (e.g. a page that only
 *     shares the parts of a directive number)
 */
public record JudgedQuery(String kind, String query, Set<String> relevant, Set<String> forbidden) {

  /** Validates and copies. */
  public JudgedQuery {
    if (kind == null || kind.isBlank())
      throw new IllegalArgumentException("kind must not be blank");
    if (query == null || query.isBlank())
      throw new IllegalArgumentException("query must not be blank");
    if (relevant == null || relevant.isEmpty()) {
      throw new IllegalArgumentException("query '" + query + "' needs at least one relevant page");
    }
    relevant = Set.copyOf(relevant);
    forbidden = forbidden == null ? Set.of() : Set.copyOf(forbidden);
  }

  /**
   * Reads the TSV format: {@code kind<TAB>query<TAB>page page !page}, where {@code !} marks a page
   * that must not be returned. {@code #} comments and blank lines are skipped.
   *
   * @throws IllegalArgumentException naming the line when one is malformed
   */
  public static List<JudgedQuery> parse(String tsv) {
    List<JudgedQuery> out = new ArrayList<>();
    String[] lines = tsv.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cols = line.split("\t");
      if (cols.length != 3) {
        throw new IllegalArgumentException(
            "line " + (i + 1) + ": expected kind<TAB>query<TAB>pages, got '" + line + "'");
      }
      Set<String> relevant = new LinkedHashSet<>();
      Set<String> forbidden = new LinkedHashSet<>();
      for (String page : cols[2].trim().split("\\s+")) {
        if (page.startsWith("!")) forbidden.add(page.substring(1));
        else if (!page.isEmpty()) relevant.add(page);
      }
      try {
        out.add(new JudgedQuery(cols[0].trim(), cols[1].trim(), relevant, forbidden));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }
}
