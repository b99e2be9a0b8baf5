package vn.dva.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.extract.DirectiveExtraction;
import vn.dva.extract.DirectiveExtractor;
import vn.dva.extract.ExtractedDocument;
import vn.dva.index.DocumentIndexer;
import vn.dva.index.IndexSchema;

/**
 * Articles are read from the stored fields they are made of, without the stored text: the same
 * articles as from whole documents; and an index written before relations were stored still has
 * them, read again from its text.
 */
class IndexArticlesTest {

  private static final String TEXT =
      "Quy định số 124-QĐ/TW ngày 03/12/2024 thay thế Quy định số 47-QĐ/TW ngày 01/11/2011."
          + " Sơ kết 05 năm thực hiện Chỉ thị số 19-CT/TW ngày 10/01/2018 của Ban Bí thư.";

  @Test
  void readsTheSameArticlesAsWholeDocuments(@TempDir Path dir) throws Exception {
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      for (int i = 0; i < 5; i++) {
        String text = TEXT + " Bài " + i + " về công tác dân vận.";
        DirectiveExtraction found = DirectiveExtractor.extract(text, "Sơn La");
        indexer.add(
            new ExtractedDocument(
                "p" + i,
                "https://example.vn/p" + i,
                "Tin " + i,
                LocalDate.of(2024, 5, 1 + i),
                "Sơn La",
                "example.vn",
                "html",
                text,
                found.citations(),
                found.reviews(),
                found.relations(),
                "article"));
      }
      indexer.commit();
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      List<CitingArticle> read = IndexArticles.read(reader);
      StoredFields stored = reader.storedFields();
      List<CitingArticle> whole = new ArrayList<>();
      for (int i = 0; i < reader.maxDoc(); i++) {
        whole.add(IndexArticles.article(stored.document(i)));
      }
      assertThat(read).hasSize(5);
      assertThat(read.get(0).citations()).isNotEmpty();
      assertThat(read.get(0).relations()).isNotEmpty();
      assertThat(read)
          .extracting(CitingArticle::published)
          .containsExactlyInAnyOrder(
              LocalDate.of(2024, 5, 1),
              LocalDate.of(2024, 5, 2),
              LocalDate.of(2024, 5, 3),
              LocalDate.of(2024, 5, 4),
              LocalDate.of(2024, 5, 5));
      assertThat(read)
          .usingRecursiveFieldByFieldElementComparatorIgnoringFields("story")
          .isEqualTo(whole);
    }
  }

  @Test
  void anIndexWithoutStoredRelationsHasThemReadFromItsText(@TempDir Path dir) throws Exception {
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(d, new IndexWriterConfig())) {
      Document doc = new Document();
      doc.add(new StringField(IndexSchema.ID, "old-1", Field.Store.YES));
      doc.add(new StoredField(IndexSchema.TITLE, "Bài cũ"));
      doc.add(new StoredField(IndexSchema.TEXT, TEXT));
      writer.addDocument(doc);
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      List<CitingArticle> read = IndexArticles.read(reader);
      assertThat(read).hasSize(1);
      assertThat(read.get(0).title()).isEqualTo("Bài cũ");
      assertThat(read.get(0).relations())
          .isEqualTo(DirectiveExtractor.extract(TEXT, null).relations())
          .isNotEmpty();
    }
  }
}
