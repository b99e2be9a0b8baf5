package vn.dva.bench;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One generated news article before it is rendered as a portal page: what a correct extractor
 * should read back from the page.
 *
 * @param index position in the corpus (0-based); the same seed and index always give the same
 *     article
 * @param url the page's canonical URL
 * @param host the portal's host name
 * @param portal the portal shape the page is rendered in
 * @param province the province the article is about, as written at the time (63 names before 1 July
 *     2025, 34 after)
 * @param published publication time, local to Vietnam (+07:00)
 * @param title headline
 * @param lead a one-sentence summary shown above the body by newspapers, or null
 * @param paragraphs body paragraphs, in order, never empty
 * @param citations Party directives cited, one per number, in order of first mention
 * @param stateDocuments state documents cited ({@code 59/2023/NĐ-CP}), not expected of every
 *     extractor
 */
public record SyntheticArticle(
    long index,
    String url,
    String host,
    Portal portal,
    String province,
    LocalDateTime published,
    String title,
    String lead,
    List<String> paragraphs,
    List<Citation> citations,
    List<String> stateDocuments) {

  /** Portal software whose page shape is imitated. */
  public enum Portal {
    NUKEVIET,
    JOOMLA,
    LIFERAY,
    NEWSPAPER
  }

  /**
   * A cited Party directive.
   *
   * @param number canonical number ({@code 18-CT/TU})
   * @param issued issue date when the article states it with the first mention, else null
   */
  public record Citation(String number, java.time.LocalDate issued) {}

  /** Total characters of title and body, as an extractor should see them. */
  public int textChars() {
    int n = title.length() + (lead == null ? 0 : lead.length());
    for (String p : paragraphs) n += p.length() + 1;
    return n;
  }
}
