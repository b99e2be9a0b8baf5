package vn.dva.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/** A throw-away in-memory index of short texts, searched with the classic query parser. */
final class SearchFixture {

  private SearchFixture() {}

  /**
   * Indexes {@code docs} with {@code indexing}, parses {@code query} with {@code querying} (AND,
   * whole query analysed at once, as the search service does) and returns the matching texts, best
   * first.
   */
  static List<String> search(Analyzer indexing, Analyzer querying, String query, String... docs) {
    return search(indexing, querying, false, query, docs);
  }

  /** As above; {@code split} parses word by word, as a query parser splitting on whitespace. */
  static List<String> search(
      Analyzer indexing, Analyzer querying, boolean split, String query, String... docs) {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(indexing))) {
        for (String text : docs) {
          Document d = new Document();
          d.add(new StringField("id", text, Field.Store.YES));
          d.add(new TextField("text", text, Field.Store.NO));
          w.addDocument(d);
        }
      }
      QueryParser parser = new QueryParser("text", querying);
      parser.setDefaultOperator(QueryParser.Operator.AND);
      parser.setSplitOnWhitespace(split);
      Query q = parser.parse(query);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> ids = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(q, 10).scoreDocs)
          ids.add(searcher.storedFields().document(sd.doc).get("id"));
        return ids;
      }
    } catch (IOException | ParseException e) {
      throw new IllegalStateException("search for " + query + " failed", e);
    }
  }
}
