package vn.dva.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher.LeafReaderContextPartition;
import org.apache.lucene.search.IndexSearcher.LeafSlice;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Segments are shared out so that each thread of a search gets about as many documents as the
 * others: every segment in exactly one slice, whole, in index order within its slice. Real indexes
 * on disk with segments of the sizes given.
 */
class SegmentSlicesTest {

  @TempDir Path dir;

  static Stream<Arguments> cases() {
    return Stream.of(
        // the 30,000-document bench index scaled down: Lucene's default made 2,787 + 211
        Arguments.of(new int[] {562, 569, 530, 578, 548, 10, 201}, 2, new long[] {1656, 1342}),
        Arguments.of(new int[] {10, 10, 10, 10}, 2, new long[] {20, 20}),
        Arguments.of(new int[] {50, 10, 10, 10, 10, 10}, 2, new long[] {50, 50}),
        Arguments.of(new int[] {300, 100, 100, 100}, 4, new long[] {300, 100, 100, 100}),
        Arguments.of(new int[] {40, 30}, 4, new long[] {40, 30}), // fewer segments than threads
        Arguments.of(new int[] {7, 5, 3}, 1, new long[] {15}));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void segmentsAreSharedOutSoThatSlicesHoldAboutAsManyDocuments(
      int[] segmentSizes, int threads, long[] expectedSliceDocs) throws IOException {
    Path index = dir.resolve("index");
    writeSegments(index, segmentSizes);
    try (FSDirectory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      List<LeafReaderContext> leaves = reader.leaves();
      assertThat(leaves).hasSize(segmentSizes.length);

      LeafSlice[] slices = SegmentSlices.balanced(leaves, threads);

      long[] docs = Arrays.stream(slices).mapToLong(LeafSlice::getMaxDocs).toArray();
      assertThat(docs).containsExactlyInAnyOrder(expectedSliceDocs);
      List<LeafReaderContext> seen = new ArrayList<>();
      for (LeafSlice slice : slices) {
        int previousBase = -1;
        for (LeafReaderContextPartition p : slice.partitions) {
          assertThat(p.minDocId).isZero();
          assertThat(p.maxDocId).isEqualTo(Integer.MAX_VALUE); // the whole segment
          assertThat(p.ctx.docBase).isGreaterThan(previousBase);
          previousBase = p.ctx.docBase;
          seen.add(p.ctx);
        }
      }
      assertThat(seen).containsExactlyInAnyOrderElementsOf(leaves);
    }
  }

  @Test
  void noThreadsIsAnError() {
    assertThatThrownBy(() -> SegmentSlices.balanced(List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threads");
  }

  private static void writeSegments(Path index, int[] sizes) throws IOException {
    Files.createDirectories(index);
    IndexWriterConfig config = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
    try (FSDirectory directory = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(directory, config)) {
      int id = 0;
      for (int size : sizes) {
        for (int i = 0; i < size; i++) {
          Document doc = new Document();
          doc.add(new StringField("id", Integer.toString(id++), Field.Store.NO));
          writer.addDocument(doc);
        }
        writer.commit(); // one segment per size
      }
    }
  }
}
