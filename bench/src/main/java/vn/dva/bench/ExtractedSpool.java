package vn.dva.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dva.extract.DirectiveCitation;
import vn.dva.extract.ExtractedDocument;
import vn.dva.extract.ReviewAnnouncement;

/**
 * A temporary file of extracted documents, so that dva and the bare-Lucene baseline index exactly
 * the same text, each in its own timed phase, without keeping a large corpus in memory. Plain
 * length-prefixed UTF-8; not a format for anything but this benchmark. Not thread-safe.
 */
final class ExtractedSpool {

  private ExtractedSpool() {}

  /** Appends documents to a new file. */
  static final class Writer implements Closeable {
    private final DataOutputStream out;

    Writer(Path file) throws IOException {
      out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    void write(ExtractedDocument d) throws IOException {
      str(d.id());
      str(d.url());
      str(d.title());
      out.writeLong(d.published() == null ? Long.MIN_VALUE : d.published().toEpochDay());
      str(d.province());
      str(d.source());
      str(d.format());
      str(d.text());
      out.writeInt(d.citations().size());
      for (DirectiveCitation c : d.citations()) {
        str(c.number());
        str(c.type());
        str(c.issuer());
        out.writeLong(c.issued() == null ? Long.MIN_VALUE : c.issued().toEpochDay());
        str(c.province());
        out.writeInt(c.mentions());
      }
      out.writeInt(d.reviews().size());
      for (ReviewAnnouncement r : d.reviews()) {
        str(r.number());
        out.writeLong(r.issued() == null ? Long.MIN_VALUE : r.issued().toEpochDay());
        out.writeInt(r.years());
        str(r.kind());
      }
    }

    private void str(String s) throws IOException {
      if (s == null) {
        out.writeInt(-1);
        return;
      }
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(b.length);
      out.write(b);
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /** Reads documents back in the order they were written. */
  static final class Reader implements Closeable {
    private final DataInputStream in;

    Reader(Path file) throws IOException {
      in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    }

    /** The next document, or null at the end of the file. */
    ExtractedDocument next() throws IOException {
      String id;
      try {
        id = str();
      } catch (EOFException end) {
        return null;
      }
      String url = str();
      String title = str();
      LocalDate published = date(in.readLong());
      String province = str();
      String source = str();
      String format = str();
      String text = str();
      int nc = in.readInt();
      List<DirectiveCitation> citations = new ArrayList<>(nc);
      for (int i = 0; i < nc; i++) {
        citations.add(
            new DirectiveCitation(str(), str(), str(), date(in.readLong()), str(), in.readInt()));
      }
      int nr = in.readInt();
      List<ReviewAnnouncement> reviews = new ArrayList<>(nr);
      for (int i = 0; i < nr; i++)
        reviews.add(new ReviewAnnouncement(str(), date(in.readLong()), in.readInt(), str()));
      return new ExtractedDocument(
          id, url, title, published, province, source, format, text, citations, reviews);
    }

    private String str() throws IOException {
      int n = in.readInt();
      if (n < 0) return null;
      byte[] b = new byte[n];
      in.readFully(b);
      return new String(b, StandardCharsets.UTF_8);
    }

    private static LocalDate date(long epochDay) {
      return epochDay == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(epochDay);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
