package vn.dva.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import vn.dva.dedup.StoryLinker;
import vn.dva.extract.DirectiveCitation;
import vn.dva.extract.DirectiveExtractor;
import vn.dva.extract.DirectiveRelation;
import vn.dva.extract.ReviewAnnouncement;
import vn.dva.index.IndexSchema;
import vn.dva.search.Json;

/**
 * Reads the articles of a Lucene index written by {@code vn.dva.index.DocumentIndexer} back into
 * {@link CitingArticle}s: stored id, title, url, date, province and the JSON of citations, reviews
 * and relations. An index written before relations were stored has them read again from the stored
 * text.
 */
public final class IndexArticles {

  private static final TypeReference<List<DirectiveCitation>> CITATIONS = new TypeReference<>() {};
  private static final TypeReference<List<ReviewAnnouncement>> REVIEWS = new TypeReference<>() {};
  private static final TypeReference<List<DirectiveRelation>> RELATIONS = new TypeReference<>() {};

  /**
   * The stored fields an article is made of (here and in a cluster's documents): not the text,
   * which is most of a stored document (a million bench pages were read in 52.6 s with it, most of
   * it spent decoding texts never kept).
   */
  public static final Set<String> FIELDS =
      Set.of(
          IndexSchema.ID,
          IndexSchema.TITLE,
          IndexSchema.URL,
          IndexSchema.PUBLISHED_ISO,
          IndexSchema.PROVINCE,
          IndexSchema.CITATIONS_JSON,
          IndexSchema.REVIEWS_JSON,
          IndexSchema.RELATIONS_JSON);

  private IndexArticles() {}

  /**
   * Every live article of the index in {@code indexDir}.
   *
   * @throws IllegalArgumentException when {@code indexDir} holds no index (the message names it)
   */
  public static List<CitingArticle> read(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) throw new IllegalArgumentException("no index at " + indexDir);
    try (FSDirectory dir = FSDirectory.open(indexDir)) {
      if (!DirectoryReader.indexExists(dir))
        throw new IllegalArgumentException("no index at " + indexDir);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        return read(reader);
      }
    }
  }

  /** Every live article of an open index; the reader stays open. */
  public static List<CitingArticle> read(IndexReader reader) throws IOException {
    List<CitingArticle> out = new ArrayList<>(reader.numDocs());
    Bits live = MultiBits.getLiveDocs(reader);
    StoredFields stored = reader.storedFields();
    NumericDocValues stories = MultiDocValues.getNumericValues(reader, IndexSchema.STORY);
    for (int i = 0; i < reader.maxDoc(); i++) {
      if (live != null && !live.get(i)) continue;
      String story =
          stories != null && stories.advanceExact(i)
              ? StoryLinker.format(stories.longValue())
              : null;
      DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(FIELDS);
      stored.document(i, visitor);
      Document doc = visitor.getDocument();
      // an index written before relations were stored: they are read again from the text
      if (doc.get(IndexSchema.RELATIONS_JSON) == null) doc = stored.document(i);
      out.add(article(doc, story));
    }
    return out;
  }

  /** One article from the stored fields of a document (as written by DocumentIndexer). */
  public static CitingArticle article(Document doc) throws IOException {
    return article(doc, null);
  }

  /** The article of a stored document whose story id is {@code story} (null when unknown). */
  public static CitingArticle article(Document doc, String story) throws IOException {
    String id = doc.get(IndexSchema.ID);
    String province = doc.get(IndexSchema.PROVINCE);
    List<DirectiveRelation> relations;
    String relationsJson = doc.get(IndexSchema.RELATIONS_JSON);
    if (relationsJson != null) {
      relations = json(relationsJson, RELATIONS, id);
    } else {
      String text = doc.get(IndexSchema.TEXT);
      relations = DirectiveExtractor.extract(text, province).relations();
    }
    return new CitingArticle(
        id,
        doc.get(IndexSchema.TITLE),
        doc.get(IndexSchema.URL),
        date(doc.get(IndexSchema.PUBLISHED_ISO)),
        province,
        json(doc.get(IndexSchema.CITATIONS_JSON), CITATIONS, id),
        json(doc.get(IndexSchema.REVIEWS_JSON), REVIEWS, id),
        relations,
        story);
  }

  private static <T> List<T> json(String json, TypeReference<List<T>> type, String id)
      throws IOException {
    if (json == null) return List.of();
    try {
      return Json.read(json, type);
    } catch (JsonProcessingException e) {
      throw new IOException(
          "stored directive JSON of " + id + " is not valid: " + e.getOriginalMessage(), e);
    }
  }

  private static LocalDate date(String iso) {
    if (iso == null) return null;
    try {
      return LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
