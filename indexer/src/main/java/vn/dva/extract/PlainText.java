package vn.dva.extract;

import java.time.LocalDate;

/**
 * Plain-text documents: the title is the first meaningful line, the date a short date line among
 * the first lines, the text everything (NFC, whitespace collapsed, blank lines dropped). Stateless
 * and thread-safe.
 */
final class PlainText {

  /** How many leading lines may hold the date ("Thứ năm - 19/01/2023 10:20"). */
  private static final int DATE_LINES = 5;

  private PlainText() {}

  /** Title, date and text of an already decoded text document. */
  static ExtractedParts extract(String decoded) {
    String text = TikaExtractor.lines(decoded);
    String[] lines = text.split("\n");
    String title = firstMeaningfulLine(text);
    LocalDate published = null;
    for (int i = 0; i < lines.length && i < DATE_LINES && published == null; i++) {
      String line = lines[i];
      if (line.length() <= 80 && line.codePoints().filter(Character::isLetter).count() < 30) {
        published = VietnameseDates.parse(line);
      }
    }
    return ExtractedParts.of(title, published, text);
  }

  /**
   * The first line with at least three letters that is not furniture ("Skip to main content"), or
   * null when there is none.
   */
  static String firstMeaningfulLine(String text) {
    if (text == null) return null;
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.codePoints().filter(Character::isLetter).count() >= 3
          && !PortalFurniture.isFurnitureLine(l)
          && (VietnameseDates.parse(l) == null || l.length() > 80)) {
        return l;
      }
    }
    return null;
  }
}
