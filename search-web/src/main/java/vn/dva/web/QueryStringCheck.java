package vn.dva.web;

import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.dva.search.InvalidQueryException;

/**
 * Refuses a query string that cannot be read exactly: a {@code %} not followed by two hex digits,
 * or escapes that do not form UTF-8. Jetty and Javalin decode such a value leniently (dropping or
 * replacing what they cannot read), and {@code q=%zz} would silently become an empty query that
 * lists the whole archive; a 400 naming the parameter tells the client instead. Stateless.
 */
final class QueryStringCheck {

  private QueryStringCheck() {}

  /** A before-handler: checks the raw query string of every request. */
  static void apply(Context ctx) {
    check(ctx.queryString());
  }

  /**
   * Checks a raw query string ({@code a=1&b=%C3%A2}); null and empty pass.
   *
   * @throws InvalidQueryException naming the parameter whose name or value is malformed
   */
  static void check(String raw) {
    if (raw == null || raw.isEmpty()) return;
    for (String pair : raw.split("&", -1)) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      String rawName = eq < 0 ? pair : pair.substring(0, eq);
      String name = readable(rawName) ? decode(rawName) : Fmt.clip(rawName, 40);
      if (!readable(pair)) {
        throw new InvalidQueryException(
            "Tham số \""
                + name
                + "\" có mã %-escape hỏng (cần % và hai chữ số hex, theo UTF-8) (parameter \""
                + name
                + "\" has a malformed %-escape)");
      }
    }
  }

  /** Whether every {@code %} starts two hex digits and the escapes form UTF-8. */
  private static boolean readable(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != '%') continue;
      if (i + 2 >= s.length()) return false;
      if (Character.digit(s.charAt(i + 1), 16) < 0 || Character.digit(s.charAt(i + 2), 16) < 0) {
        return false;
      }
      i += 2;
    }
    return decode(s) != null;
  }

  /** The %-decoded form ({@code +} is a space), or null when the bytes are not UTF-8. */
  private static String decode(String s) {
    ByteBuffer bytes = ByteBuffer.allocate(s.length() * 3);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length()) {
        bytes.put((byte) Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 2;
      } else if (c == '+') {
        bytes.put((byte) ' ');
      } else {
        bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    bytes.flip();
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return null;
    }
  }
}
