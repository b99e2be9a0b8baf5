package vn.dva.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a citation says about the document it names besides the number and date: the issuing
 * body and the subject (trích yếu). "Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung
 * ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong
 * tình hình mới;" gives {@code Ban Chấp hành Trung ương Đảng} and "tăng cường … tình hình mới".
 *
 * <p>The body stands right after the number and date ("của …", "do …") or right before the type
 * name ("Tỉnh ủy đã ban hành Chỉ thị số …"). The subject starts at "về" after them and runs to
 * where the citation ends: a semicolon, a line break, a full stop, an ellipsis, the closing quote
 * of a quoted subject, or the next citation of a list (", Quyết định số 218-QĐ/TW …"); a directive
 * named inside the subject ("về tiếp tục thực hiện Nghị quyết số 25-NQ/TW …") ends it after its
 * number. A list of numbers ("217, 218-QĐ/TW … về …") shares the body but gets no subject, since
 * one subject cannot be the title of several documents. Stateless and thread-safe.
 */
final class CitationDetailReader {

  /** What one mention says; either part may be null. */
  record Detail(String issuedBy, String subject) {
    static final Detail NONE = new Detail(null, null);
  }

  /** The body after a number and where its subject starts (-1: none), before the end is known. */
  private record Head(String body, int subjectStart, boolean quoted) {}

  /** Longest subject accepted, in characters; a longer run without an end is not a subject. */
  static final int MAX_SUBJECT = 400;

  /** How far after the number the body or "về" may start. */
  private static final int HEAD = 160;

  private static final Pattern GAP = Pattern.compile("[\\s,(–\\-:]*");

  private static final Pattern DATE =
      Pattern.compile(
          "(?iu)(?:ngày\\s*)?(?:\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}\\s*[/.\\-]\\s*\\d{4}"
              + "|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s*,?\\s+năm\\s+\\d{4})\\s*\\)?");

  private static final Pattern TERM =
      Pattern.compile("(?iu)[\\s,]*\\(?\\s*kh(?:óa|oá)\\s+[IVXL]{1,6}\\s*\\)?[\\s,]*");

  private static final Pattern LEAD =
      Pattern.compile("(?iu)(?:của|do)(?![\\p{L}])\\s*|(?:đã\\s+|được\\s+)?ban hành\\s*");

  private static final Pattern ABOUT =
      Pattern.compile("(?u)[\\s,]*([“\"]?)\\s*[Vv]ề(?![\\p{L}])\\s*");

  private static final Pattern ISSUED_BEFORE =
      Pattern.compile(
          "(?iu)\\s+(?:đã\\s+|vừa\\s+|cũng\\s+)?(?:ký\\s+)?ban hành\\s+(?:các\\s+|bản\\s+)?$");

  private static final Pattern TYPE_BEFORE =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:"
              + String.join("|", DirectiveCodes.typeNames())
              + ")\\s*(?:số\\s*)?:?\\s*$");

  /** What joins two citations of one enumeration: the subject before it has ended. */
  private static final Pattern SEPARATOR =
      Pattern.compile("(?iu)(?:\\s*,\\s*(?:và|cùng)?|\\s+(?:và|hoặc|cùng)|\\s*-)\\s*$");

  /**
   * A full stop after a short capitalised ASCII word ("TP. Hồ Chí Minh", "ThS.") is an
   * abbreviation; after a syllable ("công tác cán bộ. Quy định") it ends the sentence.
   */
  private static final Pattern ABBREVIATION_DOT =
      Pattern.compile("(?:^|[\\s(])[A-Z][A-Za-z]{0,2}$");

  /**
   * A comma and a connective that opens a new clause ("…, trong đó đặt ra mục tiêu …"): the subject
   * ends at the comma.
   */
  private static final Pattern CLAUSE_AFTER_COMMA =
      Pattern.compile(
          "(?iu),\\s*(?:trong đó|theo đó|qua đó|từ đó|do đó|nhờ đó|đồng thời|với mục tiêu|nhằm"
              + "|góp phần|tạo|đã|đang|sẽ|nơi)(?![\\p{L}])"
              // the sentence's own verb: "Quy chế … về X được triển khai", "… về X và tổng kết …"
              + "|\\s(?:(?:đã|đang|sẽ|tiếp tục|vẫn|luôn|cũng)\\s+)?được\\s"
              + "|\\s(?:và|,)\\s*(?:sơ kết|tổng kết|triển khai|tổ chức|quán triệt)(?![\\p{L}])");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * Words that open a fronted clause: in "Thực hiện Nghị quyết … về Y, các cấp ủy đã …" the comma
   * closes the clause, and with it the subject.
   */
  private static final Pattern FRONTED =
      Pattern.compile(
          "(?iu)^[\\s\\p{Punct}“”]*(?:sau\\s+\\S+\\s+năm\\s+|qua\\s+\\S+\\s+năm\\s+)?"
              + "(?:tiếp tục\\s+)?(?:thực hiện|triển khai|quán triệt|theo|căn cứ|để|nhằm|qua|với|trên cơ sở"
              + "|học tập|thi hành)(?![\\p{L}])");

  private CitationDetailReader() {}

  /** One detail per mention, in the order of {@code mentions}. */
  static List<Detail> read(String text, List<DirectiveMention> mentions, String province) {
    Detail[] out = new Detail[mentions.size()];
    Arrays.fill(out, Detail.NONE);
    if (mentions.isEmpty()) return Arrays.asList(out);
    String folded = IssuingBodies.lowerWithNewTones(text);
    List<List<Integer>> groups = DirectiveGroups.of(mentions);
    int[] lead = new int[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      lead[g] = typeNameStart(text, mentions.get(groups.get(g).get(0)).groupStart());
    }
    for (int g = 0; g < groups.size(); g++) {
      List<Integer> group = groups.get(g);
      DirectiveMention first = mentions.get(group.get(0));
      int next = g + 1 < groups.size() ? lead[g + 1] : text.length();
      Head head = readHead(text, folded, first.groupEnd(), next, province);
      String body = head.body();
      if (body == null) body = bodyInside(text, folded, first, province);
      if (body == null) body = issuedBefore(text, folded, lead[g], province);
      String subject = null;
      if (head.subjectStart() >= 0 && group.size() == 1) {
        int[] span = subjectSpan(text, head, groups, g, lead, mentions);
        subject = span == null ? null : clean(text.substring(span[0], span[1]));
      }
      Detail d = body == null && subject == null ? Detail.NONE : new Detail(body, subject);
      for (int i : group) out[i] = d;
    }
    return Arrays.asList(out);
  }

  /** The body after the number (skipping its date and term) and where "về …" starts. */
  private static Head readHead(String text, String folded, int from, int next, String province) {
    int limit = Math.min(Math.min(text.length(), next), from + HEAD);
    int pos = skip(text, GAP, from, limit);
    pos = skip(text, DATE, pos, limit);
    pos = skip(text, TERM, pos, limit);
    String body = null;
    Matcher l = LEAD.matcher(text).region(pos, limit);
    int afterLead = pos;
    if (l.lookingAt()) afterLead = l.end();
    else if (text.substring(from, pos).indexOf(',') >= 0 && pos > from) {
      // "Báo cáo số 263-BC/TU ngày 20/12/2022, Ban Thường vụ Tỉnh ủy đã yêu cầu …": after a
      // comma, a body without "của" or "do" starts the next clause
      afterLead = -1;
    }
    IssuingBodies.Found found =
        afterLead >= 0 && afterLead < limit
            ? IssuingBodies.at(text, folded, afterLead, province)
            : null;
    if (found != null && found.end() <= limit) {
      body = found.name();
      pos = found.end();
      pos = skip(text, TERM, pos, limit);
      pos = skip(text, GAP, pos, limit);
      pos = skip(text, LEAD, pos, limit); // "… của Tỉnh ủy ban hành ngày …"
      pos = skip(text, DATE, pos, limit);
    }
    Matcher about = ABOUT.matcher(text).region(pos, limit);
    if (!about.lookingAt()) return new Head(body, -1, false);
    return new Head(body, about.end(), !about.group(1).isEmpty());
  }

  /** Where the subject whose start {@link #readHead} found ends, or null when it never does. */
  private static int[] subjectSpan(
      String text,
      Head head,
      List<List<Integer>> groups,
      int g,
      int[] lead,
      List<DirectiveMention> mentions) {
    boolean quoted = head.quoted();
    int start = head.subjectStart();
    if (start < text.length() && (text.charAt(start) == '“' || text.charAt(start) == '"')) {
      quoted = true;
      start++;
    }
    int end = quoted ? closingQuote(text, start) : plainEnd(text, start);
    if (end < 0) return null;
    if (!quoted) {
      Matcher clause = CLAUSE_AFTER_COMMA.matcher(text).region(start, end);
      if (clause.find()) end = clause.start();
    }
    if (!quoted && fronted(text, lead[g])) {
      int comma = text.indexOf(',', start);
      if (comma >= 0 && comma < end) end = comma;
    }
    for (int h = g + 1; h < groups.size() && lead[h] < end; h++) {
      if (lead[h] < start) continue;
      Matcher sep = SEPARATOR.matcher(text).region(start, lead[h]);
      if (sep.find() && sep.end() == lead[h] && sep.start() > start) {
        end = sep.start();
      } else {
        List<Integer> inner = groups.get(h);
        end = mentions.get(inner.get(inner.size() - 1)).groupEnd();
      }
      break;
    }
    return new int[] {start, end};
  }

  /** Whether the sentence holding the citation that starts at {@code lead} opens with a clause. */
  private static boolean fronted(String text, int lead) {
    int from = lead;
    while (from > 0 && from > lead - 200) {
      char c = text.charAt(from - 1);
      if (c == '.' || c == ';' || c == '\n' || c == ':' || c == '!' || c == '?') break;
      from--;
    }
    return FRONTED.matcher(text.substring(from, lead)).lookingAt();
  }

  private static int closingQuote(String text, int start) {
    int limit = Math.min(text.length(), start + MAX_SUBJECT);
    for (int i = start; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '”' || c == '"') return i;
      if (c == '\n') return -1;
    }
    return -1;
  }

  private static int plainEnd(String text, int start) {
    int limit = Math.min(text.length(), start + MAX_SUBJECT);
    int quotes = 0;
    int parens = 0;
    for (int i = start; i < limit; i++) {
      char c = text.charAt(i);
      switch (c) {
        case ';', '\n', '…', '\r', ':' -> {
          return i;
        }
        case '“' -> quotes++;
        case '”' -> {
          if (quotes == 0) return i;
          quotes--;
        }
        case '(' -> parens++;
        case ')' -> {
          if (parens == 0) return i;
          parens--;
        }
        case '.' -> {
          boolean last = i + 1 >= text.length();
          if (last || text.startsWith("..", i)) return i;
          if (Character.isWhitespace(text.charAt(i + 1))
              && !ABBREVIATION_DOT.matcher(text.substring(Math.max(start, i - 4), i)).find()) {
            return i;
          }
        }
        default -> {}
      }
    }
    return limit == text.length() ? limit : -1;
  }

  /** "Chỉ thị 05 của Bộ Chính trị": the body inside a mention of the bare form, or null. */
  private static String bodyInside(
      String text, String folded, DirectiveMention m, String province) {
    int of = folded.indexOf(" của ", m.start());
    if (of < 0 || of >= m.groupEnd()) return null;
    IssuingBodies.Found f = IssuingBodies.at(text, folded, of + 5, province);
    return f == null ? null : f.name();
  }

  /** "Tỉnh ủy đã ban hành Chỉ thị số …": the body written before the type name, or null. */
  private static String issuedBefore(String text, String folded, int lead, String province) {
    int from = Math.max(0, lead - 90);
    Matcher m = ISSUED_BEFORE.matcher(text).region(from, lead);
    if (!m.find()) return null;
    int bodyEnd = m.start();
    for (int s = Math.max(0, bodyEnd - 60); s < bodyEnd; s++) {
      if (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) continue;
      IssuingBodies.Found f = IssuingBodies.at(text, folded, s, province);
      if (f != null && f.end() == bodyEnd) return f.name();
    }
    return null;
  }

  /** Start of "Chỉ thị số" before a number, or the number's own start. */
  private static int typeNameStart(String text, int numberStart) {
    int from = Math.max(0, numberStart - 40);
    Matcher m = TYPE_BEFORE.matcher(text).region(from, numberStart);
    return m.find() ? m.start() : numberStart;
  }

  private static int skip(String text, Pattern p, int pos, int limit) {
    if (pos >= limit) return pos;
    Matcher m = p.matcher(text).region(pos, limit);
    return m.lookingAt() ? m.end() : pos;
  }

  /** The subject as shown: one space between words, no quotes or trailing commas; null if short. */
  static String clean(String raw) {
    String s = SPACES.matcher(raw).replaceAll(" ").strip();
    s = s.replaceAll("[\\s,:–\\-]+$", "");
    // outer quotes go, quotes of a name inside the subject ("phục hồi “giáo hội …”") stay
    while (!s.isEmpty() && s.charAt(0) == '“' && count(s, '“') > count(s, '”')) s = s.substring(1);
    while (!s.isEmpty() && s.endsWith("”") && count(s, '”') > count(s, '“')) {
      s = s.substring(0, s.length() - 1);
    }
    s = s.replaceAll("^[\"'\\s]+|[\"'\\s,:–\\-]+$", "");
    if (s.endsWith("...")) s = s.substring(0, s.length() - 3).strip();
    long words = s.isEmpty() ? 0 : s.split(" ").length;
    if (words < 2 || words > 80) return null;
    return s;
  }

  private static long count(String s, char c) {
    return s.chars().filter(x -> x == c).count();
  }

  /** Every subject of the text's mentions, for tests. */
  static List<String> subjects(String text, String province) {
    List<String> out = new ArrayList<>();
    for (Detail d : read(text, DirectiveExtractor.mentions(text), province)) {
      if (d.subject() != null) out.add(d.subject());
    }
    return out;
  }
}
