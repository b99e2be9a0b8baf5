package vn.dva.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dva.search.InvalidQueryException;

/**
 * Turns failures into answers: 400 for input the user must correct, 404 for unknown pages, 500 for
 * the rest. API paths ({@code /api/…}, {@code /openapi.json}) get JSON {@code {"error": "…"}},
 * pages get an HTML message. Never a stack trace; unexpected failures are logged here.
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
            ? "not found: " + ctx.path()
            : message);
  }

  void unexpected(Exception e, Context ctx) {
    LOG.error("request {} failed", ctx.path(), e);
    answer(ctx, 500, "internal error; the server log has the details");
  }

  void notFound(Context ctx) {
    if (ctx.result() != null
        && !ctx.result().isEmpty()
        && ctx.contentType() != null
        && !ctx.contentType().startsWith("text/plain")) return;
    answer(ctx, 404, "not found: " + ctx.path());
  }

  private void answer(Context ctx, int status, String message) {
    ctx.status(status);
    if (isApi(ctx.path())) {
      ctx.contentType("application/json; charset=utf-8");
      ctx.result(
          Responses.safeJson(
              vn.dva.search.Json.MAPPER.createObjectNode().put("error", message).toString()));
    } else {
      String title =
          switch (status) {
            case 400 -> "Yêu cầu không hợp lệ";
            case 404 -> "Không tìm thấy trang";
            default -> "Lỗi máy chủ";
          };
      Responses.html(
          ctx, templates, "error", Map.of("status", status, "title", title, "message", message));
      ctx.status(status);
    }
  }

  static boolean isApi(String path) {
    return path.startsWith("/api/")
        || path.equals("/openapi.json")
        || path.equals("/search.csv")
        || path.equals("/search.jsonl")
        || path.equals("/feed.atom");
  }
}
