package vn.dva.bench;

/**
 * One query of the mixed set.
 *
 * @param kind what the query exercises: "words", "accentless", "phrase", "directive", "facet",
 *     "sort"
 * @param text query text as a user types it (may be blank when only filters apply)
 * @param province province filter, or null
 * @param year publication-year filter, or null
 * @param type directive-type filter (CT, NQ, …), or null
 * @param newest sort by publication date, newest first, instead of relevance
 */
public record BenchQuery(
    String kind, String text, String province, Integer year, String type, boolean newest) {

  /** The /api/search query string for this query (without the leading '?'). */
  public String apiQueryString() {
    StringBuilder q = new StringBuilder("q=").append(enc(text));
    if (province != null) q.append("&province=").append(enc(province));
    if (year != null) q.append("&year=").append(year);
    if (type != null) q.append("&type=").append(enc(type));
    if (newest) q.append("&sort=newest");
    return q.toString();
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
