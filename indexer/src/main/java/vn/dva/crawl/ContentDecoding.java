package vn.dva.crawl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes a {@code Content-Encoding} of gzip or deflate (zlib-wrapped or raw), keeping at most
 * {@code maxBytes} of output so that a compression bomb cannot fill memory. A body cut short (a
 * truncated record) decodes as far as it goes. Stateless and thread-safe.
 */
public final class ContentDecoding {

  private ContentDecoding() {}

  /**
   * Decodes {@code body}.
   *
   * @param body the body as received, not null
   * @param contentEncoding the Content-Encoding header, or null; identity and unknown codings
   *     return the body unchanged
   * @param maxBytes the most decoded bytes returned
   * @return the decoded bytes, possibly partial when the input is truncated or corrupt
   */
  public static byte[] decode(byte[] body, String contentEncoding, long maxBytes) {
    if (contentEncoding == null || body.length == 0) return body;
    String coding = contentEncoding.strip().toLowerCase(Locale.ROOT);
    try {
      return switch (coding) {
        case "gzip", "x-gzip" ->
            drain(new GZIPInputStream(new ByteArrayInputStream(body)), maxBytes);
        case "deflate" -> inflate(body, maxBytes);
        default -> body;
      };
    } catch (IOException notActuallyEncoded) {
      return body;
    }
  }

  private static byte[] inflate(byte[] body, long maxBytes) throws IOException {
    boolean zlib =
        body.length >= 2
            && (body[0] & 0x0F) == 8
            && ((body[0] & 0xFF) << 8 | (body[1] & 0xFF)) % 31 == 0;
    return drain(
        new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(!zlib)), maxBytes);
  }

  private static byte[] drain(InputStream in, long maxBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16 * 1024];
    try (in) {
      int n;
      while (out.size() < maxBytes
          && (n = in.read(buf, 0, (int) Math.min(buf.length, maxBytes - out.size()))) > 0) {
        out.write(buf, 0, n);
      }
    } catch (EOFException truncated) {
      // a truncated record: keep what decoded
    } catch (IOException corrupt) {
      if (out.size() == 0) throw corrupt;
    }
    return out.toByteArray();
  }
}
