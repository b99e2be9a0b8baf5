package vn.dva.bench;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.dva.extract.DirectiveExtraction;
import vn.dva.extract.DirectiveExtractor;
import vn.dva.extract.ExtractedDocument;
import vn.dva.extract.Provinces;
import vn.dva.extract.TextDecoder;

/**
 * The extraction step of the benchmarked pipeline: bytes of a generated page to an
 * {@link ExtractedDocument}.
 *
 * <p>Stand-in until {@code vn.dva.extract.DocumentExtractor} lands on main: decode, parse with jsoup,
 * take the article container of the known portal shapes, read the date, detect the province and
 * extract directives with the project's own classes. Thread-safe.
 */
final class PageExtraction {

  private static final Pattern DMY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final String BODY =
      "#news-bodyhtml, [itemprop=articleBody], td.noi-dung, div.detail-content";
  private static final String TITLE = "h1.title, h2[itemprop=headline], td.tieu-de h3, h1.detail-title";
  private static final String DATE = "span.time, dd.published time, td.ngay-dang, div.detail-time";

  private PageExtraction() {}

  static ExtractedDocument extract(GeneratedPage page) {
    String html = TextDecoder.decode(page.html(), page.contentType());
    Document doc = Jsoup.parse(html, page.article().url());
    Element titleElement = doc.selectFirst(TITLE);
    String title = titleElement != null ? titleElement.text() : doc.title();
    Element body = doc.selectFirst(BODY);
    StringBuilder text = new StringBuilder();
    Element lead = doc.selectFirst("h2.detail-sapo");
    if (lead != null) text.append(lead.text()).append('\n');
    for (Element p : (body != null ? body : doc.body()).select("p")) text.append(p.text()).append('\n');
    String plain = text.toString();
    Element dateElement = doc.selectFirst(DATE);
    LocalDate published = dateElement == null ? null : date(dateElement.text());
    String province = Provinces.detect(title, plain);
    DirectiveExtraction directives = DirectiveExtractor.extract(plain, province);
    return new ExtractedDocument(
        page.article().url(), page.article().url(), title, published, province,
        page.article().host(), "html", plain, directives.citations(), directives.reviews());
  }

  private static LocalDate date(String text) {
    Matcher m = DMY.matcher(text);
    if (!m.find()) return null;
    return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
  }
}
