package vn.dva.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dva.extract.ExtractedDocument;
import vn.dva.index.DocumentIndexer;
import vn.dva.index.IndexSchema;

/**
 * A large commit is linked in slices of changed pages with a bounded signature cache; the stories
 * must not depend on the slice size. Each shape is indexed commit by commit with a linker of one
 * page per slice, of a few pages, and of the default size, and every page must end with the same
 * story and versions.
 */
class LinkingInSlicesTest {

  @TempDir Path dir;

  /** One commit: pages to add or replace, and ids to delete. */
  record Commit(List<ExtractedDocument> pages, List<String> deletions) {
    static Commit of(List<ExtractedDocument> pages) {
      return new Commit(pages, List.of());
    }
  }

  static Stream<Arguments> shapes() {
    String whole = StoryLinkerTest.WHOLE;
    return Stream.of(
        Arguments.of(
            "a chain of 40 pages among unrelated ones, one commit",
            List.of(Commit.of(concat(chain("c", 0, 40), unrelated("u", 20))))),
        Arguments.of(
            "a cluster larger than the group limit, cut",
            List.of(Commit.of(chain("p", 0, StoryLinker.MAX_GROUP + StoryLinker.MAX_GROUP / 3)))),
        Arguments.of(
            "one chain spread over three commits, its links arriving last",
            List.of(
                Commit.of(concat(chainEvery("c", 0, 60, 3), unrelated("u", 10))),
                Commit.of(chainEvery("c", 1, 60, 3)),
                Commit.of(chainEvery("c", 2, 60, 3)))),
        Arguments.of(
            "copies across commits, then the page linking them deleted and replaced",
            List.of(
                Commit.of(
                    List.of(
                        StoryLinkerTest.doc("x", StoryLinkerTest.FIRST_HALF),
                        StoryLinkerTest.doc("z", StoryLinkerTest.SECOND_HALF),
                        StoryLinkerTest.doc("d", StoryLinkerTest.OTHER))),
                Commit.of(
                    List.of(
                        StoryLinkerTest.doc("y", whole),
                        StoryLinkerTest.doc("w", whole + LabelledPairs.FOOTER))),
                new Commit(List.of(), List.of("y")),
                Commit.of(List.of(StoryLinkerTest.doc("w", StoryLinkerTest.OTHER))))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void linkingInSlicesGivesTheSameStoriesAsLinkingAtOnce(String shape, List<Commit> commits)
      throws Exception {
    Map<String, List<Long>> atOnce = index(commits, StoryLinker.DEFAULT_SLICE);
    assertThat(atOnce.values().stream().filter(s -> s.get(1) > 1))
        .as("the shape has groups to compare")
        .isNotEmpty();
    for (int slice : new int[] {1, 3, 17})
      assertThat(index(commits, slice)).as("slices of %d pages", slice).isEqualTo(atOnce);
  }

  @Test
  void aLinkerThatIsOffLeavesEveryPageItsOwnStoryAndALaterLinkingCommitGroupsThem()
      throws Exception {
    List<ExtractedDocument> pages = concat(chain("c", 0, 40), unrelated("u", 5));
    Path off = dir.resolve("off");
    commit(off, StoryLinker.off(), List.of(Commit.of(pages)));
    Map<String, List<Long>> stories = stories(off);
    assertThat(stories).hasSize(45);
    for (Map.Entry<String, List<Long>> e : stories.entrySet())
      assertThat(e.getValue()).as(e.getKey()).containsExactly(StoryLinker.storyOf(e.getKey()), 1L);
    // the signatures were written: replacing one page of the chain with a linking indexer links
    // the whole chain, as if it had been linked all along
    commit(off, new StoryLinker(), List.of(Commit.of(List.of(pages.get(0)))));
    assertThat(stories(off)).isEqualTo(index(List.of(Commit.of(pages)), StoryLinker.DEFAULT_SLICE));
  }

  /** Every page's story and versions after the commits, linked in slices of {@code slice}. */
  private Map<String, List<Long>> index(List<Commit> commits, int slice) throws Exception {
    Path index = dir.resolve("slice-" + slice);
    commit(index, new StoryLinker(slice), commits);
    return stories(index);
  }

  /** Every live page's story and versions in {@code index}. */
  private static Map<String, List<Long>> stories(Path index) throws Exception {
    Map<String, List<Long>> out = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      for (LeafReaderContext leaf : reader.leaves()) {
        NumericDocValues story = leaf.reader().getNumericDocValues(IndexSchema.STORY);
        NumericDocValues versions = leaf.reader().getNumericDocValues(IndexSchema.STORY_VERSIONS);
        StoredFields stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (leaf.reader().getLiveDocs() != null && !leaf.reader().getLiveDocs().get(d)) continue;
          story.advanceExact(d);
          versions.advanceExact(d);
          out.put(
              stored.document(d).get(IndexSchema.ID),
              List.of(story.longValue(), versions.longValue()));
        }
      }
    }
    return out;
  }

  private static void commit(Path index, StoryLinker linker, List<Commit> commits)
      throws Exception {
    try (DocumentIndexer ix = DocumentIndexer.open(index, linker)) {
      for (Commit c : commits) {
        for (ExtractedDocument page : c.pages()) ix.add(page);
        for (String id : c.deletions()) ix.delete(id);
        ix.commit();
      }
    }
  }

  /** Pages {@code from}…{@code to}-1 of a chain: page i holds sentences i … i+9 of one text. */
  private static List<ExtractedDocument> chain(String prefix, int from, int to) {
    return chainEvery(prefix, from, to, 1);
  }

  private static List<ExtractedDocument> chainEvery(String prefix, int from, int to, int step) {
    List<ExtractedDocument> out = new ArrayList<>();
    for (int i = from; i < to; i += step) {
      StringBuilder text = new StringBuilder();
      for (int k = i; k < i + 10; k++) text.append(StoryLinkerTest.sentence(k)).append(' ');
      out.add(StoryLinkerTest.doc(String.format("%s%05d", prefix, i), text.toString()));
    }
    return out;
  }

  /** Pages of their own: sentences far apart from any chain's. */
  private static List<ExtractedDocument> unrelated(String prefix, int n) {
    List<ExtractedDocument> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < 10; k++)
        text.append(StoryLinkerTest.sentence(1_000_000 + 100 * i + 10 * k)).append(' ');
      out.add(StoryLinkerTest.doc(String.format("%s%05d", prefix, i), text.toString()));
    }
    return out;
  }

  private static List<ExtractedDocument> concat(
      List<ExtractedDocument> a, List<ExtractedDocument> b) {
    List<ExtractedDocument> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
