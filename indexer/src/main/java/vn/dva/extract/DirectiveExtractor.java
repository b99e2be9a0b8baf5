package vn.dva.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads directive numbers ({@code 18-CT/TU}, {@code 15/2020/NĐ-CP}) out of text. Pure and
 * thread-safe.
 */
public final class DirectiveExtractor {

  /** A directive number found in text, with its span. */
  public record NumberMatch(int start, int end, String number) {}

  private static final Pattern PARTY =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{N}])(\\d{1,4})\\s*-\\s*([\\p{L}]{1,5})\\s*/\\s*([\\p{L}]{2,6}\\d{0,2})(?![\\p{L}\\p{N}])");

  private static final Pattern DATE =
      Pattern.compile("^[\\s,]*(?:ngày\\s*)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");

  private DirectiveExtractor() {}

  /** Every directive number in {@code text}, canonical, in order. */
  public static List<NumberMatch> numbersIn(String text) {
    List<NumberMatch> out = new ArrayList<>();
    if (text == null) return out;
    Matcher m = PARTY.matcher(text);
    while (m.find()) {
      out.add(new NumberMatch(m.start(), m.end(), canonical(m.group(1), m.group(2), m.group(3))));
    }
    return out;
  }

  /**
   * Citations and review announcements in {@code text}.
   *
   * @param text NFC text, not null
   * @param province province of the document, used for local issuers (TU, HU, …); may be null
   */
  public static DirectiveExtraction extract(String text, String province) {
    Map<String, DirectiveCitation> byIdentity = new LinkedHashMap<>();
    Matcher m = PARTY.matcher(text);
    while (m.find()) {
      String type = m.group(2).toUpperCase(Locale.ROOT);
      String issuer = m.group(3).toUpperCase(Locale.ROOT);
      String number = canonical(m.group(1), m.group(2), m.group(3));
      LocalDate issued = dateAfter(text, m.end());
      String prov = issuer.equals("TW") ? null : province;
      DirectiveCitation c = new DirectiveCitation(number, type, issuer, issued, prov, 1);
      byIdentity.merge(
          c.identity(),
          c,
          (a, b) -> new DirectiveCitation(a.number(), a.type(), a.issuer(), a.issued(), a.province(), a.mentions() + 1));
    }
    return new DirectiveExtraction(new ArrayList<>(byIdentity.values()), List.of());
  }

  private static LocalDate dateAfter(String text, int from) {
    Matcher d = DATE.matcher(text.substring(from, Math.min(text.length(), from + 40)));
    if (!d.find()) return null;
    try {
      return LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
    } catch (RuntimeException invalidDate) {
      return null;
    }
  }

  static String canonical(String number, String type, String issuer) {
    return number + "-" + type.toUpperCase(Locale.ROOT) + "/" + issuer.toUpperCase(Locale.ROOT);
  }
}
