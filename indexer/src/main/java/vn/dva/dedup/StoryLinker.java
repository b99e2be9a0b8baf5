package vn.dva.dedup;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import vn.dva.index.IndexSchema;

/**
 * Gives every page of one story the same story id, after pages were added, changed or deleted.
 *
 * <p>Two pages are near-duplicates when they share an LSH band term and their signatures overlap by
 * at least {@link #THRESHOLD} ({@link Signature#overlap}); a story is a connected group of
 * near-duplicates, and its id is a hash of the smallest document id in the group. That id depends
 * only on the group, never on the order pages arrived in, and when the page whose id named the
 * group is deleted or changed, the group is recomputed and named after its new smallest member.
 *
 * <p>Only groups that can have changed are recomputed: those of the changed pages now, and those of
 * their neighbours before the change (a changed page may have been the link between two groups).
 * Story ids and group sizes are numeric doc values, updated in place without rewriting documents.
 * Not thread-safe: call from the one thread that commits.
 */
public final class StoryLinker {

  /** Overlap from which two pages are one story; chosen on the labelled pairs (README). */
  public static final double THRESHOLD = 0.7;

  /**
   * Least Jaccard similarity as well: the same footer or caption added to two short texts must not
   * make them one story (on the labelled set, overlap alone let 47 such pairs through).
   */
  public static final double MIN_JACCARD = 0.3;

  /** Largest group followed; a bigger one is cut there and logged (boilerplate, not a story). */
  static final int MAX_GROUP = 1_000;

  /** Pages sharing one band term beyond this are not candidates of each other (boilerplate). */
  static final int MAX_BAND_POSTINGS = 2_000;

  /** The story id of a group whose smallest document id is {@code smallestId}. */
  public static long storyOf(String smallestId) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < smallestId.length(); i++) {
      h ^= smallestId.charAt(i);
      h *= 0x100000001b3L;
    }
    return MinHasher.mix(h);
  }

  /** The story id as shown in JSON and URLs: 16 hex digits. */
  public static String format(long story) {
    return String.format("%016x", story);
  }

  /**
   * The story id written in {@code s} by {@link #format}.
   *
   * @throws IllegalArgumentException naming the value when it is not 1–16 hex digits
   */
  public static long parse(String s) {
    if (s == null || !s.matches("[0-9a-fA-F]{1,16}"))
      throw new IllegalArgumentException(
          "story must be 16 hex digits, got \"" + (s == null ? "" : s) + "\"");
    return Long.parseUnsignedLong(s, 16);
  }

  /** What one pass did. */
  public record Summary(int groups, int updated) {}

  /**
   * Recomputes the stories of {@code changedIds} and of their neighbours in {@code before}.
   *
   * @param writer the writer holding the changes, not yet committed
   * @param before the index as it was before the changes (the last commit), or null for a new one
   * @param changedIds ids of pages added, replaced or deleted since then
   */
  public Summary link(IndexWriter writer, DirectoryReader before, Collection<String> changedIds)
      throws IOException {
    if (changedIds.isEmpty()) return new Summary(0, 0);
    Set<String> seeds = new LinkedHashSet<>(changedIds);
    Set<String> hadNeighbours = new HashSet<>();
    if (before != null) {
      View old = new View(before);
      for (String id : changedIds) {
        int doc = old.docOf(id);
        if (doc < 0) continue;
        List<String> neighbours = old.neighbourIds(doc);
        if (!neighbours.isEmpty()) hadNeighbours.add(id);
        seeds.addAll(neighbours);
      }
    }
    try (DirectoryReader now = DirectoryReader.open(writer)) {
      View view = new View(now);
      Set<String> done = new HashSet<>();
      // Documents already placed in a group of this pass. A connected group is found whole from
      // its first seed, so this only matters for groups cut at MAX_GROUP: without it, each later
      // seed of a giant cluster (boilerplate) walked another thousand pages already placed, and a
      // commit of 100,000 generated pages took hours; with it every page is walked once.
      Set<Integer> placed = new HashSet<>();
      int groups = 0;
      int updated = 0;
      for (String seed : seeds) {
        if (done.contains(seed)) continue;
        int start = view.docOf(seed);
        if (start < 0) continue;
        if (view.signature(start) == null && !hadNeighbours.contains(seed)) {
          // No signature, no former group: the story it was written with (its own) is right.
          done.add(seed);
          continue;
        }
        Map<Integer, String> group = view.group(start, placed);
        done.addAll(group.values());
        placed.addAll(group.keySet());
        groups++;
        String smallest = new TreeSet<>(group.values()).first();
        long story = storyOf(smallest);
        for (Map.Entry<Integer, String> member : group.entrySet()) {
          if (view.story(member.getKey()) == story
              && view.versions(member.getKey()) == group.size()) continue;
          writer.updateDocValues(
              new Term(IndexSchema.ID, member.getValue()),
              new NumericDocValuesField(IndexSchema.STORY, story),
              new NumericDocValuesField(IndexSchema.STORY_VERSIONS, group.size()));
          updated++;
        }
      }
      return new Summary(groups, updated);
    }
  }

  /** The fields a new document starts with: a story of its own, one version. */
  public static void addFields(Document doc, String id, Signature signature) {
    doc.add(new NumericDocValuesField(IndexSchema.STORY, storyOf(id)));
    doc.add(new NumericDocValuesField(IndexSchema.STORY_VERSIONS, 1));
    if (signature == null) return;
    doc.add(
        new org.apache.lucene.document.StoredField(IndexSchema.DUP_SIGNATURE, signature.toBytes()));
    for (String term : LshBands.terms(signature))
      doc.add(
          new org.apache.lucene.document.StringField(IndexSchema.DUP_BAND, term, Field.Store.NO));
  }

  /** Look-ups in one reader: ids, signatures, candidates, groups. */
  private static final class View {
    private final IndexReader reader;
    private final StoredFields stored;
    private final Map<Integer, Signature> signatures = new HashMap<>();
    private final Map<Integer, String> ids = new HashMap<>();

    View(IndexReader reader) throws IOException {
      this.reader = reader;
      this.stored = reader.storedFields();
    }

    /** The live document with {@code id}, or -1; a terms look-up per segment, no query. */
    int docOf(String id) throws IOException {
      BytesRef term = new BytesRef(id);
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(IndexSchema.ID);
        if (terms == null) continue;
        TermsEnum te = terms.iterator();
        if (!te.seekExact(term)) continue;
        PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
        Bits live = leaf.reader().getLiveDocs();
        for (int d = postings.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = postings.nextDoc()) {
          if (live == null || live.get(d)) return leaf.docBase + d;
        }
      }
      return -1;
    }

    /**
     * The connected group of near-duplicates holding {@code start}, doc → id, not entering pages
     * already {@code placed} in another group (possible only next to a group cut at {@link
     * #MAX_GROUP}).
     */
    Map<Integer, String> group(int start, Set<Integer> placed) throws IOException {
      Map<Integer, String> group = new HashMap<>();
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      group.put(start, id(start));
      queue.add(start);
      while (!queue.isEmpty() && group.size() < MAX_GROUP) {
        int doc = queue.poll();
        for (int n : neighbours(doc)) {
          if (group.containsKey(n) || placed.contains(n)) continue;
          group.put(n, id(n));
          queue.add(n);
        }
      }
      if (group.size() >= MAX_GROUP)
        System.getLogger(StoryLinker.class.getName())
            .log(
                System.Logger.Level.WARNING,
                "near-duplicate group of {0} cut at {1} pages",
                id(start),
                MAX_GROUP);
      return group;
    }

    List<String> neighbourIds(int doc) throws IOException {
      List<String> out = new ArrayList<>();
      for (int n : neighbours(doc)) out.add(id(n));
      return out;
    }

    /** Pages sharing a band term with {@code doc} whose signatures overlap enough. */
    List<Integer> neighbours(int doc) throws IOException {
      Signature sig = signature(doc);
      if (sig == null) return List.of();
      Set<Integer> candidates = new HashSet<>();
      for (String band : LshBands.terms(sig)) {
        Term t = new Term(IndexSchema.DUP_BAND, band);
        int df = reader.docFreq(t);
        if (df > MAX_BAND_POSTINGS || df < 2) continue;
        // the band's postings read directly: a scored top-2000 search per band and page was most
        // of the cost of linking a large commit
        for (LeafReaderContext leaf : reader.leaves()) {
          Terms terms = leaf.reader().terms(IndexSchema.DUP_BAND);
          if (terms == null) continue;
          TermsEnum te = terms.iterator();
          if (!te.seekExact(t.bytes())) continue;
          PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
          Bits live = leaf.reader().getLiveDocs();
          for (int d = postings.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = postings.nextDoc()) {
            int global = leaf.docBase + d;
            if ((live == null || live.get(d)) && global != doc) candidates.add(global);
          }
        }
      }
      List<Integer> out = new ArrayList<>();
      for (int c : candidates) {
        Signature other = signature(c);
        if (other != null && sig.overlap(other) >= THRESHOLD && sig.jaccard(other) >= MIN_JACCARD)
          out.add(c);
      }
      return out;
    }

    Signature signature(int doc) throws IOException {
      if (signatures.containsKey(doc)) return signatures.get(doc);
      Document d = stored.document(doc, Set.of(IndexSchema.DUP_SIGNATURE, IndexSchema.ID));
      BytesRef b = d.getBinaryValue(IndexSchema.DUP_SIGNATURE);
      Signature s = b == null ? null : Signature.fromBytes(b.bytes, b.offset, b.length);
      signatures.put(doc, s);
      ids.put(doc, d.get(IndexSchema.ID));
      return s;
    }

    String id(int doc) throws IOException {
      String id = ids.get(doc);
      if (id == null) {
        id = stored.document(doc, Set.of(IndexSchema.ID)).get(IndexSchema.ID);
        ids.put(doc, id);
      }
      return id;
    }

    long story(int doc) throws IOException {
      return value(doc, IndexSchema.STORY);
    }

    long versions(int doc) throws IOException {
      return value(doc, IndexSchema.STORY_VERSIONS);
    }

    private long value(int doc, String field) throws IOException {
      LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
      NumericDocValues v = leaf.reader().getNumericDocValues(field);
      int local = doc - leaf.docBase;
      return v != null && v.advanceExact(local) ? v.longValue() : Long.MIN_VALUE;
    }
  }
}
