package vn.dva.crawl;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.dva.extract.TextDecoder;

/**
 * Finds the URLs worth crawling in a fetched document: links, frames, next-page and feed links of
 * HTML (decoded with {@link TextDecoder}, parsed with jsoup), and the entries of sitemaps, sitemap
 * indexes, RSS and Atom feeds (crawler-commons). Images, styles, scripts and media are left out;
 * document files become attachments. Stateless and thread-safe.
 */
public final class LinkExtractor {

  private static final Set<String> ATTACHMENT_EXTENSIONS =
      Set.of("pdf", "doc", "docx", "odt", "rtf");
  private static final Set<String> SKIPPED_EXTENSIONS =
      Set.of(
          "jpg", "jpeg", "png", "gif", "bmp", "webp", "svg", "ico", "tif", "tiff", "css", "js",
          "json", "mp3", "mp4", "m4a", "avi", "wmv", "flv", "mov", "webm", "ogg", "wav", "zip",
          "rar", "7z", "gz", "tar", "exe", "msi", "apk", "iso", "woff", "woff2", "ttf", "eot",
          "swf", "xls", "xlsx", "ppt", "pptx");
  private static final Pattern NEXT_TEXT =
      Pattern.compile("(?iu)^\\s*(trang sau|trang tiếp|tiếp theo|tiếp|sau|next|»|›|>>|>)\\s*$");
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?i)(?:[?&](?:page|trang|p|pageindex|paged|start)=|/(?:page|trang)[-/])([0-9]+)");

  private LinkExtractor() {}

  /**
   * The outlinks of a document.
   *
   * @param url the document's URL, used as base
   * @param contentType the Content-Type header, or null (then the URL and the first bytes decide)
   * @param body the decoded body (no Content-Encoding left), not null
   * @return distinct normalized URLs with how they were linked, in document order
   */
  public static List<Outlink> extract(URI url, String contentType, byte[] body) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (isFeed(url, type, body)) return feedLinks(url, type, body);
    if (isHtml(type, body)) return htmlLinks(url, TextDecoder.decode(body, contentType));
    return List.of();
  }

  static boolean isHtml(String type, byte[] body) {
    if (type.contains("html")) return true;
    if (!type.isEmpty() && !type.startsWith("text/plain") && !type.contains("octet-stream"))
      return false;
    String head =
        new String(
                body, 0, Math.min(body.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    return head.contains("<html") || head.contains("<!doctype html");
  }

  static boolean isFeed(URI url, String type, byte[] body) {
    if (type.contains("rss")
        || type.contains("atom")
        || type.contains("xml") && !type.contains("xhtml")) return true;
    String path = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
    if (type.contains("html")) return false;
    return path.endsWith(".xml")
        || path.endsWith(".rss")
        || path.endsWith(".atom")
        || path.endsWith(".xml.gz");
  }

  private static List<Outlink> feedLinks(URI url, String type, byte[] body) {
    Map<URI, Outlink.Kind> out = new LinkedHashMap<>();
    try {
      SiteMapParser parser = new SiteMapParser(false);
      String mediaType = type.isEmpty() ? "application/xml" : type.split(";")[0].strip();
      if (mediaType.startsWith("text/html")) return List.of();
      AbstractSiteMap map = parser.parseSiteMap(mediaType, body, url.toURL());
      if (map instanceof SiteMapIndex index) {
        for (AbstractSiteMap child : index.getSitemaps())
          add(out, url, child.getUrl().toString(), Outlink.Kind.FEED);
      } else if (map instanceof SiteMap sitemap) {
        for (SiteMapURL entry : sitemap.getSiteMapUrls())
          add(out, url, entry.getUrl().toString(), Outlink.Kind.LISTED);
      }
    } catch (Exception notASitemap) {
      // UnknownFormatException, broken XML, odd URLs: a feed we cannot read gives no links
    }
    return out.entrySet().stream().map(e -> new Outlink(e.getKey(), e.getValue())).toList();
  }

  private static List<Outlink> htmlLinks(URI url, String html) {
    Document doc = Jsoup.parse(html, url.toString());
    Map<URI, Outlink.Kind> out = new LinkedHashMap<>();
    Optional<Integer> currentPage = pageNumber(url.toString());
    for (Element e : doc.select("link[rel~=(?i)next|alternate][href]")) {
      String rel = e.attr("rel").toLowerCase(Locale.ROOT);
      String linkType = e.attr("type").toLowerCase(Locale.ROOT);
      if (rel.contains("next")) add(out, url, e.absUrl("href"), Outlink.Kind.NEXT_PAGE);
      else if (linkType.contains("rss") || linkType.contains("atom"))
        add(out, url, e.absUrl("href"), Outlink.Kind.FEED);
    }
    for (Element e : doc.select("a[href], area[href]")) {
      String href = e.absUrl("href");
      Optional<URI> target = UrlNormalizer.normalize(url, href.isEmpty() ? e.attr("href") : href);
      if (target.isEmpty()) continue;
      add(out, target.get(), classify(target.get(), e, currentPage));
    }
    for (Element e : doc.select("iframe[src], frame[src]"))
      add(out, url, e.absUrl("src"), Outlink.Kind.PAGE);
    out.entrySet().removeIf(e -> e.getValue() == null);
    return out.entrySet().stream().map(e -> new Outlink(e.getKey(), e.getValue())).toList();
  }

  private static Outlink.Kind classify(URI target, Element a, Optional<Integer> currentPage) {
    String ext = extension(target);
    if (SKIPPED_EXTENSIONS.contains(ext)) return null;
    if (ATTACHMENT_EXTENSIONS.contains(ext)) return Outlink.Kind.ATTACHMENT;
    if (ext.equals("rss") || ext.equals("xml") || ext.equals("atom")) return Outlink.Kind.FEED;
    if (a.attr("rel").toLowerCase(Locale.ROOT).contains("next")
        || NEXT_TEXT.matcher(a.text()).matches()) {
      return Outlink.Kind.NEXT_PAGE;
    }
    Optional<Integer> page = pageNumber(target.toString());
    if (page.isPresent() && page.get() == currentPage.orElse(1) + 1) return Outlink.Kind.NEXT_PAGE;
    return Outlink.Kind.PAGE;
  }

  private static Optional<Integer> pageNumber(String url) {
    Matcher m = PAGE_NUMBER.matcher(url);
    if (!m.find()) return Optional.empty();
    try {
      return Optional.of(Integer.parseInt(m.group(1)));
    } catch (NumberFormatException tooLong) {
      return Optional.empty();
    }
  }

  /** The lower-case extension of the last path segment, or "". */
  static String extension(URI url) {
    String path = url.getPath() == null ? "" : url.getPath();
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    return dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  private static void add(Map<URI, Outlink.Kind> out, URI base, String href, Outlink.Kind kind) {
    UrlNormalizer.normalize(base, href).ifPresent(u -> add(out, u, kind));
  }

  private static void add(Map<URI, Outlink.Kind> out, URI target, Outlink.Kind kind) {
    out.putIfAbsent(target, kind);
  }
}
