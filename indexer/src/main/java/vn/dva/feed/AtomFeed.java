package vn.dva.feed;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.dva.export.ExportRow;

/**
 * Writes one Atom feed (RFC 4287) of articles, newest first.
 *
 * <p>Entry ids are {@code tag:} URIs (RFC 4151) made from the SHA-1 of the document id (its
 * canonical URL or file URI), so re-indexing an article keeps its id and a feed reader does not
 * show it again. {@code updated} is the publication date at 00:00 Vietnam time (+07:00), the only
 * time the pages give; the feed's own {@code updated} is its newest entry's, or {@code
 * emptyUpdated} for a feed without entries. The summary is the opening of the text, as plain text.
 * Thread-safe: holds no state.
 */
public final class AtomFeed {

  /** Namespace of Atom 1.0. */
  public static final String ATOM_NS = "http://www.w3.org/2005/Atom";

  /** Authority and date of the tag URIs; fixed, or every id would change. */
  static final String TAG_PREFIX = "tag:dva.dvan.vn,2026:";

  private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

  /**
   * What the feed is about.
   *
   * @param key identifies the search (its canonical query string): the feed id is made from it
   * @param title the feed's title for people
   * @param selfUrl the absolute URL of this feed
   * @param pageUrl the absolute URL of the same search as a web page
   * @param emptyUpdated the feed's {@code updated} when it has no entries
   */
  public record Header(
      String key, String title, String selfUrl, String pageUrl, OffsetDateTime emptyUpdated) {
    public Header {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(selfUrl, "selfUrl");
      Objects.requireNonNull(pageUrl, "pageUrl");
      Objects.requireNonNull(emptyUpdated, "emptyUpdated");
    }
  }

  private AtomFeed() {}

  /** The stable entry id of the document with id {@code documentId}. */
  public static String entryId(String documentId) {
    return TAG_PREFIX + "article:" + sha1(documentId);
  }

  /**
   * Writes the feed to {@code out} (UTF-8 text; the caller sends it as {@code application/atom+xml;
   * charset=utf-8}). Rows without a publication date are left out: an entry must say when it was
   * updated, and inventing a date would put old articles on top.
   */
  public static void write(Header header, List<ExportRow> rows, Writer out)
      throws XMLStreamException {
    List<ExportRow> dated = rows.stream().filter(r -> r.published() != null).toList();
    XMLStreamWriter x = XML.createXMLStreamWriter(out);
    x.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
    x.writeStartElement("feed");
    x.writeDefaultNamespace(ATOM_NS);
    x.writeAttribute("xml:lang", "vi");
    text(x, "id", TAG_PREFIX + "search:" + sha1(header.key()));
    text(x, "title", header.title());
    text(
        x,
        "updated",
        dated.isEmpty() ? format(header.emptyUpdated()) : format(dated.get(0).published()));
    link(x, "self", header.selfUrl(), "application/atom+xml");
    link(x, "alternate", header.pageUrl(), "text/html");
    x.writeStartElement("author");
    text(x, "name", "dva — Kho tin dân vận");
    x.writeEndElement();
    text(x, "generator", "dva");
    for (ExportRow r : dated) {
      x.writeStartElement("entry");
      text(x, "id", entryId(r.id()));
      text(x, "title", r.title());
      if (r.url() != null && !r.url().isBlank()) link(x, "alternate", r.url(), null);
      text(x, "updated", format(r.published()));
      text(x, "published", format(r.published()));
      if (r.source() != null && !r.source().isBlank()) {
        x.writeStartElement("author");
        text(x, "name", r.source());
        x.writeEndElement();
      }
      category(x, r.province(), "province");
      for (String d : r.directives()) category(x, d, "directive");
      if (r.lead() != null && !r.lead().isBlank()) text(x, "summary", r.lead());
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndDocument();
    x.flush();
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(xmlSafe(value == null ? "" : value));
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href, String type)
      throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("href", xmlSafe(href));
    if (type != null) x.writeAttribute("type", type);
  }

  private static void category(XMLStreamWriter x, String term, String scheme)
      throws XMLStreamException {
    if (term == null || term.isBlank()) return;
    x.writeEmptyElement("category");
    x.writeAttribute("term", xmlSafe(term));
    x.writeAttribute("scheme", TAG_PREFIX + scheme);
  }

  /** Drops characters XML 1.0 cannot hold (control characters from broken pages). */
  static String xmlSafe(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
      if (!ok && out == null) out = new StringBuilder(s.substring(0, i));
      if (out != null && ok) out.append(c);
    }
    return out == null ? s : out.toString();
  }

  private static String format(LocalDate day) {
    return format(day.atStartOfDay().atOffset(VIETNAM));
  }

  private static String format(OffsetDateTime t) {
    return t.withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static String sha1(String s) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
    }
  }
}
