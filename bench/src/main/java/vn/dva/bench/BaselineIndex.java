package vn.dva.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import vn.dva.extract.ExtractedDocument;

/**
 * The baseline: the same extracted text in a bare Lucene index with {@link StandardAnalyzer}, as a
 * developer would write it in an afternoon. Title and text are stored {@link TextField}s, the id a
 * keyword; only what the mixed query set filters and sorts on is added besides (province, year and
 * directive types as exact terms, the date as a {@link LongField}). No facets, no offsets, no
 * folding, no directive fields. Same RAM buffer and update-by-id as {@code DocumentIndexer}. {@link
 * #add} may be called from several threads (the benchmark gives it as many as the dva pipeline);
 * {@link #close()} not concurrently with it.
 */
final class BaselineIndex implements Closeable {

  static final String ID = "id";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String PROVINCE = "province";
  static final String YEAR = "year";
  static final String PUBLISHED = "published";
  static final String TYPE = "type";

  private final IndexWriter writer;

  private BaselineIndex(IndexWriter writer) {
    this.writer = writer;
  }

  /** Opens or creates the baseline index in {@code dir}. */
  static BaselineIndex open(Path dir) throws IOException {
    Files.createDirectories(dir);
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    config.setCommitOnClose(false);
    return new BaselineIndex(new IndexWriter(FSDirectory.open(dir), config));
  }

  void add(ExtractedDocument d) throws IOException {
    Document doc = new Document();
    doc.add(new KeywordField(ID, d.id(), Field.Store.YES));
    doc.add(new TextField(TITLE, d.title(), Field.Store.YES));
    doc.add(new TextField(TEXT, d.text(), Field.Store.YES));
    if (d.province() != null) doc.add(new StringField(PROVINCE, d.province(), Field.Store.NO));
    if (d.published() != null) {
      doc.add(new StringField(YEAR, Integer.toString(d.published().getYear()), Field.Store.NO));
      doc.add(new LongField(PUBLISHED, d.published().toEpochDay(), Field.Store.NO));
    }
    d.citations().stream()
        .map(c -> c.type())
        .distinct()
        .forEach(t -> doc.add(new StringField(TYPE, t, Field.Store.NO)));
    writer.updateDocument(new Term(ID, d.id()), doc);
  }

  void commit() throws IOException {
    writer.commit();
  }

  /** Closes without committing, as {@code DocumentIndexer} does: running merges are abandoned. */
  @Override
  public void close() throws IOException {
    writer.rollback();
  }
}
