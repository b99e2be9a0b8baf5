package vn.dva.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import vn.dva.search.Json;

/** Writing JSON, CSV and downloads the same way from every handler. */
final class Responses {

  private Responses() {}

  /**
   * {@code <}, {@code >} and {@code &} written as {@code \\u} escapes inside JSON strings (the same
   * JSON value), so a response can never be read as markup even by a client that ignores the
   * content type.
   */
  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

    HtmlSafeEscapes() {
      ascii['<'] = CharacterEscapes.ESCAPE_STANDARD;
      ascii['>'] = CharacterEscapes.ESCAPE_STANDARD;
      ascii['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null; // only the standard escapes above
    }
  }

  /** The shared {@link Json#MAPPER} writing HTML-safe UTF-8 in one pass; thread-safe. */
  private static final ObjectWriter WRITER = Json.MAPPER.writer().with(new HtmlSafeEscapes());

  /** {@code value} as UTF-8 JSON through the shared {@link Json#MAPPER}, HTML-safe (see above). */
  static void json(Context ctx, Object value) throws JsonProcessingException {
    ctx.contentType("application/json; charset=utf-8").result(jsonBytes(value));
  }

  /** The UTF-8 JSON bytes {@link #json} sends. */
  static byte[] jsonBytes(Object value) throws JsonProcessingException {
    return WRITER.writeValueAsBytes(value);
  }

  /** JSON text with {@code < > &} escaped; they can only occur inside strings. */
  static String safeJson(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  /** An HTML page rendered from {@code template}. */
  static void html(Context ctx, Templates templates, String template, Map<String, Object> model) {
    ctx.contentType("text/html; charset=utf-8")
        .result(templates.render(template, model).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A file download: {@code body} with the given type and an attachment file name (ASCII name plus
   * the UTF-8 form for browsers that read it).
   */
  static void download(Context ctx, String contentType, String fileName, String body) {
    attachment(ctx, contentType, fileName);
    ctx.result(body.getBytes(StandardCharsets.UTF_8));
  }

  /** The headers of a download, for a body the caller streams itself. */
  static void attachment(Context ctx, String contentType, String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    ctx.contentType(contentType)
        .header(
            "Content-Disposition",
            "attachment; filename=\""
                + ascii
                + "\"; filename*=UTF-8''"
                + new Fmt().enc(fileName).replace("+", "%20"));
  }
}
