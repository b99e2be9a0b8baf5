package vn.dva.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.dva.dedup.MinHasher;
import vn.dva.dedup.StoryLinker;
import vn.dva.extract.DirectiveCitation;
import vn.dva.extract.ExtractedDocument;
import vn.dva.extract.Provinces;
import vn.dva.extract.ReviewAnnouncement;
import vn.dva.search.Json;

/**
 * Writes {@link ExtractedDocument}s into a Lucene index on disk.
 *
 * <p>Each document is written with {@code updateDocument} by its id, so indexing the same document
 * twice leaves one copy. Nothing is visible to readers until {@link #commit()}; a crash between
 * commits leaves the index as of the last commit (Lucene commits are atomic). Not thread-safe for
 * {@link #close()} concurrently with {@link #add}; {@link #add} itself may be called from several
 * threads.
 */
public final class DocumentIndexer implements DocumentSink {

  /** Analyzed, stored, with offsets in the postings so the highlighter needs no re-analysis. */
  private static final FieldType TEXT_TYPE = new FieldType();

  static {
    TEXT_TYPE.setTokenized(true);
    TEXT_TYPE.setStored(true);
    TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_TYPE.freeze();
  }

  /**
   * The syllable-pair field only feeds an optional clause of term queries ({@code
   * SyllableShingleAnalyzer.pairsQuery}), never a phrase or a highlight, so positions would be
   * written for nothing: frequencies and norms are all BM25 reads.
   */
  private static final FieldType PAIRS_TYPE = new FieldType();

  static {
    PAIRS_TYPE.setTokenized(true);
    PAIRS_TYPE.setStored(false);
    PAIRS_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    PAIRS_TYPE.freeze();
  }

  private final IndexWriter writer;
  private final FacetsConfig facets = IndexSchema.facetsConfig();

  /** Ids added, replaced or deleted since the last commit: their stories are recomputed then. */
  private final Set<String> changed = ConcurrentHashMap.newKeySet();

  private final StoryLinker stories;

  private DocumentIndexer(IndexWriter writer, StoryLinker stories) {
    this.writer = writer;
    this.stories = stories;
  }

  /**
   * Opens (creating if needed) the index in {@code dir}. The directory is created when missing.
   *
   * @throws IOException also when {@code dir} holds an index written before dva sorted indexes by
   *     publication date ({@link IndexSchema#indexSort()}): Lucene cannot sort it in place, and the
   *     message says to delete it and index again
   */
  public static DocumentIndexer open(Path dir) throws IOException {
    return open(dir, IndexSchema.indexAnalyzer(), new StoryLinker());
  }

  /**
   * As {@link #open(Path)}, linking near-duplicates at each commit with {@code stories} (another
   * slice size; the stories found are the same).
   */
  public static DocumentIndexer open(Path dir, StoryLinker stories) throws IOException {
    return open(dir, IndexSchema.indexAnalyzer(), stories);
  }

  /** As {@link #open(Path)} with another analyzer; for tests that need a failing one. */
  static DocumentIndexer open(Path dir, Analyzer analyzer) throws IOException {
    return open(dir, analyzer, new StoryLinker());
  }

  private static DocumentIndexer open(Path dir, Analyzer analyzer, StoryLinker stories)
      throws IOException {
    Files.createDirectories(dir);
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    config.setCommitOnClose(false);
    config.setIndexSort(IndexSchema.indexSort());
    FSDirectory directory = FSDirectory.open(dir);
    try {
      return new DocumentIndexer(new IndexWriter(directory, config), stories);
    } catch (IllegalArgumentException e) {
      directory.close();
      if (!String.valueOf(e.getMessage()).contains("indexSort")) throw e;
      throw new IOException(
          "the index at "
              + dir
              + " was written by an older dva, before indexes were sorted by publication date,"
              + " and cannot be added to; rebuild it: delete "
              + dir
              + " and run 'dva index --index "
              + dir
              + " PATH…' again with all its sources ("
              + e.getMessage()
              + ")",
          e);
    }
  }

  /** Adds or replaces the document with {@code doc.id()}. */
  @Override
  public void add(ExtractedDocument doc) throws IOException {
    add(doc, List.of());
  }

  /**
   * Adds or replaces the document with {@code doc.id()}, recording other URLs that served the same
   * content (a crawl that met one article at two addresses keeps one document with both).
   */
  @Override
  public void add(ExtractedDocument doc, List<String> alternateUrls) throws IOException {
    Document lucene = toLucene(doc);
    for (String alt : alternateUrls) lucene.add(new StoredField(IndexSchema.ALTERNATE_URL, alt));
    writer.updateDocument(new Term(IndexSchema.ID, doc.id()), facets.build(lucene));
    changed.add(doc.id());
  }

  /** Deletes the document with {@code id}, if there is one; the rest of its story stays grouped. */
  public void delete(String id) throws IOException {
    writer.deleteDocuments(new Term(IndexSchema.ID, id));
    changed.add(id);
  }

  /**
   * Makes everything added so far durable and visible to newly opened readers, after giving the
   * pages changed since the last commit, and the near-duplicates they had or have, their story ids
   * ({@link StoryLinker}).
   */
  @Override
  public void commit() throws IOException {
    if (!changed.isEmpty()) {
      List<String> ids = new ArrayList<>(changed);
      changed.removeAll(ids);
      Directory dir = writer.getDirectory();
      try (DirectoryReader before =
          DirectoryReader.indexExists(dir) ? DirectoryReader.open(dir) : null) {
        stories.link(writer, before, ids);
      }
    }
    writer.commit();
  }

  /**
   * The error after which Lucene closed the writer for good (running out of memory inside {@code
   * addDocument}, a disk that failed), or null while it works. Documents added since the last
   * commit are lost then; open the index again to go on from that commit.
   */
  @Override
  public Throwable stopped() {
    return writer.getTragicException();
  }

  /** Number of documents in the index including uncommitted ones. */
  @Override
  public long documentCount() {
    return writer.getDocStats().numDocs;
  }

  /** Closes without committing: what was not committed is dropped, as after a crash. */
  @Override
  public void close() throws IOException {
    writer.rollback();
  }

  static Document toLucene(ExtractedDocument d) throws JsonProcessingException {
    Document doc = new Document();
    doc.add(new KeywordField(IndexSchema.ID, d.id(), Field.Store.YES));
    if (d.url() != null) doc.add(new StoredField(IndexSchema.URL, d.url()));
    doc.add(new Field(IndexSchema.TITLE, d.title(), TEXT_TYPE));
    doc.add(new Field(IndexSchema.TEXT, d.text(), TEXT_TYPE));
    doc.add(new Field(IndexSchema.TEXT_PAIRS, d.title() + "\n" + d.text(), PAIRS_TYPE));
    keyword(doc, IndexSchema.SOURCE, IndexSchema.FACET_SOURCE, d.source());
    keyword(doc, IndexSchema.FORMAT, IndexSchema.FACET_FORMAT, d.format());
    if (d.ocr()) doc.add(new StoredField(IndexSchema.TEXT_SOURCE, IndexSchema.TEXT_SOURCE_OCR));
    doc.add(new StringField(IndexSchema.KIND, d.kind(), Field.Store.YES));
    if (d.published() != null) {
      doc.add(new LongField(IndexSchema.PUBLISHED, d.published().toEpochDay(), Field.Store.NO));
      doc.add(new StoredField(IndexSchema.PUBLISHED_ISO, d.published().toString()));
      doc.add(
          new SortedSetDocValuesFacetField(
              IndexSchema.FACET_YEAR, Integer.toString(d.published().getYear())));
      doc.add(
          new SortedSetDocValuesFacetField(
              IndexSchema.FACET_MONTH, d.published().toString().substring(0, 7)));
    }
    if (d.province() != null) {
      keyword(doc, IndexSchema.PROVINCE, IndexSchema.FACET_PROVINCE, d.province());
      keyword(
          doc,
          IndexSchema.PROVINCE_NOW,
          IndexSchema.FACET_PROVINCE_NOW,
          Provinces.nowOf(d.province()));
    }
    Set<String> numbers = new LinkedHashSet<>();
    Set<String> types = new LinkedHashSet<>();
    Set<String> identities = new LinkedHashSet<>();
    for (DirectiveCitation c : d.citations()) {
      numbers.add(c.number());
      types.add(c.type());
      if (identities.add(c.identity())) {
        doc.add(new StringField(IndexSchema.DIRECTIVE_ID, c.identity(), Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_IDENTITY, c.identity()));
      }
    }
    for (String n : numbers) keyword(doc, IndexSchema.DIRECTIVE, IndexSchema.FACET_DIRECTIVE, n);
    for (String t : types) keyword(doc, IndexSchema.TYPE, IndexSchema.FACET_TYPE, t);
    for (ReviewAnnouncement r : d.reviews()) {
      doc.add(new StringField(IndexSchema.REVIEWED, r.number(), Field.Store.NO));
    }
    doc.add(new StoredField(IndexSchema.CITATIONS_JSON, Json.write(d.citations())));
    doc.add(new StoredField(IndexSchema.REVIEWS_JSON, Json.write(d.reviews())));
    doc.add(new StoredField(IndexSchema.RELATIONS_JSON, Json.write(d.relations())));
    StoryLinker.addFields(doc, d.id(), MinHasher.signature(d.text()));
    return doc;
  }

  private static void keyword(Document doc, String field, String facetDim, String value) {
    if (value == null || value.isBlank()) return;
    doc.add(new StringField(field, value, Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(facetDim, value));
  }
}
