package vn.dva.web;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.dva.extract.TextDecoder;
import vn.dva.search.InvalidQueryException;

/**
 * The archived-page view: {@code /archive?url=} frames {@code /archive/raw?url=}, the capture as
 * stored in the WARC files. The capture is clearly marked as an archive copy with its capture time
 * and original URL. Its scripts never run: they are removed, the frame is sandboxed, and the raw
 * answer carries {@code Content-Security-Policy: sandbox} with no script source, so opening it
 * outside the frame is just as inert.
 */
final class ArchivePages {

  /** Policy of the raw capture: no scripts, no requests anywhere, only framed by this site. */
  static final String CAPTURE_POLICY =
      "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'self'";

  private static final DateTimeFormatter CAPTURED =
      DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/uuuu", Locale.ROOT)
          .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  private final ArchiveLookup archive;
  private final Templates templates;

  ArchivePages(ArchiveLookup archive, Templates templates) {
    this.archive = archive;
    this.templates = templates;
  }

  /** {@code GET /archive?url=}: the frame page with the archive banner. */
  void page(Context ctx) throws Exception {
    ArchiveLookup.Capture c = capture(ctx);
    Responses.html(
        ctx,
        templates,
        "archive",
        Map.of(
            "url",
            c.url(),
            "captured",
            CAPTURED.format(c.captured()),
            "truncated",
            c.truncated(),
            "raw",
            "/archive/raw?url=" + new Fmt().enc(c.url())));
  }

  /** {@code GET /archive/raw?url=}: the captured page itself, inert. */
  void raw(Context ctx) throws Exception {
    ArchiveLookup.Capture c = capture(ctx);
    ctx.header("Content-Security-Policy", CAPTURE_POLICY);
    ctx.header("X-Frame-Options", "SAMEORIGIN");
    String type = c.contentType() == null ? "" : c.contentType().toLowerCase(Locale.ROOT);
    if (type.isEmpty() || type.startsWith("text/html") || type.startsWith("application/xhtml")) {
      ctx.contentType("text/html; charset=utf-8")
          .result(inert(TextDecoder.decode(c.body(), c.contentType()), c.url()));
    } else if (type.startsWith("text/")) {
      ctx.contentType("text/plain; charset=utf-8")
          .result(TextDecoder.decode(c.body(), c.contentType()));
    } else {
      Responses.download(ctx, "application/octet-stream", "ban-luu", "");
      ctx.result(c.body());
    }
  }

  private ArchiveLookup.Capture capture(Context ctx) throws Exception {
    Params p = Params.of(ctx.queryParamMap(), Set.of("url"));
    String url = p.one("url");
    if (url == null)
      throw new InvalidQueryException(
          "Thiếu tham số \"url\", ví dụ /archive?url=https://… (missing required parameter \"url\")");
    Optional<ArchiveLookup.Capture> c = archive.find(url);
    if (c.isEmpty())
      throw new io.javalin.http.NotFoundResponse(
          "Kho lưu trữ chưa có bản lưu của " + url + " (no capture of this address)");
    return c.get();
  }

  /** The page without scripts, handlers, frames or plugins; links open outside the frame. */
  static String inert(String html, String url) {
    Document doc = Jsoup.parse(html, url);
    doc.select("script, noscript, iframe, frame, object, embed, base, meta[http-equiv]").remove();
    for (Element e : doc.getAllElements()) {
      e.attributes().asList().stream()
          .map(a -> a.getKey())
          .filter(k -> k.toLowerCase(Locale.ROOT).startsWith("on"))
          .toList()
          .forEach(e::removeAttr);
      for (String attr : new String[] {"href", "src", "action", "formaction"}) {
        if (e.hasAttr(attr)
            && e.attr(attr).strip().toLowerCase(Locale.ROOT).startsWith("javascript:"))
          e.removeAttr(attr);
      }
    }
    doc.select("a[href]")
        .forEach(
            a ->
                a.attr("href", a.absUrl("href"))
                    .attr("target", "_blank")
                    .attr("rel", "noopener noreferrer"));
    doc.charset(java.nio.charset.StandardCharsets.UTF_8);
    return doc.outerHtml();
  }
}
