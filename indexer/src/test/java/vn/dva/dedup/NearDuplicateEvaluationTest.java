package vn.dva.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.extract.ExtractedDocument;
import vn.dva.index.DocumentIndexer;
import vn.dva.index.IndexSchema;

/**
 * Precision and recall of "same story" on the labelled pairs ({@link LabelledPairs}), measured
 * through the whole path: every item indexed by {@link DocumentIndexer} in a shuffled order with
 * commits in between, then the story ids read back from the index. Prints the figures the README
 * gives, and a sweep of the overlap threshold over the signatures alone.
 */
class NearDuplicateEvaluationTest {

  @TempDir static Path dir;
  static LabelledPairs set;

  @BeforeAll
  static void build() throws Exception {
    set = LabelledPairs.build(Path.of("..", "corpus", "pages"));
  }

  @Test
  void sameStoryDecisionsReachPrecisionAndRecallOf95PercentThroughTheIndex() throws Exception {
    Map<String, Long> stories = index(dir.resolve("shuffled"), 1, 37);
    int tp = 0, fp = 0, fn = 0, tn = 0;
    Map<String, int[]> byKind = new HashMap<>();
    for (LabelledPairs.Pair p : set.pairs) {
      boolean same = stories.get(p.a()).equals(stories.get(p.b()));
      int[] k = byKind.computeIfAbsent(p.kind(), x -> new int[2]);
      k[0]++;
      if (same == p.same()) k[1]++;
      if (same && p.same()) tp++;
      else if (same) fp++;
      else if (p.same()) fn++;
      else tn++;
    }
    double precision = tp / (double) (tp + fp);
    double recall = tp / (double) (tp + fn);
    System.out.printf(
        Locale.ROOT,
        "near-duplicates: items=%d pairs=%d positives=%d precision=%.3f recall=%.3f tp=%d fp=%d fn=%d tn=%d%n",
        set.items.size(),
        set.pairs.size(),
        tp + fn,
        precision,
        recall,
        tp,
        fp,
        fn,
        tn);
    byKind.forEach(
        (kind, k) ->
            System.out.printf(Locale.ROOT, "  %-34s %5d pairs, %5d right%n", kind, k[0], k[1]));
    assertThat(precision).isGreaterThanOrEqualTo(0.95);
    assertThat(recall).isGreaterThanOrEqualTo(0.95);
  }

  /**
   * Every two items, not only the labelled pairs (same story = made from the same article), over
   * the signatures alone: a grid of overlap and Jaccard minimums. Pairs missed here can still be
   * one story through a third page; pairs taken here wrongly would merge two stories.
   */
  @Test
  void thresholdSweepOverEveryPairOfItems() {
    List<LabelledPairs.Item> items = set.items;
    Signature[] s = new Signature[items.size()];
    for (int i = 0; i < s.length; i++) s[i] = MinHasher.signature(items.get(i).text());
    int chosenFp = -1;
    for (double o : new double[] {0.5, 0.6, 0.7, 0.8, 0.9}) {
      for (double j : new double[] {0.0, 0.3, 0.4}) {
        int tp = 0, fp = 0, fn = 0;
        for (int a = 0; a < s.length; a++) {
          for (int b = a + 1; b < s.length; b++) {
            boolean same = root(items.get(a).id()).equals(root(items.get(b).id()));
            boolean taken = s[a].overlap(s[b]) >= o && s[a].jaccard(s[b]) >= j;
            if (taken && same) tp++;
            else if (taken) fp++;
            else if (same) fn++;
          }
        }
        System.out.printf(
            Locale.ROOT,
            "  overlap >= %.1f, jaccard >= %.1f: precision=%.3f recall=%.3f (fp=%d fn=%d)%n",
            o,
            j,
            tp / (double) Math.max(1, tp + fp),
            tp / (double) (tp + fn),
            fp,
            fn);
        if (o == StoryLinker.THRESHOLD && j == StoryLinker.MIN_JACCARD) chosenFp = fp;
      }
    }
    assertThat(chosenFp).as("wrong pairs at the chosen thresholds").isZero();
  }

  static String root(String id) {
    int i = id.indexOf('#');
    return i < 0 ? id : id.substring(0, i);
  }

  @Test
  void storiesAreTheSameWhateverOrderThePagesArriveIn() throws Exception {
    Map<String, Long> a = index(dir.resolve("a"), 2, 11);
    Map<String, Long> b = index(dir.resolve("b"), 3, 500);
    assertThat(b).isEqualTo(a);
  }

  /** Indexes every item in an order shuffled with {@code seed}, committing every {@code every}. */
  static Map<String, Long> index(Path index, long seed, int every) throws Exception {
    List<LabelledPairs.Item> items = new ArrayList<>(set.items);
    Collections.shuffle(items, new Random(seed));
    try (DocumentIndexer indexer = DocumentIndexer.open(index)) {
      int n = 0;
      for (LabelledPairs.Item i : items) {
        indexer.add(
            new ExtractedDocument(
                i.id(), i.id(), i.title(), null, null, "test", "html", i.text(), List.of(),
                List.of()));
        if (++n % every == 0) indexer.commit();
      }
      indexer.commit();
    }
    return stories(index);
  }

  static Map<String, Long> stories(Path index) throws Exception {
    Map<String, Long> out = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      for (LeafReaderContext leaf : reader.leaves()) {
        NumericDocValues story = leaf.reader().getNumericDocValues(IndexSchema.STORY);
        StoredFields stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (leaf.reader().getLiveDocs() != null && !leaf.reader().getLiveDocs().get(d)) continue;
          story.advanceExact(d);
          out.put(stored.document(d).get(IndexSchema.ID), story.longValue());
        }
      }
    }
    return out;
  }
}
