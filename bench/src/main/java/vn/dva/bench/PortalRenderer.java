package vn.dva.bench;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Renders a {@link SyntheticArticle} as the HTML page of one of four portal shapes, with the
 * furniture real portals carry: menus, breadcrumbs, "latest news" boxes, photo captions, share bars
 * and a footer with the publisher's address. Dates appear the way each platform prints them,
 * including NukeViet's malformed {@code article:published_time}. Pure and thread-safe.
 */
final class PortalRenderer {

  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private PortalRenderer() {}

  static String render(SyntheticArticle a, SplittableRandom random, CorpusGenerator generator) {
    StringBuilder h = new StringBuilder(a.textChars() * 2 + 6000);
    h.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">\n<title>")
        .append(esc(a.title()))
        .append(" - ")
        .append(esc(publisher(a)))
        .append("</title>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<link rel=\"canonical\" href=\"")
        .append(esc(a.url()))
        .append("\">\n");
    switch (a.portal()) {
      case NUKEVIET ->
          h.append("<meta property=\"article:published_time\" content=\"")
              .append(a.published().toLocalDate())
              .append("+07")
              .append(ArticleWriter.timeOfDay(a.published()))
              .append(":00\">\n");
      case NEWSPAPER ->
          h.append("<meta property=\"og:title\" content=\"")
              .append(esc(a.title()))
              .append("\">\n")
              .append("<meta property=\"article:published_time\" content=\"")
              .append(a.published().format(ISO))
              .append("+07:00\">\n");
      default -> {}
    }
    h.append("<link rel=\"stylesheet\" href=\"/themes/default/css/style.css\">\n</head>\n<body>\n");
    header(h, a);
    switch (a.portal()) {
      case NUKEVIET -> nukeviet(h, a, random);
      case JOOMLA -> joomla(h, a, random);
      case LIFERAY -> liferay(h, a, random);
      case NEWSPAPER -> newspaper(h, a, random);
    }
    sidebar(h, generator.otherTitles(random, a.province(), 5 + random.nextInt(4)));
    footer(h, a, random);
    h.append("<script src=\"/js/main.js\"></script>\n</body></html>\n");
    return h.toString();
  }

  private static void header(StringBuilder h, SyntheticArticle a) {
    h.append("<div id=\"header\"><a href=\"/\"><img src=\"/images/logo.png\" alt=\"")
        .append(esc(publisher(a)))
        .append(
            "\"></a>\n<ul class=\"nav\"><li><a href=\"/\">Trang chủ</a></li><li><a href=\"/gioi-thieu/\">Giới thiệu</a></li>")
        .append(
            "<li><a href=\"/tin-tuc/\">Tin tức - Sự kiện</a></li><li><a href=\"/van-ban/\">Văn bản</a></li>")
        .append(
            "<li><a href=\"/dan-van-kheo/\">Dân vận khéo</a></li><li><a href=\"/lien-he/\">Liên hệ</a></li></ul>")
        .append(
            "<form class=\"search\" action=\"/tim-kiem/\"><input name=\"q\" placeholder=\"Tìm kiếm...\"></form></div>\n");
  }

  private static void nukeviet(StringBuilder h, SyntheticArticle a, SplittableRandom r) {
    LocalDateTime t = a.published();
    h.append(
            "<div class=\"breadcrumbs\"><a href=\"/\">Trang chủ</a> » <a href=\"/tin-tuc/\">Tin tức - Sự kiện</a></div>\n")
        .append(
            "<div id=\"body\"><div class=\"col-a\"><div class=\"news_column\"><div class=\"detail\">\n")
        .append("<h1 class=\"title\">")
        .append(esc(a.title()))
        .append("</h1>\n")
        .append("<span class=\"time\">")
        .append(Vocabulary.WEEKDAYS.get(t.getDayOfWeek().getValue() - 1))
        .append(" - ")
        .append(t.format(DMY))
        .append(' ')
        .append(ArticleWriter.timeOfDay(t))
        .append("</span> ")
        .append("<span class=\"hits\">")
        .append(r.nextInt(5000))
        .append("</span>\n")
        .append("<div id=\"news-bodyhtml\" class=\"bodytext margin-bottom-lg\">\n");
    body(h, a, r);
    h.append("</div>\n<div class=\"author\">Tác giả: ")
        .append(author(r))
        .append("</div>\n")
        .append(
            "<div class=\"socialicon\">Chia sẻ: <a href=\"#fb\">Facebook</a> <a href=\"#zalo\">Zalo</a></div>\n")
        .append("</div></div></div>\n");
  }

  private static void joomla(StringBuilder h, SyntheticArticle a, SplittableRandom r) {
    LocalDateTime t = a.published();
    h.append(
            "<main id=\"content\"><div class=\"item-page\" itemscope itemtype=\"https://schema.org/Article\">\n")
        .append("<div class=\"page-header\"><h2 itemprop=\"headline\">")
        .append(esc(a.title()))
        .append("</h2></div>\n")
        .append("<dl class=\"article-info\"><dd class=\"published\"><time datetime=\"")
        .append(t.format(ISO))
        .append("+07:00\" itemprop=\"datePublished\">Ngày đăng: ")
        .append(t.format(DMY))
        .append("</time></dd>")
        .append("<dd class=\"hits\">Lượt xem: ")
        .append(r.nextInt(3000))
        .append("</dd></dl>\n")
        .append("<div itemprop=\"articleBody\">\n");
    body(h, a, r);
    h.append("<p style=\"text-align: right;\"><strong>")
        .append(author(r))
        .append("</strong></p>\n</div>\n")
        .append(
            "<ul class=\"pager pagenav\"><li class=\"previous\"><a href=\"#\">Trước</a></li><li class=\"next\"><a href=\"#\">Tiếp</a></li></ul>\n")
        .append("</div>\n");
  }

  private static void liferay(StringBuilder h, SyntheticArticle a, SplittableRandom r) {
    h.append("<table class=\"layout\" width=\"100%\"><tr><td class=\"column-1\">\n")
        .append(
            "<div class=\"portlet-boundary portlet-journal-content\"><div class=\"journal-content-article\">\n")
        .append("<table class=\"tin-chi-tiet\"><tr><td class=\"tieu-de\"><h3>")
        .append(esc(a.title()))
        .append("</h3></td></tr>\n")
        .append("<tr><td class=\"ngay-dang\">Ngày đăng: ")
        .append(a.published().format(DMY))
        .append(" | Lượt xem: ")
        .append(r.nextInt(2000))
        .append("</td></tr>\n<tr><td class=\"noi-dung\">\n");
    body(h, a, r);
    h.append("</td></tr><tr><td class=\"tac-gia\">")
        .append(author(r))
        .append("</td></tr></table>\n")
        .append(
            "</div></div>\n<div class=\"tin-lien-quan\"><h4>Tin liên quan</h4><ul><li><a href=\"#\">Các tin đã đưa</a></li></ul></div>\n")
        .append("</td>\n");
  }

  private static void newspaper(StringBuilder h, SyntheticArticle a, SplittableRandom r) {
    LocalDateTime t = a.published();
    h.append("<div class=\"container\"><article class=\"detail\">\n")
        .append("<div class=\"detail-cate\"><a href=\"/chinh-tri/\">Chính trị</a></div>\n")
        .append("<h1 class=\"detail-title\">")
        .append(esc(a.title()))
        .append("</h1>\n")
        .append("<div class=\"detail-time\">")
        .append(Vocabulary.WEEKDAYS.get(t.getDayOfWeek().getValue() - 1))
        .append(", ")
        .append(t.format(DMY))
        .append(' ')
        .append(ArticleWriter.timeOfDay(t))
        .append(" (GMT+7)</div>\n")
        .append("<h2 class=\"detail-sapo\">")
        .append(esc(a.lead()))
        .append("</h2>\n")
        .append("<div class=\"detail-content\">\n");
    body(h, a, r);
    h.append("<p class=\"author\">")
        .append(author(r))
        .append("</p>\n</div>\n")
        .append(
            "<div class=\"detail-tags\">Từ khóa: <a href=\"/tag/dan-van\">dân vận</a>, <a href=\"/tag/mttq\">MTTQ</a></div>\n")
        .append("</article>\n");
  }

  private static void body(StringBuilder h, SyntheticArticle a, SplittableRandom r) {
    List<String> paragraphs = a.paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      h.append("<p>").append(esc(paragraphs.get(i))).append("</p>\n");
      if (i == 0 && r.nextInt(3) > 0) {
        h.append("<figure class=\"image\"><img src=\"/uploads/news/")
            .append(a.published().getYear())
            .append('/')
            .append(r.nextInt(100000))
            .append(
                ".jpg\" alt=\"\" width=\"600\"><figcaption>Quang cảnh hội nghị.</figcaption></figure>\n");
      }
    }
  }

  private static void sidebar(StringBuilder h, List<String> titles) {
    h.append("<div class=\"sidebar\"><div class=\"block\"><h3>Tin mới</h3><ul>");
    for (String t : titles) {
      h.append("<li><a href=\"/tin-tuc/")
          .append(CorpusGenerator.slug(t))
          .append(".html\">")
          .append(esc(t))
          .append("</a></li>");
    }
    h.append(
            "</ul></div><div class=\"block\"><h3>Liên kết</h3><ul><li><a href=\"https://dangcongsan.vn\">Báo Điện tử Đảng Cộng sản Việt Nam</a></li>")
        .append("<li><a href=\"https://danvan.vn\">Ban Dân vận Trung ương</a></li></ul></div>")
        .append(
            "<div class=\"block\">Đang truy cập: 12 | Tổng lượt truy cập: 1.234.567</div></div>\n");
  }

  private static void footer(StringBuilder h, SyntheticArticle a, SplittableRandom r) {
    h.append("<div id=\"footer\"><p>Bản quyền thuộc ")
        .append(esc(publisher(a)))
        .append("</p>")
        .append("<p>Địa chỉ: Số ")
        .append(1 + r.nextInt(200))
        .append(" đường Trần Hưng Đạo, ")
        .append(esc(ArticleWriter.place(a.province())))
        .append(" - Điện thoại: 0")
        .append(200 + r.nextInt(99))
        .append(' ')
        .append(3_000_000 + r.nextInt(999_999))
        .append("</p>")
        .append("<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>\n");
  }

  private static String publisher(SyntheticArticle a) {
    return switch (a.portal()) {
      case NUKEVIET -> "Ban Dân vận Tỉnh ủy " + a.province();
      case JOOMLA -> "Đảng bộ " + ArticleWriter.place(a.province());
      case LIFERAY -> "Cổng thông tin điện tử " + ArticleWriter.place(a.province());
      case NEWSPAPER -> "Báo " + a.province().replace("TP. ", "") + " điện tử";
    };
  }

  private static String author(SplittableRandom r) {
    String[] family = {"Minh", "Thu", "Hà", "Phương", "Tuấn", "Ngọc"};
    return family[r.nextInt(family.length)]
        + " "
        + new String[] {"Anh", "Hằng", "Lâm", "Trí", "Vy"}[r.nextInt(5)]
        + (r.nextBoolean() ? " (Ban Dân vận)" : "");
  }

  static String esc(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep =
          switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            default -> null;
          };
      if (rep != null && out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
      if (out != null) {
        if (rep != null) out.append(rep);
        else out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }
}
