package vn.dva.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.dva.dedup.StoryLinker;
import vn.dva.extract.ExtractedDocument;
import vn.dva.extract.ExtractionException;
import vn.dva.index.DocumentIndexer;

/**
 * Indexing throughput of the dva pipeline against the bare-Lucene baseline, one corpus segment at a
 * time (so that growth checkpoints continue the same indexes), on {@code threads} worker threads as
 * the product's {@code IndexRun} works.
 *
 * <p>Per segment: (1) the pipeline: pages are generated in memory {@value #BATCH} at a time
 * (untimed), then the workers extract each page and add it with {@link DocumentIndexer} (timed);
 * the commit is timed; the extracted documents go to a spool file between batches (untimed). (2)
 * The baseline: the spool is read back {@value #BATCH} documents at a time (untimed) and the same
 * number of workers add them to {@link BaselineIndex} (timed), then commit (timed). (3) The two
 * stages alone, single-threaded, on the first {@value #STAGE_SAMPLE} documents of the segment at
 * most: extraction only, and dva's indexer only (into a scratch index, deleted after). Each writer
 * is closed after its commit, so merges still running are abandoned rather than charged to the next
 * phase; both sides are treated alike. Before the first segment, both sides run once, untimed, over
 * its first {@value #WARM_UP} pages into scratch indexes (JIT warm-up).
 */
final class IndexingBenchmark {

  /** Pages generated, or documents read back, before each timed parallel step. */
  static final int BATCH = 256;

  /** Documents run through both sides, untimed, into scratch indexes before the first segment. */
  static final int WARM_UP = 500;

  /** Most documents per segment for the single-threaded stage figures. */
  static final int STAGE_SAMPLE = 10_000;

  /**
   * Measurements of one segment.
   *
   * @param docs documents in the segment
   * @param failures pages the extractor rejected (counted, logged, skipped)
   * @param htmlBytes bytes of HTML extracted
   * @param textBytes UTF-8 bytes of extracted title and text (what both indexes receive)
   * @param pipelineNanos extraction and dva indexing on the worker threads, commit included
   * @param baselineNanos the baseline on as many threads, commit included
   * @param extractDocs documents in the single-threaded extraction sample
   * @param extractNanos time the single-threaded extraction sample took
   * @param dvaIndexDocs documents in the single-threaded dva indexer sample
   * @param dvaIndexNanos time the single-threaded dva indexer sample took, commit included
   * @param dvaPeakHeapMb peak heap while the pipeline ran
   * @param dvaLiveHeapMb highest heap after a collection while the pipeline ran
   */
  record Segment(
      long docs,
      long failures,
      long htmlBytes,
      long textBytes,
      long pipelineNanos,
      long baselineNanos,
      long extractDocs,
      long extractNanos,
      long dvaIndexDocs,
      long dvaIndexNanos,
      double dvaPeakHeapMb,
      double dvaLiveHeapMb) {

    Segment plus(Segment o) {
      return new Segment(
          docs + o.docs,
          failures + o.failures,
          htmlBytes + o.htmlBytes,
          textBytes + o.textBytes,
          pipelineNanos + o.pipelineNanos,
          baselineNanos + o.baselineNanos,
          extractDocs + o.extractDocs,
          extractNanos + o.extractNanos,
          dvaIndexDocs + o.dvaIndexDocs,
          dvaIndexNanos + o.dvaIndexNanos,
          Math.max(dvaPeakHeapMb, o.dvaPeakHeapMb),
          Math.max(dvaLiveHeapMb, o.dvaLiveHeapMb));
    }

    static Segment empty() {
      return new Segment(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
  }

  private final CorpusGenerator generator;
  private final Path work;
  private final HeapWatcher heap;
  private final PrintStream log;
  private final int threads;
  private final boolean link;
  private boolean warmedUp;

  /**
   * @param threads worker threads for the pipeline and the baseline, 1 or more
   * @param link whether dva's commits link near-duplicates ({@link StoryLinker}), as shipped
   */
  IndexingBenchmark(
      CorpusGenerator generator,
      Path work,
      HeapWatcher heap,
      PrintStream log,
      int threads,
      boolean link) {
    if (threads < 1)
      throw new IllegalArgumentException("threads must be 1 or more, got " + threads);
    this.generator = generator;
    this.work = work;
    this.heap = heap;
    this.log = log;
    this.threads = threads;
    this.link = link;
  }

  /** Indexes documents {@code from} (inclusive) to {@code to} (exclusive) into both indexes. */
  Segment index(long from, long to, Path dvaDir, Path baselineDir) throws IOException {
    Files.createDirectories(work);
    Path spool = work.resolve("extracted.spool");
    try (Workers workers = new Workers(threads)) {
      if (!warmedUp) warmUp(workers, from, Math.min(to, from + WARM_UP));
      Segment pipeline = pipeline(workers, from, to, dvaDir, spool);
      log.printf(
          "bench: dva pipeline (%d threads) indexed %,d docs in %.1f s%n",
          threads, pipeline.docs(), pipeline.pipelineNanos() / 1e9);
      long base = baseline(workers, spool, baselineDir);
      log.printf(
          "bench: baseline (%d threads) indexed %,d docs in %.1f s%n",
          threads, pipeline.docs(), base / 1e9);
      long sampleTo = Math.min(to, from + STAGE_SAMPLE);
      long[] extraction = extractionAlone(workers, from, sampleTo);
      long[] indexer = indexerAlone(spool, sampleTo - from);
      log.printf(
          "bench: single-threaded stages on %,d docs: extraction %.1f s, dva indexer %.1f s%n",
          sampleTo - from, extraction[1] / 1e9, indexer[1] / 1e9);
      Files.deleteIfExists(spool);
      return new Segment(
          pipeline.docs(),
          pipeline.failures(),
          pipeline.htmlBytes(),
          pipeline.textBytes(),
          pipeline.pipelineNanos(),
          base,
          extraction[0],
          extraction[1],
          indexer[0],
          indexer[1],
          pipeline.dvaPeakHeapMb(),
          pipeline.dvaLiveHeapMb());
    }
  }

  /**
   * Both sides once over the first pages into scratch indexes, untimed, so that neither timed phase
   * pays for class loading and JIT compilation that the other then gets for free (the pipeline runs
   * first and would otherwise carry all of it, and compile threads compete with the workers).
   */
  private void warmUp(Workers workers, long from, long to) throws IOException {
    Path dva = work.resolve("warm-up-dva");
    Path lucene = work.resolve("warm-up-lucene");
    Path spool = work.resolve("warm-up.spool");
    pipeline(workers, from, to, dva, spool);
    baseline(workers, spool, lucene);
    BenchMain.deleteTree(dva);
    BenchMain.deleteTree(lucene);
    Files.deleteIfExists(spool);
    warmedUp = true;
    log.printf("bench: warmed up on %,d docs (untimed)%n", to - from);
  }

  /** Generate (untimed), then extract and index on the workers (timed); spool what was indexed. */
  private Segment pipeline(Workers workers, long from, long to, Path dvaDir, Path spool)
      throws IOException {
    long html = 0;
    long text = 0;
    long docs = 0;
    long failures = 0;
    long nanos = 0;
    long nextReport = from + Math.max(1, (to - from) / 10);
    heap.reset();
    try (DocumentIndexer indexer =
            DocumentIndexer.open(dvaDir, link ? new StoryLinker() : StoryLinker.off());
        ExtractedSpool.Writer out = new ExtractedSpool.Writer(spool)) {
      for (long first = from; first < to; first += BATCH) {
        GeneratedPage[] pages = generate(workers, first, (int) Math.min(BATCH, to - first));
        ExtractedDocument[] extracted = new ExtractedDocument[pages.length];
        long start = System.nanoTime();
        workers.forEach(
            pages.length,
            i -> {
              extracted[i] = extractOrLog(pages[i]);
              if (extracted[i] != null) indexer.add(extracted[i]);
            });
        nanos += System.nanoTime() - start;
        for (int i = 0; i < pages.length; i++) {
          if (extracted[i] == null) {
            failures++;
            continue;
          }
          html += pages[i].html().length;
          text += utf8Length(extracted[i].title()) + utf8Length(extracted[i].text());
          out.write(extracted[i]);
          docs++;
        }
        if (first + pages.length >= nextReport || first + pages.length == to) {
          log.printf("bench: pipeline at %,d of %,d%n", first + pages.length, to);
          nextReport += Math.max(1, (to - from) / 10);
        }
      }
      double indexingPeak = heap.peakUsedMb();
      double indexingLive = heap.peakLiveMb();
      long start = System.nanoTime();
      indexer.commit();
      long commit = System.nanoTime() - start;
      nanos += commit;
      // the commit links the near-duplicates of every page added since the last one: its time and
      // heap on their own line, since they grow with the pages a commit adds
      log.printf(
          "bench: dva commit of %,d docs (%s) in %.1f s; heap peak/live %.0f/%.0f"
              + " MB before it, %.0f/%.0f MB after%n",
          docs,
          link ? "near-duplicates linked" : "linking off",
          commit / 1e9,
          indexingPeak,
          indexingLive,
          heap.peakUsedMb(),
          heap.peakLiveMb());
    }
    return new Segment(
        docs, failures, html, text, nanos, 0, 0, 0, 0, 0, heap.peakUsedMb(), heap.peakLiveMb());
  }

  /** The spooled documents into the baseline on the same workers; reading the spool is untimed. */
  private long baseline(Workers workers, Path spool, Path baselineDir) throws IOException {
    long nanos = 0;
    try (BaselineIndex baseline = BaselineIndex.open(baselineDir);
        ExtractedSpool.Reader in = new ExtractedSpool.Reader(spool)) {
      for (List<ExtractedDocument> batch = read(in, BATCH);
          !batch.isEmpty();
          batch = read(in, BATCH)) {
        List<ExtractedDocument> docs = batch;
        long start = System.nanoTime();
        workers.forEach(docs.size(), i -> baseline.add(docs.get(i)));
        nanos += System.nanoTime() - start;
      }
      long start = System.nanoTime();
      baseline.commit();
      nanos += System.nanoTime() - start;
    }
    return nanos;
  }

  /** Single-threaded extraction of pages {@code from}..{@code to}: {documents, nanos}. */
  private long[] extractionAlone(Workers workers, long from, long to) throws IOException {
    long docs = 0;
    long nanos = 0;
    for (long first = from; first < to; first += BATCH) {
      GeneratedPage[] pages = generate(workers, first, (int) Math.min(BATCH, to - first));
      for (GeneratedPage page : pages) {
        long start = System.nanoTime();
        try {
          PageExtraction.extract(page);
          nanos += System.nanoTime() - start;
          docs++;
        } catch (ExtractionException | RuntimeException e) {
          // already counted and logged by the pipeline
        }
      }
    }
    return new long[] {docs, nanos};
  }

  /**
   * Single-threaded dva indexing of the first {@code limit} spooled documents into a scratch index.
   */
  private long[] indexerAlone(Path spool, long limit) throws IOException {
    Path scratch = work.resolve("stage-index");
    BenchMain.deleteTree(scratch);
    long docs = 0;
    long nanos = 0;
    try (DocumentIndexer indexer = DocumentIndexer.open(scratch);
        ExtractedSpool.Reader in = new ExtractedSpool.Reader(spool)) {
      while (docs < limit) {
        List<ExtractedDocument> batch = read(in, (int) Math.min(BATCH, limit - docs));
        if (batch.isEmpty()) break;
        long start = System.nanoTime();
        for (ExtractedDocument d : batch) indexer.add(d);
        nanos += System.nanoTime() - start;
        docs += batch.size();
      }
      long start = System.nanoTime();
      indexer.commit();
      nanos += System.nanoTime() - start;
    }
    BenchMain.deleteTree(scratch);
    return new long[] {docs, nanos};
  }

  private GeneratedPage[] generate(Workers workers, long first, int count) throws IOException {
    GeneratedPage[] pages = new GeneratedPage[count];
    workers.forEach(count, i -> pages[i] = generator.page(first + i));
    return pages;
  }

  private ExtractedDocument extractOrLog(GeneratedPage page) {
    try {
      return PageExtraction.extract(page);
    } catch (ExtractionException | RuntimeException e) {
      log.println("bench: extraction failed for " + page.article().url() + ": " + e);
      return null;
    }
  }

  private static List<ExtractedDocument> read(ExtractedSpool.Reader in, int max)
      throws IOException {
    List<ExtractedDocument> batch = new ArrayList<>(max);
    while (batch.size() < max) {
      ExtractedDocument d = in.next();
      if (d == null) break;
      batch.add(d);
    }
    return batch;
  }

  /** Bytes on disk of the files in an index directory. */
  static long sizeOnDisk(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      long total = 0;
      for (Path f : (Iterable<Path>) files::iterator)
        if (Files.isRegularFile(f)) total += Files.size(f);
      return total;
    }
  }

  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) n++;
      else if (c < 0x800) n += 2;
      else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else n += 3;
    }
    return n;
  }
}
