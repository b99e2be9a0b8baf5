package vn.dva.web;

import io.javalin.http.Context;

/**
 * Security headers on every answer. Pages may load only their own scripts, styles and images, may
 * not be framed by other sites, and may frame only this server (the archive view). The archived
 * page itself gets a stricter policy from {@link ArchivePages}.
 */
final class SecurityHeaders {

  /** Policy for the application's own pages. */
  static final String PAGE_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

  private SecurityHeaders() {}

  static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", PAGE_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("X-Frame-Options", "SAMEORIGIN");
  }
}
