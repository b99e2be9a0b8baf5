package vn.dva.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Formatting helpers shared by handlers and templates (exposed to templates as {@code fmt}). */
public final class Fmt {

  private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  /** The date as {@code dd/mm/yyyy}; an empty string for null. */
  public String date(LocalDate d) {
    return d == null ? "" : d.format(VN_DATE);
  }

  /** {@code value} encoded for a query string (UTF-8); empty for null. */
  public String enc(String value) {
    return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * {@code url} when it is safe as a link target (http, https or file), otherwise {@code "#"}: a
   * document may carry a {@code javascript:} URL.
   */
  public String href(String url) {
    if (url == null) return "#";
    String u = url.strip().toLowerCase(java.util.Locale.ROOT);
    return u.startsWith("http://") || u.startsWith("https://") || u.startsWith("file:")
        ? url.strip()
        : "#";
  }

  /** A number with dots between thousands, as Vietnamese writes it: 12.345. */
  public String number(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '.');
  }

  /** As {@link #clip}, for templates. */
  public String clipped(String s, long max) {
    return clip(s, (int) Math.max(1, Math.min(max, Integer.MAX_VALUE)));
  }

  /** {@code s} cut to at most {@code max} characters, with an ellipsis when cut; "" for null. */
  static String clip(String s, int max) {
    if (s == null) return "";
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }
}
