package vn.dva.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.dva.extract.Provinces;

/**
 * Writes the text of one synthetic article from a random source: title, paragraphs and directive
 * citations at the rates described in {@link CorpusGenerator}. Not thread-safe (owns its random);
 * make one per article.
 */
final class ArticleWriter {

  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter D_M_Y = DateTimeFormatter.ofPattern("d/M/yyyy");

  private final SplittableRandom random;
  private final String province;
  private final LocalDate date;
  private final Map<String, SyntheticArticle.Citation> citations = new LinkedHashMap<>();
  private final List<String> stateDocuments = new ArrayList<>();

  ArticleWriter(SplittableRandom random, String province, LocalDate date) {
    this.random = random;
    this.province = province;
    this.date = date;
  }

  List<SyntheticArticle.Citation> citations() {
    return List.copyOf(citations.values());
  }

  List<String> stateDocuments() {
    return List.copyOf(stateDocuments);
  }

  /** A headline; about 70% name the province, as provincial portals and newspapers do. */
  String title() {
    String head = fill(pick(Vocabulary.TITLE_HEADS));
    int shape = random.nextInt(10);
    if (shape < 5) return province + ": " + head;
    if (shape < 7) return head + " tại " + place(province);
    return head;
  }

  /**
   * Body paragraphs: an opening that names the province, then a mix of generic, result, quotation
   * and citation sentences. Length follows the genre: mostly 300–900 words, a long tail to ~3,000.
   */
  List<String> paragraphs() {
    int count = 3 + (int) Math.min(30, Math.round(-Math.log(1 - random.nextDouble()) * 5));
    int directives = directiveCount();
    List<String> out = new ArrayList<>(count);
    out.add(opening());
    for (int i = 1; i < count; i++) {
      StringBuilder p = new StringBuilder();
      int sentences = 2 + random.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) p.append(' ');
        int kind = random.nextInt(12);
        if (directives > 0 && (kind < 3 || i == count - 1)) {
          p.append(citationSentence());
          directives--;
        } else if (kind < 6) {
          p.append(fill(pick(Vocabulary.RESULTS)));
        } else if (kind == 6) {
          p.append(quoteSentence());
        } else {
          p.append(genericSentence());
        }
      }
      out.add(p.toString());
    }
    while (directives-- > 0) out.add(citationSentence());
    out.add(
        "Hội nghị đã thống nhất các giải pháp trọng tâm để "
            + pick(Vocabulary.VERBS)
            + " "
            + pick(Vocabulary.OBJECTS)
            + " tại "
            + place(province)
            + " trong thời gian tới.");
    return out;
  }

  /** A newspaper's lead sentence. */
  String lead() {
    return "("
        + shortName()
        + ") - "
        + capitalize(pick(Vocabulary.ACTORS))
        + " "
        + province
        + " "
        + pick(Vocabulary.VERBS)
        + " "
        + pick(Vocabulary.OBJECTS)
        + ".";
  }

  /** How many Party directives an article cites: 35% none, 30% one, 20% two, 15% three to five. */
  private int directiveCount() {
    int r = random.nextInt(100);
    if (r < 35) return 0;
    if (r < 65) return 1;
    if (r < 85) return 2;
    return 3 + random.nextInt(3);
  }

  private String opening() {
    return "Ngày "
        + date.getDayOfMonth()
        + "/"
        + date.getMonthValue()
        + ", "
        + pick(Vocabulary.ACTORS)
        + " "
        + province
        + " "
        + pick(Vocabulary.VERBS)
        + " "
        + pick(Vocabulary.OBJECTS)
        + " "
        + fill(pick(Vocabulary.ADVERBIALS))
        + ". Tham dự có đại diện lãnh đạo các sở, ban, ngành, đoàn thể "
        + "của "
        + place(province)
        + " và "
        + (20 + random.nextInt(300))
        + " đại biểu đến từ "
        + commune()
        + ".";
  }

  private String genericSentence() {
    String s =
        capitalize(pick(Vocabulary.ACTORS))
            + " "
            + pick(Vocabulary.VERBS)
            + " "
            + pick(Vocabulary.OBJECTS)
            + " "
            + fill(pick(Vocabulary.ADVERBIALS));
    if (random.nextInt(4) == 0) s += ", nhất là tại " + commune();
    if (random.nextInt(20) == 0) s += ", thực hiện Nghị định số " + stateDocument();
    return s + ".";
  }

  private String quoteSentence() {
    return "Phát biểu tại hội nghị, đồng chí "
        + person()
        + ", "
        + pick(Vocabulary.POSTS)
        + ", nhấn mạnh: \""
        + capitalize(pick(Vocabulary.QUOTES))
        + "\".";
  }

  /** One citation, first mention dated in 85% of cases, at realistic spellings. */
  private String citationSentence() {
    boolean central = random.nextInt(100) < 45;
    String number;
    String name;
    LocalDate issued;
    String tail;
    if (central) {
      String[] doc = pick(Vocabulary.CENTRAL);
      number = doc[0];
      issued = LocalDate.parse(doc[1]);
      name = doc[2];
      tail = "của Ban Chấp hành Trung ương Đảng " + doc[3];
      if (issued.isAfter(date)) {
        number = "25-NQ/TW";
        issued = LocalDate.of(2013, 6, 3);
        name = "Nghị quyết";
        tail = "của Ban Chấp hành Trung ương Đảng (khóa XI) về công tác dân vận";
      }
    } else {
      String[] type = pick(Vocabulary.LOCAL_TYPES);
      int n = 1 + random.nextInt(random.nextInt(4) == 0 ? 400 : 60);
      number = (n < 10 ? "0" + n : Integer.toString(n)) + "-" + type[0] + "/" + type[2];
      long back = 10 + random.nextInt(365 * 8);
      issued = date.minusDays(back);
      name = type[1];
      tail =
          switch (type[2]) {
                case "BDVTU" -> "của Ban Dân vận Tỉnh ủy";
                case "HU" -> "của Ban Thường vụ Huyện ủy";
                default -> "của Ban Thường vụ Tỉnh ủy";
              }
              + " về "
              + pick(Vocabulary.OBJECTS);
    }
    SyntheticArticle.Citation known = citations.get(number);
    if (known != null) {
      return "Các cấp ủy tiếp tục quán triệt "
          + name.toLowerCase(java.util.Locale.ROOT)
          + " số "
          + number
          + ", gắn với "
          + pick(Vocabulary.OBJECTS)
          + ".";
    }
    boolean dated = random.nextInt(100) < 85;
    citations.put(number, new SyntheticArticle.Citation(number, dated ? issued : null));
    String written = random.nextInt(50) == 0 ? number.replace("-", "- ") : number;
    String when =
        !dated
            ? " "
            : random.nextBoolean()
                ? ", ngày " + issued.format(DMY) + " "
                : " ngày " + issued.format(D_M_Y) + " ";
    String opening =
        switch (random.nextInt(4)) {
          case 0 -> "Thực hiện ";
          case 1 -> "Triển khai ";
          case 2 ->
              "Qua "
                  + (random.nextBoolean() ? "sơ kết" : "tổng kết")
                  + " "
                  + (5 * (1 + random.nextInt(3)))
                  + " năm thực hiện ";
          default -> "Quán triệt ";
        };
    return opening
        + name
        + " số "
        + written
        + when
        + tail
        + ", "
        + pick(Vocabulary.ACTORS)
        + " "
        + pick(Vocabulary.VERBS)
        + " "
        + pick(Vocabulary.OBJECTS)
        + ".";
  }

  private String stateDocument() {
    int year = Math.max(2008, date.getYear() - random.nextInt(6));
    String number = (1 + random.nextInt(180)) + "/" + year + "/NĐ-CP";
    stateDocuments.add(number);
    return number;
  }

  String person() {
    return pick(Vocabulary.FAMILY) + " " + pick(Vocabulary.MIDDLE) + " " + pick(Vocabulary.GIVEN);
  }

  /** A commune name made of two syllables that never spell a province. */
  private String commune() {
    while (true) {
      String name = pick(Vocabulary.PLACE) + " " + pick(Vocabulary.PLACE);
      if (Provinces.canonical(name).isEmpty() && !name.contains("Huế")) return "xã " + name;
    }
  }

  private String shortName() {
    StringBuilder s = new StringBuilder();
    for (String w : province.replace("TP. ", "").split(" "))
      s.append(Character.toUpperCase(stripMarks(w.charAt(0))));
    return s.toString();
  }

  static String place(String province) {
    return isCity(province) ? "thành phố " + province.replace("TP. ", "") : "tỉnh " + province;
  }

  static boolean isCity(String province) {
    return switch (province) {
      case "Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "TP. Hồ Chí Minh", "Huế" -> true;
      default -> false;
    };
  }

  private String fill(String template) {
    int y = date.getYear();
    return template
        .replace("{y0}", Integer.toString(y - 5))
        .replace("{y}", Integer.toString(y))
        .replace(
            "{q}",
            switch (1 + (date.getMonthValue() - 1) / 3) {
              case 1 -> "I";
              case 2 -> "II";
              case 3 -> "III";
              default -> "IV";
            })
        .replace("{n}", Integer.toString(2 + random.nextInt(random.nextBoolean() ? 50 : 3000)))
        .replace("{m}", Integer.toString(1 + random.nextInt(200)))
        .replace("{pc}", (50 + random.nextInt(50)) + "," + random.nextInt(10));
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static char stripMarks(char c) {
    if (c == 'Đ' || c == 'đ') return 'D';
    String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
    return d.charAt(0);
  }

  static String timeOfDay(LocalDateTime t) {
    return String.format("%02d:%02d", t.getHour(), t.getMinute());
  }
}
