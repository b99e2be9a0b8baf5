package vn.dva.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.extract.DocumentExtractor;

/**
 * A document that makes Lucene close its writer (an {@code OutOfMemoryError} inside {@code
 * addDocument} is such a tragedy for Lucene) costs that document only: the batch reopens the writer
 * from the last commit, indexes again what was lost with it, and goes on.
 */
class WriterRecoveryTest {

  private static final String BOMB = "notung7731";

  /** The index analyzer, running out of memory on one marker word. */
  static Analyzer failingOn(String word) {
    Analyzer base = IndexSchema.indexAnalyzer();
    return new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String field) {
        return base;
      }

      @Override
      protected TokenStreamComponents wrapComponents(
          String field, TokenStreamComponents components) {
        TokenFilter bomb =
            new TokenFilter(components.getTokenStream()) {
              private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

              @Override
              public boolean incrementToken() throws IOException {
                if (!input.incrementToken()) return false;
                if (term.toString().equals(word)) {
                  throw new OutOfMemoryError("test: analysis ran out of memory");
                }
                return true;
              }
            };
        return new TokenStreamComponents(components.getSource(), bomb);
      }
    };
  }

  @Test
  void aDocumentThatBreaksTheWriterCostsOnlyItself(@TempDir Path tmp) throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    for (int i = 0; i < 30; i++) {
      Files.writeString(
          docs.resolve(String.format("bai-%02d.txt", i)),
          "Tin dân vận số "
              + i
              + "\n\nBan Dân vận triển khai công tác dân vận"
              + (i == 15 ? " " + BOMB : "")
              + ", bài "
              + i
              + ".\n");
    }
    Path index = tmp.resolve("index");
    StringWriter log = new StringWriter();

    IndexRun.Summary summary =
        new IndexRun(new DocumentExtractor(), new PrintWriter(log, true), 10, 1)
            .withOpener(dir -> DocumentIndexer.open(dir, failingOn(BOMB)))
            .run(index, List.of(docs));

    assertThat(summary.failed()).as(log.toString()).isEqualTo(1);
    assertThat(summary.indexed()).isEqualTo(29);
    assertThat(log.toString()).contains("bai-15.txt").contains("reopening");
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertThat(reader.numDocs()).as("committed before and after the broken writer").isEqualTo(29);
    }
  }
}
