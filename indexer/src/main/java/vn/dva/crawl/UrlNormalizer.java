package vn.dva.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns links into the one canonical form the crawler keeps: http(s) only, lower-case scheme and
 * host, no default port, no fragment, dot segments removed, an empty path as {@code /}, illegal
 * characters percent-encoded as UTF-8, and query parameters that only name a session, a tracking
 * campaign or a print layout removed ({@code utm_*}, {@code fbclid}, {@code jsessionid}, {@code
 * print=1} …), the rest sorted. Two links that name the same page therefore compare equal as
 * strings. Stateless and thread-safe.
 */
public final class UrlNormalizer {

  private static final Set<String> DROPPED_PARAMS =
      Set.of(
          "fbclid",
          "gclid",
          "dclid",
          "msclkid",
          "zarsrc",
          "_gl",
          "mc_cid",
          "mc_eid",
          "igshid",
          "jsessionid",
          "phpsessid",
          "sid",
          "sessionid",
          "session_id",
          "cfid",
          "cftoken",
          "print",
          "printable");
  private static final Set<String> DROPPED_PARAM_PREFIXES = Set.of("utm_", "aspsessionid");

  private UrlNormalizer() {}

  /**
   * Resolves {@code href} against {@code base} and normalizes it.
   *
   * @param base the page the link was found on, or null when {@code href} must be absolute
   * @param href the link as written (may hold spaces, Vietnamese letters, a fragment); null gives
   *     empty
   * @return the canonical URL, or empty for non-http(s) links ({@code mailto:}, {@code
   *     javascript:}), links without a host and links that cannot be parsed
   */
  public static Optional<URI> normalize(URI base, String href) {
    if (href == null) return Optional.empty();
    String cleaned = href.strip();
    if (cleaned.isEmpty()) return Optional.empty();
    try {
      String escaped = escape(cleaned);
      URI uri;
      if (base != null && escaped.startsWith("?")) {
        // RFC 3986: a query-only reference keeps the base path; URI.resolve (RFC 2396) drops its
        // last segment
        String b = base.toString();
        int cut = b.indexOf('?');
        uri = new URI((cut < 0 ? b : b.substring(0, cut)) + escaped);
      } else {
        uri = new URI(escaped);
        if (base != null) uri = base.resolve(uri);
      }
      return canonical(uri);
    } catch (URISyntaxException | IllegalArgumentException bad) {
      return Optional.empty();
    }
  }

  /** The canonical form of an absolute URL; empty when it is not http(s) with a host. */
  public static Optional<URI> canonical(URI uri) {
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!"http".equals(scheme) && !"https".equals(scheme)) return Optional.empty();
    String host = uri.getHost();
    if (host == null || host.isEmpty()) return Optional.empty();
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
    int port = uri.getPort();
    if (port == defaultPort(scheme)) port = -1;
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    path = stripPathSessionId(removeDotSegments(path));
    String query = cleanQuery(uri.getRawQuery());
    StringBuilder s = new StringBuilder(scheme).append("://").append(host);
    if (port >= 0) s.append(':').append(port);
    s.append(path);
    if (query != null) s.append('?').append(query);
    try {
      return Optional.of(new URI(s.toString()));
    } catch (URISyntaxException bad) {
      return Optional.empty();
    }
  }

  /**
   * The politeness and scope key of a URL: lower-case host, and the port when it is not the
   * default.
   */
  public static String hostKey(URI uri) {
    String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort() < 0 ? defaultPort(scheme) : uri.getPort();
    return host + ":" + port;
  }

  private static int defaultPort(String scheme) {
    return "https".equals(scheme) ? 443 : 80;
  }

  private static String removeDotSegments(String path) {
    if (!path.contains("/.")) return path;
    String normalized = URI.create("http://h" + path).normalize().getRawPath();
    while (normalized.startsWith("/../")) normalized = normalized.substring(3);
    return normalized.isEmpty() ? "/" : normalized;
  }

  private static String stripPathSessionId(String path) {
    int semi = path.toLowerCase(Locale.ROOT).indexOf(";jsessionid=");
    return semi < 0 ? path : path.substring(0, semi);
  }

  private static String cleanQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) return null;
    List<String> kept = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      if (dropped(name, value)) continue;
      kept.add(pair);
    }
    if (kept.isEmpty()) return null;
    kept.sort(null);
    return String.join("&", kept);
  }

  private static boolean dropped(String name, String value) {
    if (name.equals("tmpl") && value.equalsIgnoreCase("component")) return true;
    if (DROPPED_PARAMS.contains(name)) return true;
    for (String prefix : DROPPED_PARAM_PREFIXES) if (name.startsWith(prefix)) return true;
    return false;
  }

  /**
   * Percent-encodes what {@link URI} refuses (spaces, non-ASCII, stray {@code %}) and drops the
   * fragment.
   */
  static String escape(String href) {
    int hash = href.indexOf('#');
    if (hash >= 0) href = href.substring(0, hash);
    StringBuilder out = new StringBuilder(href.length() + 16);
    byte[] bytes = href.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      boolean validPercent =
          b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
      if (b == '%' && !validPercent) out.append("%25");
      else if (b > 0x20 && b < 0x7F && "\"<>\\^`{|}".indexOf(b) < 0) out.append((char) b);
      else out.append('%').append(String.format(Locale.ROOT, "%02X", b));
    }
    return out.toString();
  }

  private static boolean isHex(byte b) {
    return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
  }
}
