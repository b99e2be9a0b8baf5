package vn.dva.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import vn.dva.extract.ExtractedDocument;
import vn.dva.extract.ExtractionException;
import vn.dva.index.DocumentIndexer;

/**
 * Indexing throughput of the full dva pipeline against the bare-Lucene baseline, one corpus segment
 * at a time (so that growth checkpoints continue the same indexes).
 *
 * <p>Per segment: (1) generate each page and extract it, timing only the extraction, into a spool
 * file; (2) index the spool with {@link DocumentIndexer} (Vietnamese analysis, facets, offsets,
 * stored fields) and commit; (3) index the same spool into {@link BaselineIndex} and commit. Each
 * writer is closed after its commit, so merges still running are abandoned rather than charged to
 * the next phase; both sides are treated alike. Page generation is never timed. Single-threaded.
 */
final class IndexingBenchmark {

  /**
   * Measurements of one segment.
   *
   * @param docs documents in the segment
   * @param failures pages the extractor rejected (counted, logged, skipped)
   * @param htmlBytes bytes of HTML extracted
   * @param textBytes UTF-8 bytes of extracted title and text (what both indexes receive)
   * @param extractNanos time spent extracting
   * @param dvaIndexNanos time dva's indexer took, commit included
   * @param baselineNanos time the baseline took, commit included
   * @param dvaPeakHeapMb peak heap while dva indexed
   * @param dvaLiveHeapMb highest heap after a collection while dva indexed
   */
  record Segment(
      long docs,
      long failures,
      long htmlBytes,
      long textBytes,
      long extractNanos,
      long dvaIndexNanos,
      long baselineNanos,
      double dvaPeakHeapMb,
      double dvaLiveHeapMb) {

    Segment plus(Segment o) {
      return new Segment(
          docs + o.docs,
          failures + o.failures,
          htmlBytes + o.htmlBytes,
          textBytes + o.textBytes,
          extractNanos + o.extractNanos,
          dvaIndexNanos + o.dvaIndexNanos,
          baselineNanos + o.baselineNanos,
          Math.max(dvaPeakHeapMb, o.dvaPeakHeapMb),
          Math.max(dvaLiveHeapMb, o.dvaLiveHeapMb));
    }

    static Segment empty() {
      return new Segment(0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
  }

  private final CorpusGenerator generator;
  private final Path work;
  private final HeapWatcher heap;
  private final PrintStream log;

  IndexingBenchmark(CorpusGenerator generator, Path work, HeapWatcher heap, PrintStream log) {
    this.generator = generator;
    this.work = work;
    this.heap = heap;
    this.log = log;
  }

  /** Indexes documents {@code from} (inclusive) to {@code to} (exclusive) into both indexes. */
  Segment index(long from, long to, Path dvaDir, Path baselineDir) throws IOException {
    Files.createDirectories(work);
    Path spool = work.resolve("extracted.spool");
    long html = 0;
    long text = 0;
    long extract = 0;
    long failures = 0;
    long docs = 0;
    long step = Math.max(1, (to - from) / 10);
    try (ExtractedSpool.Writer out = new ExtractedSpool.Writer(spool)) {
      for (long i = from; i < to; i++) {
        GeneratedPage page = generator.page(i);
        long start = System.nanoTime();
        ExtractedDocument doc;
        try {
          doc = PageExtraction.extract(page);
        } catch (ExtractionException | RuntimeException e) {
          failures++;
          log.println("bench: extraction failed for " + page.article().url() + ": " + e);
          continue;
        }
        extract += System.nanoTime() - start;
        html += page.html().length;
        text += utf8Length(doc.title()) + utf8Length(doc.text());
        out.write(doc);
        docs++;
        if ((i - from + 1) % step == 0) log.printf("bench: extracted %,d of %,d%n", i + 1, to);
      }
    }
    heap.reset();
    long start = System.nanoTime();
    try (DocumentIndexer indexer = DocumentIndexer.open(dvaDir);
        ExtractedSpool.Reader in = new ExtractedSpool.Reader(spool)) {
      for (ExtractedDocument d = in.next(); d != null; d = in.next()) indexer.add(d);
      indexer.commit();
    }
    long dva = System.nanoTime() - start;
    double peak = heap.peakUsedMb();
    double live = heap.peakLiveMb();
    log.printf("bench: dva indexed %,d docs in %.1f s%n", docs, dva / 1e9);
    start = System.nanoTime();
    try (BaselineIndex baseline = BaselineIndex.open(baselineDir);
        ExtractedSpool.Reader in = new ExtractedSpool.Reader(spool)) {
      for (ExtractedDocument d = in.next(); d != null; d = in.next()) baseline.add(d);
      baseline.commit();
    }
    long base = System.nanoTime() - start;
    log.printf("bench: baseline indexed %,d docs in %.1f s%n", docs, base / 1e9);
    Files.deleteIfExists(spool);
    return new Segment(docs, failures, html, text, extract, dva, base, peak, live);
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
