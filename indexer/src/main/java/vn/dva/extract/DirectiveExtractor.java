package vn.dva.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads directive numbers ({@code 18-CT/TU}, {@code 15/2020/NĐ-CP}), their issue dates, the
 * identities they name, the relations between them and review announcements out of text.
 *
 * <p>Pure and thread-safe: no state, no I/O. Input should be NFC (as {@link TextDecoder} gives);
 * NFD letters inside a number are still recognised. Canonical numbers are upper case with {@code Đ}
 * kept and no spaces ({@code 217-QĐ/TW}); see {@link DirectiveCodes} for the type and issuer codes.
 */
public final class DirectiveExtractor {

  /** A directive number found in text, with its span. */
  public record NumberMatch(int start, int end, String number) {}

  private DirectiveExtractor() {}

  /**
   * Every directive number in {@code text}, canonical, in order, with spans into {@code text}. Used
   * to recognise numbers in queries before any query parsing. Empty for null or blank text.
   */
  public static List<NumberMatch> numbersIn(String text) {
    List<NumberMatch> out = new ArrayList<>();
    for (DirectiveMention m : DirectiveNumberScanner.scan(text)) {
      out.add(new NumberMatch(m.start(), m.end(), m.number()));
    }
    return out;
  }

  /**
   * Every mention in {@code text} with the issue date and term that follow it, in order. Empty for
   * null text.
   */
  public static List<DirectiveMention> mentions(String text) {
    if (text == null) return List.of();
    return IssueDateReader.read(text, DirectiveNumberScanner.scan(text));
  }

  /**
   * Citations (one per identity), review announcements and relations in {@code text}.
   *
   * @param text NFC text; null is read as empty
   * @param province province of the document, part of the identity of local issuers (TU, HU, …);
   *     may be null, and then local identities carry no province
   */
  public static DirectiveExtraction extract(String text, String province) {
    if (text == null || text.isEmpty())
      return new DirectiveExtraction(List.of(), List.of(), List.of());
    List<DirectiveMention> mentions = mentions(text);
    List<CitationDetailReader.Detail> details = CitationDetailReader.read(text, mentions, province);
    DirectiveIdentities.Result identities = DirectiveIdentities.merge(mentions, details, province);
    Map<String, DirectiveCitation> byKey = new LinkedHashMap<>();
    for (DirectiveCitation c : identities.citations()) byKey.put(c.identity(), c);
    List<ReviewAnnouncement> reviews = ReviewReader.read(text, mentions, identities.keys(), byKey);
    List<DirectiveRelation> relations = RelationReader.read(text, mentions, identities.keys());
    return new DirectiveExtraction(identities.citations(), reviews, relations);
  }

  /** Canonical form of a number as a user may type it ("25-nq/tw", "217/QĐ-TW"), or null. */
  public static String canonical(String written) {
    List<NumberMatch> found = numbersIn(written == null ? null : written.strip());
    return found.size() == 1 ? found.get(0).number() : null;
  }
}
