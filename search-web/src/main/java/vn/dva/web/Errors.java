package vn.dva.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dva.search.InvalidQueryException;

/**
 * Turns failures into answers: 400 for input the user must correct, 404 for unknown pages, 500 for
 * the rest. API and download paths ({@link #isApi}) get JSON {@code {"error": "…"}}, pages get an
 * HTML message. Errors Jetty answers before any route runs (414, 431, 413, 400 for a malformed
 * request) take the same shapes through {@link ServerErrors}. Never a stack trace; unexpected
 * failures are logged here.
 */
final class Errors {

  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  private final Templates templates;

  Errors(Templates templates) {
    this.templates = templates;
  }

  void badRequest(InvalidQueryException e, Context ctx) {
    answer(ctx, 400, e.getMessage());
  }

  void http(HttpResponseException e, Context ctx) {
    int status = e.getStatus();
    String message = e.getMessage();
    answer(
        ctx,
        status,
        message == null || message.isBlank() || message.equalsIgnoreCase("not found")
            ? notFoundMessage(ctx.path())
            : status == 413 ? ServerErrors.message(413) : message);
  }

  void unexpected(Exception e, Context ctx) {
    LOG.error("request {} failed", ctx.path(), e);
    answer(ctx, 500, "Lỗi máy chủ; nhật ký máy chủ có chi tiết (internal error)");
  }

  void notFound(Context ctx) {
    if (ctx.result() != null
        && !ctx.result().isEmpty()
        && ctx.contentType() != null
        && !ctx.contentType().startsWith("text/plain")) return;
    answer(ctx, 404, notFoundMessage(ctx.path()));
  }

  private static String notFoundMessage(String path) {
    return "Không có trang " + Fmt.clip(path, 200) + " (not found)";
  }

  private void answer(Context ctx, int status, String message) {
    ctx.status(status);
    if (isApi(ctx.path())) {
      ctx.contentType("application/json; charset=utf-8");
      ctx.result(
          Responses.safeJson(
              vn.dva.search.Json.MAPPER.createObjectNode().put("error", message).toString()));
    } else {
      String title = ServerErrors.title(status);
      Responses.html(
          ctx, templates, "error", Map.of("status", status, "title", title, "message", message));
      ctx.status(status);
    }
  }

  /**
   * Whether errors on {@code path} are answered in JSON: the API, its description and the download
   * paths (a program, not a person, reads those answers); the HTML pages answer in HTML.
   */
  static boolean isApi(String path) {
    return path.startsWith("/api/")
        || path.equals("/openapi.json")
        || path.equals("/search.csv")
        || path.equals("/search.jsonl")
        || path.equals("/feed.atom")
        || path.equals("/reviews.csv")
        || path.equals("/reviews.ics")
        || path.equals("/directive/coverage.csv");
  }
}
