package vn.dva.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a URL over the limit: 414; headers over it: 431; a body over it: 413;
 * a request Jetty cannot read: 400) in dva's shapes: JSON {@code {"error": "…"}} for the API and
 * download paths, a short HTML page for the rest, with dva's messages, Vietnamese first. A URL or
 * headers over the limit (414, 431) are answered in JSON: Jetty stops reading before the path and
 * the {@code Accept} header, and a browser never sends such a URL from dva's forms (a query of
 * 1,000 characters is at most about 9 KB). Thread-safe.
 */
final class ServerErrors extends ErrorHandler {

  /** Bytes of request line and headers Jetty reads; longer URLs get 414, longer headers 431. */
  static final int MAX_REQUEST_HEADER_BYTES = 32 * 1024;

  /** The page title of an error status, Vietnamese. */
  static String title(int status) {
    return switch (status) {
      case 400 -> "Yêu cầu không hợp lệ";
      case 404 -> "Không tìm thấy trang";
      case 405 -> "Phương thức không được hỗ trợ";
      case 413 -> "Nội dung gửi lên quá lớn";
      case 414 -> "Địa chỉ quá dài";
      case 431 -> "Phần đầu yêu cầu quá lớn";
      default -> status >= 500 ? "Lỗi máy chủ" : "Yêu cầu không thực hiện được";
    };
  }

  /** dva's message for a status Jetty answers by itself. */
  static String message(int status) {
    return switch (status) {
      case 413 ->
          "Nội dung gửi lên quá lớn, tối đa "
              + WebApp.MAX_REQUEST_BYTES
              + " byte (request body too large)";
      case 414 ->
          "Địa chỉ (URL) quá dài, tối đa "
              + MAX_REQUEST_HEADER_BYTES
              + " byte; câu tìm tối đa 1000 ký tự (URI too long)";
      case 431 ->
          "Phần đầu yêu cầu quá lớn, tối đa "
              + MAX_REQUEST_HEADER_BYTES
              + " byte (request header fields too large)";
      case 400 -> "Yêu cầu không hợp lệ, máy chủ không đọc được (bad request)";
      case 404 -> "Không tìm thấy (not found)";
      case 405 -> "Phương thức không được hỗ trợ (method not allowed)";
      default ->
          status >= 500
              ? "Lỗi máy chủ; nhật ký máy chủ có chi tiết (internal error)"
              : "Yêu cầu không thực hiện được (error " + status + ")";
    };
  }

  @Override
  protected void generateResponse(
      Request request, Response response, int code, String message, Throwable cause, Callback cb)
      throws IOException {
    boolean json = wantsJson(request, code);
    String body = json ? json(code) : html(code);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType(json));
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), cb);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    // Jetty calls this when it cannot even build a request: no path, no headers to go by
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, contentType(true)));
    return ByteBuffer.wrap(json(status).getBytes(StandardCharsets.UTF_8));
  }

  private boolean wantsJson(Request request, int code) {
    // a request line or headers over the limit were never read: neither path nor Accept is known
    if (code == 414 || code == 431) return true;
    HttpURI uri = request.getHttpURI();
    String path = uri == null ? null : uri.getPath();
    if (path != null && !path.isEmpty()) return Errors.isApi(path);
    String accept = request.getHeaders().get(HttpHeader.ACCEPT);
    return accept == null || !accept.contains("text/html");
  }

  private static String contentType(boolean json) {
    return json ? "application/json; charset=utf-8" : "text/html; charset=utf-8";
  }

  private static String json(int status) {
    return Responses.safeJson(
        vn.dva.search.Json.MAPPER.createObjectNode().put("error", message(status)).toString());
  }

  /** Our messages are constants; escaped all the same, so that a later message cannot break it. */
  private static String escaped(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String html(int status) {
    return "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + escaped(title(status))
        + " — dva</title></head><body><main><h1>"
        + escaped(title(status))
        + " ("
        + status
        + ")</h1><p>"
        + escaped(message(status))
        + "</p><p><a href=\"/\">Về trang tìm kiếm</a></p></main></body></html>";
  }
}
