package vn.dva.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.dva.extract.DocumentExtractor;
import vn.dva.extract.ExtractedDocument;

/**
 * The labelled set for near-duplicate detection, built from the bundled corpus and hand-written
 * pairs.
 *
 * <p>Positives, for each corpus article: a verbatim copy under another title and address; the copy
 * with its lead cut (the first paragraph, or the first two sentences of a one-paragraph text); the
 * copy with a photo caption before and a site footer after; and all of it together, re-typed with
 * the old tone placement ({@code hoà}, {@code thuỷ}). Negatives: every two different corpus
 * articles (many on the same campaigns, directives and provinces), and eight pairs written for this
 * set that report one event in different words ({@code same-event-pairs.txt}).
 */
final class LabelledPairs {

  /** One text to index: its id, title and main text. */
  record Item(String id, String title, String text) {}

  /** Two items and whether they are one story; {@code kind} says how the pair was made. */
  record Pair(String kind, String a, String b, boolean same) {}

  final List<Item> items = new ArrayList<>();
  final List<Pair> pairs = new ArrayList<>();

  static final String CAPTION = "Quang cảnh hội nghị. (Ảnh: Phóng viên) ";

  static final String FOOTER =
      "\n\nTin, ảnh: Cộng tác viên. Nguồn: Báo điện tử tỉnh. Bản quyền thuộc về cơ quan chủ quản. "
          + "Ghi rõ nguồn khi phát hành lại thông tin từ trang này. Chia sẻ bài viết: Facebook, Zalo. "
          + "Tin liên quan: Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ mười; Tăng cường công tác "
          + "phòng chống thiên tai năm nay; Lễ khai giảng năm học mới tại các trường vùng cao.";

  static LabelledPairs build(Path corpusPages) throws Exception {
    LabelledPairs set = new LabelledPairs();
    DocumentExtractor extractor = new DocumentExtractor();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpusPages)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(DocumentExtractor::supports)
              .filter(f -> !f.getFileName().toString().equalsIgnoreCase("README.md"))
              .sorted()
              .toList();
    }
    List<String> originals = new ArrayList<>();
    for (Path f : files) {
      ExtractedDocument d = extractor.extract(f);
      if (MinHasher.signature(d.text()) == null) continue; // too short to call copies
      String id = "corpus/" + corpusPages.relativize(f);
      String text = d.text();
      set.items.add(new Item(id, d.title(), text));
      originals.add(id);
      set.variant(id, "verbatim, changed title", "Đăng lại: " + d.title(), text);
      set.variant(id, "cut lead", d.title(), cutLead(text));
      set.variant(id, "caption and footer", d.title(), CAPTION + text + FOOTER);
      set.variant(
          id,
          "cut lead, footer, old tone marks",
          d.title() + " (tin tổng hợp)",
          oldTonePlacement(cutLead(text)) + FOOTER);
    }
    for (int i = 0; i < originals.size(); i++)
      for (int j = i + 1; j < originals.size(); j++)
        set.pairs.add(
            new Pair("different corpus articles", originals.get(i), originals.get(j), false));
    set.sameEventPairs();
    return set;
  }

  private void variant(String original, String kind, String title, String text) {
    String id = original + "#" + kind.replaceAll("[^a-z]+", "-");
    items.add(new Item(id, title, text));
    pairs.add(new Pair(kind, original, id, true));
  }

  /** Drops the first paragraph, or the first two sentences of a text of one paragraph. */
  static String cutLead(String text) {
    String[] paragraphs = text.strip().split("\\n\\s*\\n|\\n");
    if (paragraphs.length > 2) {
      return String.join("\n", java.util.Arrays.copyOfRange(paragraphs, 1, paragraphs.length));
    }
    String[] sentences = text.strip().split("(?<=[.!?])\\s+");
    if (sentences.length <= 3) return text;
    return String.join(" ", java.util.Arrays.copyOfRange(sentences, 2, sentences.length));
  }

  /** The same text with the old tone placement on oa, oe, uy (hòa → hoà, thủy → thuỷ). */
  static String oldTonePlacement(String text) {
    String[][] swaps = {
      {"òa", "oà"}, {"óa", "oá"}, {"ỏa", "oả"}, {"õa", "oã"}, {"ọa", "oạ"},
      {"òe", "oè"}, {"óe", "oé"}, {"ỏe", "oẻ"}, {"õe", "oẽ"}, {"ọe", "oẹ"},
      {"ùy", "uỳ"}, {"úy", "uý"}, {"ủy", "uỷ"}, {"ũy", "uỹ"}, {"ụy", "uỵ"}
    };
    String out = text;
    for (String[] s : swaps) out = out.replace(s[0], s[1]);
    return out;
  }

  private void sameEventPairs() throws IOException {
    String all;
    try (InputStream in = LabelledPairs.class.getResourceAsStream("same-event-pairs.txt")) {
      all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String name = null;
    String side = null;
    StringBuilder text = new StringBuilder();
    List<String[]> texts = new ArrayList<>();
    for (String line : (all + "\n=== end").lines().toList()) {
      if (line.startsWith("#")) continue;
      if (line.startsWith("=== ") || line.startsWith("--- ")) {
        if (side != null) texts.add(new String[] {name + "/" + side, text.toString().strip()});
        text.setLength(0);
        side = null;
        if (line.startsWith("=== ")) name = line.substring(4).strip();
        else side = line.substring(4).strip();
        continue;
      }
      text.append(line).append('\n');
    }
    for (int i = 0; i + 1 < texts.size(); i += 2) {
      String[] a = texts.get(i);
      String[] b = texts.get(i + 1);
      items.add(new Item("same-event/" + a[0], a[0], a[1]));
      items.add(new Item("same-event/" + b[0], b[0], b[1]));
      pairs.add(
          new Pair(
              "same event, different story", "same-event/" + a[0], "same-event/" + b[0], false));
    }
  }
}
