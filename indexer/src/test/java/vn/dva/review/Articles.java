package vn.dva.review;

import java.time.LocalDate;
import vn.dva.extract.DirectiveExtraction;
import vn.dva.extract.DirectiveExtractor;

/** Test articles made from a sentence, read by the real extractor. */
final class Articles {

  private Articles() {}

  static CitingArticle of(String id, LocalDate published, String province, String text) {
    DirectiveExtraction x = DirectiveExtractor.extract(text, province);
    return new CitingArticle(
        id,
        "Bài " + id,
        "https://example.vn/" + id,
        published,
        province,
        x.citations(),
        x.reviews(),
        x.relations());
  }
}
