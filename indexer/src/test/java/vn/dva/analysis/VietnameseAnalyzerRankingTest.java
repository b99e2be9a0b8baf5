package vn.dva.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

/** What the analysis means for search: accent-free queries match, exact accents rank first. */
class VietnameseAnalyzerRankingTest {

  private final VietnameseAnalyzer analyzer = new VietnameseAnalyzer();

  private List<String> search(String query, String... docs) throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        for (String text : docs) {
          Document d = new Document();
          d.add(new StringField("id", text, Field.Store.YES));
          d.add(new TextField("text", text, Field.Store.NO));
          w.addDocument(d);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query q =
            new QueryBuilder(analyzer).createBooleanQuery("text", query, BooleanClause.Occur.MUST);
        List<String> ids = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(q, 10).scoreDocs)
          ids.add(searcher.storedFields().document(sd.doc).get("id"));
        return ids;
      }
    }
  }

  @Test
  void anAccentFreeQueryFindsAccentedText() throws IOException {
    assertThat(search("dan van kheo", "Phong trào Dân vận khéo ở cơ sở", "Tin thể thao"))
        .containsExactly("Phong trào Dân vận khéo ở cơ sở");
  }

  @Test
  void anExactAccentMatchRanksAboveAFoldedOne() throws IOException {
    assertThat(search("dân vận khéo", "dẫn vấn khèo", "dân vận khéo"))
        .containsExactly("dân vận khéo", "dẫn vấn khèo");
  }

  @Test
  void oldToneMarksFindNewOnesAndBack() throws IOException {
    assertThat(search("Hoà Bình thuỷ lợi", "tỉnh Hòa Bình làm thủy lợi", "tỉnh Hoàng Bình"))
        .containsExactly("tỉnh Hòa Bình làm thủy lợi");
    assertThat(search("Tỉnh ủy", "Ban Thường vụ Tỉnh uỷ")).containsExactly("Ban Thường vụ Tỉnh uỷ");
  }

  @Test
  void aDirectiveQueryDoesNotMatchPagesWithOtherNumbersSharingItsParts() throws IOException {
    assertThat(
            search(
                "18-CT/TU",
                "Chỉ thị 18-CT/TW và Chỉ thị 16-CT/TU",
                "thực hiện Chỉ thị số 18 - CT/TU"))
        .containsExactly("thực hiện Chỉ thị số 18 - CT/TU");
  }

  @Test
  void everyMemberOfAListIsFound() throws IOException {
    String page = "Quyết định 217, 218-QĐ/TW của Bộ Chính trị";
    assertThat(search("217-QĐ/TW", page)).containsExactly(page);
    assertThat(search("218/QD-TW", page)).containsExactly(page);
  }
}
