package vn.dva.dedup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
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

  /** Fewest equal signature slots that reach {@link #MIN_JACCARD}. */
  private static final int LEAST_SAME = leastSame();

  private static int leastSame() {
    int same = 0;
    while (same / (double) MinHasher.HASHES < MIN_JACCARD) same++;
    return same;
  }

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

  /** Default of {@link #StoryLinker(int)}. */
  public static final int DEFAULT_SLICE = 8_192;

  private final int slice;
  private final int threads;
  private final boolean on;

  /** A linker that walks {@value #DEFAULT_SLICE} changed pages per slice. */
  public StoryLinker() {
    this(DEFAULT_SLICE);
  }

  /**
   * A linker that walks the changed pages of a commit in slices of {@code slice} pages (in document
   * order), holding the signatures of at most four slices' worth of pages at a time. The groups
   * found do not depend on the slice size (tested): candidates always come from the band postings
   * of the whole index, and a page placed in a group stays placed for the whole pass. Memory per
   * pass is then three bits per document of the index plus the bounded cache, however many pages
   * the commit changed.
   *
   * @param slice changed pages per slice, 1 or more
   */
  public StoryLinker(int slice) {
    this(slice, true);
  }

  private StoryLinker(int slice, boolean on) {
    if (slice < 1) throw new IllegalArgumentException("slice must be 1 or more, got " + slice);
    this.slice = slice;
    this.threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    this.on = on;
  }

  /**
   * A linker that links nothing: every page keeps the story it was written with, its own ({@link
   * #addFields}), and no commit compares signatures. For measuring search on a bulk load whose
   * linking is not the subject ({@code scripts/bench --no-link}); the signatures are still written,
   * so a later commit with a linking indexer groups the pages it changes.
   */
  public static StoryLinker off() {
    return new StoryLinker(DEFAULT_SLICE, false);
  }

  /**
   * Recomputes the stories of {@code changedIds} and of their neighbours in {@code before}.
   *
   * @param writer the writer holding the changes, not yet committed
   * @param before the index as it was before the changes (the last commit), or null for a new one
   * @param changedIds ids of pages added, replaced or deleted since then
   */
  public Summary link(IndexWriter writer, DirectoryReader before, Collection<String> changedIds)
      throws IOException {
    if (!on || changedIds.isEmpty()) return new Summary(0, 0);
    try (DirectoryReader now = DirectoryReader.open(writer)) {
      View view = new View(now, 4 * slice);
      // Per document of the index now, never per changed id: pages to start a group from, pages
      // that had near-duplicates before the change, and pages already placed in a group.
      FixedBitSet seeds = new FixedBitSet(Math.max(1, now.maxDoc()));
      FixedBitSet hadNeighbours = new FixedBitSet(Math.max(1, now.maxDoc()));
      View old = before == null ? null : new View(before, 4 * slice);
      int seen = 0;
      for (String id : changedIds) {
        int doc = view.docOf(id);
        if (doc >= 0) seeds.set(doc);
        if (old == null) continue;
        int was = old.docOf(id);
        if (was < 0) continue;
        int[] neighbours = old.neighbours(was, null);
        if (neighbours.length > 0 && doc >= 0) hadNeighbours.set(doc);
        for (int n : neighbours) {
          int nowDoc = view.docOf(old.id(n));
          if (nowDoc >= 0) seeds.set(nowDoc);
        }
        if (++seen % slice == 0) old.forget();
      }
      // A connected group is found whole from its first seed, so placed only matters for groups
      // cut at MAX_GROUP: without it, each later seed of a giant cluster (boilerplate) walked
      // another thousand pages already placed, and a commit of 100,000 generated pages took hours.
      FixedBitSet placed = new FixedBitSet(Math.max(1, now.maxDoc()));
      int groups = 0;
      int updated = 0;
      BitSetIterator order = new BitSetIterator(seeds, 0);
      int[] batch = new int[slice];
      int seed = order.nextDoc();
      ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
      try {
        while (seed != DocIdSetIterator.NO_MORE_DOCS) {
          int n = 0;
          for (; n < slice && seed != DocIdSetIterator.NO_MORE_DOCS; seed = order.nextDoc())
            if (!placed.get(seed)) batch[n++] = seed;
          view.forget();
          // The slice's neighbour lists, computed on all cores (reading only); the walk below
          // stays on this thread and drops what it has placed since, so the groups are those of
          // the one-thread walk.
          int[][] lists = neighbourLists(now, batch, n, placed, pool);
          for (int i = 0; i < n; i++) {
            int s0 = batch[i];
            if (placed.get(s0)) continue;
            if (lists[i] == null && !hadNeighbours.get(s0)) {
              // No signature, no former group: the story it was written with (its own) is right.
              placed.set(s0);
              continue;
            }
            int[] group = view.group(s0, placed, batch, n, lists);
            groups++;
            String[] ids = new String[group.length];
            String smallest = null;
            for (int k = 0; k < group.length; k++) {
              ids[k] = view.id(group[k]);
              if (smallest == null || ids[k].compareTo(smallest) < 0) smallest = ids[k];
            }
            long story = storyOf(smallest);
            for (int k = 0; k < group.length; k++) {
              if (view.story(group[k]) == story && view.versions(group[k]) == group.length)
                continue;
              writer.updateDocValues(
                  new Term(IndexSchema.ID, ids[k]),
                  new NumericDocValuesField(IndexSchema.STORY, story),
                  new NumericDocValuesField(IndexSchema.STORY_VERSIONS, group.length));
              updated++;
            }
          }
        }
      } finally {
        if (pool != null) pool.shutdownNow();
      }
      return new Summary(groups, updated);
    }
  }

  /**
   * The neighbours of {@code batch[0..n)} not yet {@code placed}, or null for a page without a
   * signature; split over {@code pool}'s threads, each with a view of its own, when there is a
   * pool.
   */
  private int[][] neighbourLists(
      IndexReader reader, int[] batch, int n, FixedBitSet placed, ExecutorService pool)
      throws IOException {
    int[][] lists = new int[n][];
    if (pool == null) {
      fillNeighbours(new View(reader, slice), batch, n, placed, lists, 0, 1);
      return lists;
    }
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int p = 0; p < threads; p++) {
      int part = p;
      tasks.add(
          () -> {
            fillNeighbours(new View(reader, slice), batch, n, placed, lists, part, threads);
            return null;
          });
    }
    try {
      for (Future<Void> f : pool.invokeAll(tasks)) f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while linking near-duplicates", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new IOException(e.getCause());
    }
    return lists;
  }

  /** Fills {@code lists[i]} for every {@code step}-th page of the batch from {@code first}. */
  private static void fillNeighbours(
      View view, int[] batch, int n, FixedBitSet placed, int[][] lists, int first, int step)
      throws IOException {
    for (int i = first; i < n; i += step)
      if (view.signature(batch[i]) != null) lists[i] = view.neighbours(batch[i], placed);
  }

  /** The fields a new document starts with: a story of its own, one version. */
  public static void addFields(Document doc, String id, Signature signature) {
    doc.add(new NumericDocValuesField(IndexSchema.STORY, storyOf(id)));
    doc.add(new NumericDocValuesField(IndexSchema.STORY_VERSIONS, 1));
    if (signature == null) return;
    byte[] bytes = signature.toBytes();
    doc.add(new org.apache.lucene.document.StoredField(IndexSchema.DUP_SIGNATURE, bytes));
    doc.add(new BinaryDocValuesField(IndexSchema.DUP_SIGNATURE_DV, new BytesRef(bytes)));
    for (String term : LshBands.terms(signature))
      doc.add(
          new org.apache.lucene.document.StringField(IndexSchema.DUP_BAND, term, Field.Store.NO));
  }

  /** Look-ups in one reader: ids, signatures, candidates, groups. */
  private static final class View {
    private final IndexReader reader;
    private final StoredFields stored;
    private final SignatureCache cache;

    /** Per segment: its band terms (null when it has none), whether a band was found, postings. */
    private final TermsEnum[] bands;

    private final boolean[] found;
    private final PostingsEnum[] postings;

    /** Per segment: its ids (null when it has none) and their postings. */
    private final TermsEnum[] ids;

    private final PostingsEnum[] idPostings;

    /**
     * Per segment: signature and id doc values, forward-only iterators replaced when a read goes
     * back.
     */
    private final BinaryDocValues[] signatureValues;

    private final SortedSetDocValues[] idValues;

    View(IndexReader reader, int cached) throws IOException {
      this.reader = reader;
      this.stored = reader.storedFields();
      this.cache = new SignatureCache(cached);
      List<LeafReaderContext> leaves = reader.leaves();
      bands = new TermsEnum[leaves.size()];
      found = new boolean[leaves.size()];
      postings = new PostingsEnum[leaves.size()];
      ids = new TermsEnum[leaves.size()];
      idPostings = new PostingsEnum[leaves.size()];
      signatureValues = new BinaryDocValues[leaves.size()];
      idValues = new SortedSetDocValues[leaves.size()];
      for (int i = 0; i < bands.length; i++) {
        Terms terms = leaves.get(i).reader().terms(IndexSchema.DUP_BAND);
        bands[i] = terms == null ? null : terms.iterator();
        Terms idTerms = leaves.get(i).reader().terms(IndexSchema.ID);
        ids[i] = idTerms == null ? null : idTerms.iterator();
      }
    }

    /** Forgets the signatures read so far (between slices). */
    void forget() {
      cache.clear();
    }

    /** The live document with {@code id}, or -1; a terms look-up per segment, no query. */
    int docOf(String id) throws IOException {
      BytesRef term = new BytesRef(id);
      List<LeafReaderContext> leaves = reader.leaves();
      for (int i = 0; i < ids.length; i++) {
        if (ids[i] == null || !ids[i].seekExact(term)) continue;
        idPostings[i] = ids[i].postings(idPostings[i], PostingsEnum.NONE);
        Bits live = leaves.get(i).reader().getLiveDocs();
        for (int d = idPostings[i].nextDoc();
            d != PostingsEnum.NO_MORE_DOCS;
            d = idPostings[i].nextDoc()) {
          if (live == null || live.get(d)) return leaves.get(i).docBase + d;
        }
      }
      return -1;
    }

    /**
     * The connected group of near-duplicates holding {@code start}, breadth first, not entering
     * pages already {@code placed} in another group (possible only next to a group cut at {@link
     * #MAX_GROUP}); its pages are marked placed.
     */
    int[] group(int start, FixedBitSet placed, int[] batch, int batchSize, int[][] lists)
        throws IOException {
      int[] group = new int[16];
      int size = 0;
      group[size++] = start;
      placed.set(start);
      for (int head = 0; head < size && size < MAX_GROUP; head++) {
        // a page of the slice has its list already, taken before some of it was placed
        int known = Arrays.binarySearch(batch, 0, batchSize, group[head]);
        int[] next =
            known >= 0
                ? (lists[known] == null ? new int[0] : lists[known])
                : neighbours(group[head], placed);
        for (int n : next) {
          if (placed.get(n)) continue;
          placed.set(n);
          if (size == group.length) group = Arrays.copyOf(group, size * 2);
          group[size++] = n;
        }
      }
      if (size >= MAX_GROUP)
        System.getLogger(StoryLinker.class.getName())
            .log(
                System.Logger.Level.WARNING,
                "near-duplicate group of {0} cut at {1} pages",
                id(start),
                MAX_GROUP);
      return Arrays.copyOf(group, size);
    }

    /**
     * Pages sharing a band term with {@code doc} whose signatures overlap enough, in document
     * order, leaving out pages already {@code placed} (null: none) before their signatures are
     * compared: a group walk would skip them anyway, and most candidate pairs are met from both
     * ends.
     */
    int[] neighbours(int doc, FixedBitSet placed) throws IOException {
      Signature sig = signature(doc);
      if (sig == null) return new int[0];
      int[] candidates = new int[64];
      int size = 0;
      for (String band : LshBands.terms(sig)) {
        BytesRef term = new BytesRef(band);
        // one seek per segment gives both the band's document frequency and its postings
        // (reader.docFreq and a second seek were a third of the cost of linking)
        int df = 0;
        for (int i = 0; i < bands.length; i++) {
          found[i] = bands[i] != null && bands[i].seekExact(term);
          if (found[i]) df += bands[i].docFreq();
        }
        if (df > MAX_BAND_POSTINGS || df < 2) continue;
        for (int i = 0; i < bands.length; i++) {
          if (!found[i]) continue;
          LeafReaderContext leaf = reader.leaves().get(i);
          postings[i] = bands[i].postings(postings[i], PostingsEnum.NONE);
          Bits live = leaf.reader().getLiveDocs();
          for (int d = postings[i].nextDoc();
              d != PostingsEnum.NO_MORE_DOCS;
              d = postings[i].nextDoc()) {
            int global = leaf.docBase + d;
            if ((live != null && !live.get(d)) || global == doc) continue;
            if (size == candidates.length) candidates = Arrays.copyOf(candidates, size * 2);
            candidates[size++] = global;
          }
        }
      }
      Arrays.sort(candidates, 0, size);
      int out = 0;
      for (int i = 0; i < size; i++) {
        int c = candidates[i];
        if ((i > 0 && c == candidates[i - 1]) || (placed != null && placed.get(c))) continue;
        Signature other = signature(c);
        if (other == null) continue;
        double jaccard = sig.jaccardOfAtLeast(other, LEAST_SAME);
        if (jaccard >= MIN_JACCARD && sig.overlap(other, jaccard) >= THRESHOLD)
          candidates[out++] = c;
      }
      return Arrays.copyOf(candidates, out);
    }

    Signature signature(int doc) throws IOException {
      if (!cache.contains(doc)) read(doc);
      return cache.signature(doc);
    }

    String id(int doc) throws IOException {
      if (!cache.contains(doc)) read(doc);
      return cache.id(doc);
    }

    /**
     * Reads the signature and id of {@code doc} into the cache: from doc values (signature, and the
     * id's sorted-set value) where the segment has them, else from stored fields.
     */
    private void read(int doc) throws IOException {
      List<LeafReaderContext> leaves = reader.leaves();
      int leaf = ReaderUtil.subIndex(doc, leaves);
      int local = doc - leaves.get(leaf).docBase;
      BinaryDocValues sigs = signatureValues(leaf, local);
      SortedSetDocValues idValues = idValues(leaf, local);
      if (sigs == null || idValues == null) {
        Document d = stored.document(doc, FIELDS);
        BytesRef b = d.getBinaryValue(IndexSchema.DUP_SIGNATURE);
        Signature s = b == null ? null : Signature.fromBytes(b.bytes, b.offset, b.length);
        cache.put(doc, s, d.get(IndexSchema.ID));
        return;
      }
      Signature s = null;
      if (sigs.advanceExact(local)) {
        BytesRef b = sigs.binaryValue();
        s = Signature.fromBytes(b.bytes, b.offset, b.length);
      }
      String id =
          idValues.advanceExact(local)
              ? idValues.lookupOrd(idValues.nextOrd()).utf8ToString()
              : null;
      cache.put(doc, s, id);
    }

    /** The segment's signature doc values, positioned before {@code local}; null if none. */
    private BinaryDocValues signatureValues(int leaf, int local) throws IOException {
      if (signatureValues[leaf] == null || signatureValues[leaf].docID() >= local) {
        signatureValues[leaf] =
            reader.leaves().get(leaf).reader().getBinaryDocValues(IndexSchema.DUP_SIGNATURE_DV);
      }
      return signatureValues[leaf];
    }

    /** The segment's id doc values, positioned before {@code local}; null if none. */
    private SortedSetDocValues idValues(int leaf, int local) throws IOException {
      if (idValues[leaf] == null || idValues[leaf].docID() >= local) {
        idValues[leaf] = reader.leaves().get(leaf).reader().getSortedSetDocValues(IndexSchema.ID);
      }
      return idValues[leaf];
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

  private static final Set<String> FIELDS = Set.of(IndexSchema.DUP_SIGNATURE, IndexSchema.ID);
}
