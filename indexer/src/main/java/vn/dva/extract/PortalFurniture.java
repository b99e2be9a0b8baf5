package vn.dva.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Recognises the parts of a portal page that are not the article: menus, sidebars, visitor
 * counters, "Tin khác" lists, share bars, print and back links, bylines. Stateless and thread-safe.
 */
final class PortalFurniture {

  /**
   * Tags that never hold article text. {@code form} is missing on purpose: ASP.NET wraps pages in
   * one.
   */
  static final String REMOVED_TAGS =
      "script, style, noscript, template, iframe, object, embed, select, button, input, textarea,"
          + " svg, canvas, map, nav, aside, menu, link, meta, figcaption";

  /** Class or id words of furniture blocks (matched per class name, between - or _). */
  private static final Pattern CLASS_WORD =
      Pattern.compile(
          "(?:^|[-_])(?:nav|navbar|navigation|menu|mainmenu|breadcrumbs?|sidebar|footer|header|banner"
              + "|share|sharing|social|addthis|related|relate|lienquan|tinkhac|tin-khac|othernews|other"
              + "|comments?|binhluan|rating|vote|print|tags?|toolbar|tools|counter|thongke|statistics?"
              + "|visitors?|online|byline|author|tts|advert|ads|quangcao|pagination|pager|login|search|weather|marquee"
              + "|ticker|hotline|copyright|moduletable|hits|views|luotxem|skip|back|goback|top)(?:$|[-_\\d])");

  /** Short lines that are furniture wherever they appear: they start with one of these. */
  private static final List<String> LINE_STARTS =
      List.of(
          "tin khác",
          "các tin khác",
          "tin liên quan",
          "các tin liên quan",
          "bài viết khác",
          "các bài viết khác",
          "bài viết cùng chuyên mục",
          "tin cùng chuyên mục",
          "cùng chuyên mục",
          "những tin mới hơn",
          "những tin cũ hơn",
          "tin mới hơn",
          "tin cũ hơn",
          "xem thêm",
          "xem chi tiết",
          "xem tiếp",
          "đọc thêm",
          "tham khảo thêm",
          "bài viết liên quan",
          "bài liên quan",
          "tin mới",
          "tin đã đưa",
          "tin nổi bật",
          "tin cùng loại",
          "có thể bạn quan tâm",
          "tin mới nhất",
          "gửi cho bạn bè",
          "gửi bài viết",
          "gửi email",
          "in bài viết",
          "in trang",
          "bản in",
          "quay lại",
          "trở về",
          "trở lại",
          "về đầu trang",
          "lên đầu trang",
          "đầu trang",
          "skip to main content",
          "skip to content",
          "đang truy cập",
          "lượt truy cập",
          "tổng lượt truy cập",
          "thống kê truy cập",
          "truy cập hiện tại",
          "số lượt truy cập",
          "số lần xem",
          "lượt xem",
          "từ khóa:",
          "từ khoá:",
          "tags:",
          "ý kiến bạn đọc",
          "bình luận",
          "tổng số điểm",
          "click để đánh giá",
          "chia sẻ:",
          "chia sẻ bài viết",
          "bạn đã không sử dụng site",
          "phiên bản di động",
          "share",
          "tweet");

  private static final Pattern COUNTER =
      Pattern.compile(
          "(?iu)đang (?:có \\d[\\d.,]* )?(?:khách|online|truy cập)|lượt truy cập|thành viên đang online"
              + "|\\d[\\d.,]*\\s*(?:lần xem|lượt xem|lượt thích|bình luận)");

  private PortalFurniture() {}

  /**
   * Whether a class or id names furniture ({@code related}, {@code tin-khac}, {@code footer}, …).
   */
  static boolean hasFurnitureName(Element e) {
    for (String name : e.classNames()) {
      if (CLASS_WORD.matcher(name.toLowerCase(Locale.ROOT)).find()) return true;
    }
    String id = e.id().toLowerCase(Locale.ROOT);
    return !id.isEmpty() && CLASS_WORD.matcher(id).find();
  }

  /**
   * Whether a short line of text is furniture ("Gửi cho bạn bè", "Đang truy cập 10", "Tin khác").
   */
  static boolean isFurnitureLine(String line) {
    String stripped = line.strip();
    // lower-casing never shortens a string (İ even grows), so longer lines are out before paying
    // for it: most lines of an article are longer than 120 characters
    if (stripped.isEmpty() || stripped.length() > 120) return false;
    String l = stripped.toLowerCase(Locale.ROOT);
    if (l.length() > 120) return false;
    if (COUNTER.matcher(l).find()) return true;
    if (l.length() > 60) return false;
    for (String start : LINE_STARTS) {
      if (l.startsWith(start)) {
        if (l.length() == start.length()) return true;
        char next = l.charAt(start.length());
        if (!Character.isLetter(next)) return true;
      }
    }
    return false;
  }

  private static final Evaluator LINK = QueryParser.parse("a");

  private static final Pattern SOURCE_NOTE =
      Pattern.compile(
          "(?iu)^(nguồn|nguồn tin|tác giả|tin, ảnh|tin và ảnh|bài, ảnh|ảnh)\\s*:.{0,120}$");
  private static final Pattern THEO = Pattern.compile("(?u)^Theo [^.]{1,60}$");

  /**
   * "Tin, ảnh Lệ Sương (…)", "Bài và ảnh: Minh Châu": who wrote and photographed, no colon needed.
   */
  private static final Pattern CREDIT =
      Pattern.compile("(?iu)^(?:tin|bài)\\s*(?:,|và)\\s*\\p{L}+\\s*:?\\s+\\p{Lu}.{0,70}$");

  /** A name and an office abbreviation ("Vương Hợp – ĐTT.", "Minh Hà - TTXVN"). */
  private static final Pattern NAME_AND_OFFICE =
      Pattern.compile(
          "(?u)^(?:\\p{Lu}\\p{L}*\\s+){1,4}\\p{Lu}\\p{L}*\\s*[-–—]\\s*\\p{Lu}{2,}[\\p{Lu}\\d/ ]*\\.?$");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Share of an element's text that sits inside links, 0 for an element without text. */
  static double linkDensity(Element e) {
    int all = e.text().length();
    if (all == 0) return 0;
    int linked = 0;
    for (Element a : e.select(LINK)) linked += a.text().length();
    return Math.min(1.0, linked / (double) all);
  }

  /**
   * Whether a trailing line is a byline or a source note rather than article text: a short name
   * without sentence punctuation ("Lê Toàn", "Hoàng Anh (Ban Dân vận)"), or "Nguồn: …", "Theo …".
   */
  static boolean isByline(String line) {
    String l = line.strip();
    if (SOURCE_NOTE.matcher(l).matches()) return true;
    if (THEO.matcher(l).matches()) return true;
    if (CREDIT.matcher(l).matches() || NAME_AND_OFFICE.matcher(l).matches()) return true;
    if (l.length() > 50 || l.isEmpty()) return false;
    if (SPACES.split(l).length > 7) return false;
    char last = l.charAt(l.length() - 1);
    if (".!?…;:,”\"»".indexOf(last) >= 0) return false;
    return Character.isUpperCase(l.codePointAt(0)) && l.chars().noneMatch(Character::isDigit);
  }
}
