package vn.dva.index;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.store.AlreadyClosedException;
import vn.dva.crawl.ArchivedDocument;
import vn.dva.crawl.WarcDocuments;
import vn.dva.extract.DocumentExtractor;
import vn.dva.extract.ExtractedDocument;
import vn.dva.extract.ExtractionHints;

/**
 * One batch of indexing: walks files and folders, extracts each supported file (and every document
 * archived in {@code .warc}/{@code .warc.gz} files) and writes it to the index, committing every
 * {@code commitEvery} documents and at the end.
 *
 * <p>A file or archived record that fails is reported on {@code log} with its reason and counted;
 * the batch goes on. Files of unknown type are skipped and counted. A crash or kill between commits
 * loses only the documents since the last commit; the index stays readable. Extraction runs on a
 * small thread pool; the order of documents in the index is not defined. Not thread-safe: one
 * {@link #run} at a time.
 */
public final class IndexRun {

  /** Counts of one run. */
  public record Summary(
      int indexed, int skipped, int failed, double seconds, int documentsInIndex) {
    /** One line for people and scripts: {@code index: indexed=… skipped=… failed=… seconds=…}. */
    public String line() {
      return String.format(
          Locale.ROOT,
          "index: indexed=%d skipped=%d failed=%d seconds=%.1f docs_in_index=%d",
          indexed,
          skipped,
          failed,
          seconds,
          documentsInIndex);
    }
  }

  /** Default number of documents between commits. */
  public static final int DEFAULT_COMMIT_EVERY = 500;

  /** One unit of extraction work: produce a document, or throw with the reason. */
  @FunctionalInterface
  private interface Job {
    void run(DocumentSink indexer) throws Exception;
  }

  /** Opens the index a batch writes to. */
  @FunctionalInterface
  interface IndexOpener {
    DocumentIndexer open(Path dir) throws IOException;
  }

  private final DocumentExtractor extractor;
  private IndexOpener opener = DocumentIndexer::open;
  private final PrintWriter log;
  private final int commitEvery;
  private final int threads;
  private Duration progressEvery;

  /**
   * @param extractor reads files and archived responses into documents
   * @param log where failures and skipped files are reported (usually stderr)
   * @param commitEvery documents between commits, at least 1
   * @param threads extraction threads, at least 1
   */
  public IndexRun(DocumentExtractor extractor, PrintWriter log, int commitEvery, int threads) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.log = Objects.requireNonNull(log, "log");
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery must be at least 1, got " + commitEvery);
    }
    if (threads < 1)
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    this.commitEvery = commitEvery;
    this.threads = threads;
  }

  /**
   * Prints a progress line on the log every {@code every} while a run lasts (documents indexed,
   * rate, elapsed time, failures); null (the default) prints none. The CLI turns it on when stderr
   * is a terminal, as {@code dva crawl} reports its progress.
   */
  public IndexRun withProgressEvery(Duration every) {
    if (every != null && (every.isNegative() || every.isZero())) {
      throw new IllegalArgumentException("progress interval must be positive, got " + every);
    }
    this.progressEvery = every;
    return this;
  }

  /** Opens the index with {@code opener} instead (tests give a writer that fails on purpose). */
  IndexRun withOpener(IndexOpener opener) {
    this.opener = Objects.requireNonNull(opener, "opener");
    return this;
  }

  /**
   * Indexes every file under {@code paths} into the index at {@code indexDir}.
   *
   * @throws IllegalArgumentException when a path does not exist (nothing is indexed then)
   */
  public Summary run(Path indexDir, List<Path> paths) throws IOException {
    requireExisting(paths);
    return runInto(() -> opener.open(indexDir), paths);
  }

  /**
   * Indexes every file under {@code paths} into {@code sink} (an OpenSearch cluster, say). The sink
   * is closed at the end; a sink that stops ({@link DocumentSink#stopped()}) is reopened by taking
   * it again, so give one that can go on.
   *
   * @throws IllegalArgumentException when a path does not exist (nothing is indexed then)
   */
  public Summary run(DocumentSink sink, List<Path> paths) throws IOException {
    requireExisting(paths);
    return runInto(() -> sink, paths);
  }

  /** Opens the sink documents go to; called again when the sink stopped. */
  @FunctionalInterface
  private interface SinkOpener {
    DocumentSink open() throws IOException;
  }

  private static void requireExisting(List<Path> paths) {
    for (Path p : paths) {
      if (!Files.exists(p)) throw new IllegalArgumentException("no such file or folder: " + p);
    }
  }

  private Summary runInto(SinkOpener sinks, List<Path> paths) throws IOException {
    long start = System.nanoTime();
    List<Path> documents = new ArrayList<>();
    List<Path> archives = new ArrayList<>();
    int skipped = 0;
    for (Path file : listFiles(paths)) {
      if (WarcDocuments.isWarc(file)) {
        archives.add(file);
      } else if (DocumentExtractor.supports(file)) {
        documents.add(file);
      } else {
        skipped++;
        log.println("dva: skipped " + file + ": unsupported file type");
      }
    }
    try (Batch batch = new Batch(sinks);
        Progress progress = Progress.start(progressEvery, log, start, batch)) {
      for (Path file : documents) {
        batch.submit(file.toString(), ix -> ix.add(extractor.extract(file)));
      }
      if (!archives.isEmpty()) {
        WarcDocuments.ReadSummary read =
            WarcDocuments.read(
                archives,
                archived ->
                    batch.submitUnchecked(
                        archived.url().toString(), ix -> indexArchived(ix, archived)));
        for (String problem : read.problems()) batch.fail("dva: failed archive record " + problem);
      }
      batch.finish();
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Summary(
          batch.indexed.get(),
          skipped,
          batch.failed.get(),
          seconds,
          Math.toIntExact(batch.indexer.documentCount()));
    }
  }

  /** The progress line, printed from a daemon timer while a run lasts. */
  private static final class Progress implements AutoCloseable {
    /** Groups thousands with dots, as Vietnamese writes them. */
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final ScheduledExecutorService timer;
    private final Runnable print;

    private Progress(ScheduledExecutorService timer, Runnable print) {
      this.timer = timer;
      this.print = print;
    }

    static Progress start(Duration every, PrintWriter log, long startNanos, Batch batch) {
      if (every == null) return new Progress(null, null);
      Runnable print = () -> log.println(line(System.nanoTime() - startNanos, batch));
      ScheduledExecutorService timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "dva-index-progress");
                t.setDaemon(true);
                return t;
              });
      long ms = every.toMillis();
      timer.scheduleAtFixedRate(print, ms, ms, TimeUnit.MILLISECONDS);
      return new Progress(timer, print);
    }

    /** {@code [dva index 01:05] 12.345 tài liệu, 190/giây, 2 lỗi}. */
    static String line(long elapsedNanos, Batch batch) {
      long seconds = TimeUnit.NANOSECONDS.toSeconds(elapsedNanos);
      int done = batch.indexed.get();
      double rate = done / Math.max(1e-9, elapsedNanos / 1e9);
      return String.format(
          VIETNAMESE,
          "[dva index %02d:%02d] %,d tài liệu, %,.0f/giây, %d lỗi",
          seconds / 60,
          seconds % 60,
          done,
          rate,
          batch.failed.get());
    }

    /** Stops the timer and prints the final counts, so that even a short run shows one line. */
    @Override
    public void close() {
      if (timer == null) return;
      timer.shutdownNow();
      print.run();
    }
  }

  private void indexArchived(DocumentSink indexer, ArchivedDocument archived) throws Exception {
    URI url = archived.url();
    ExtractedDocument doc =
        extractor.extract(
            archived.body(),
            archived.contentType(),
            url,
            new ExtractionHints(archived.province(), url.getHost()));
    indexer.add(doc, archived.alternateUrls().stream().map(URI::toString).toList());
  }

  /** A job with its name and how its last attempt ended. */
  private static final class Attempt {
    final String name;
    final Job job;
    volatile boolean succeeded;
    volatile boolean writerWasClosed;

    Attempt(String name, Job job) {
      this.name = name;
      this.job = job;
    }
  }

  /**
   * Runs jobs on the pool in groups, committing at exact multiples of {@code commitEvery}.
   *
   * <p>An error in one document is that document's failure only. Should the writer itself stop
   * (Lucene closes an {@code IndexWriter} after an error it cannot undo, such as running out of
   * memory inside {@code addDocument}), the batch reopens it from the last commit and runs again
   * the documents added since, except the one that broke it: what was committed stays, and the rest
   * of the batch goes on.
   */
  private final class Batch implements AutoCloseable {
    final AtomicInteger indexed = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    volatile DocumentSink indexer;
    private final SinkOpener sinks;
    private final ExecutorService pool;
    private final List<Future<?>> pending = new ArrayList<>();
    private final List<Attempt> sinceCommit = new ArrayList<>();

    Batch(SinkOpener sinks) throws IOException {
      this.sinks = sinks;
      this.indexer = sinks.open();
      this.pool =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                Thread t = new Thread(r, "dva-extract");
                t.setDaemon(true);
                return t;
              });
    }

    void submit(String name, Job job) throws IOException {
      Attempt attempt = new Attempt(name, job);
      sinceCommit.add(attempt);
      pending.add(pool.submit(() -> run(attempt)));
      if (pending.size()
          >= Math.min(threads * 4, commitEvery - sinceCommit.size() + pending.size())) {
        drain();
        if (sinceCommit.size() >= commitEvery) commit();
      }
    }

    private void run(Attempt attempt) {
      DocumentSink ix = indexer;
      try {
        attempt.job.run(ix);
        attempt.succeeded = true;
        indexed.incrementAndGet();
      } catch (Exception | StackOverflowError | OutOfMemoryError e) {
        if (e instanceof AlreadyClosedException && ix.stopped() != null) {
          attempt.writerWasClosed = true; // another document broke the writer: run again
        } else {
          fail("dva: failed " + attempt.name + ": " + reason(e));
        }
      }
    }

    void submitUnchecked(String name, Job job) {
      try {
        submit(name, job);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void fail(String message) {
      failed.incrementAndGet();
      log.println(message);
    }

    void finish() throws IOException {
      drain();
      commit();
    }

    private void commit() throws IOException {
      indexer.commit();
      sinceCommit.clear();
    }

    /** Waits for the pending jobs; reopens the writer when one of them stopped it. */
    private void drain() throws IOException {
      await();
      Throwable stopped = indexer.stopped();
      if (stopped == null) return;
      List<Attempt> again =
          sinceCommit.stream().filter(a -> a.succeeded || a.writerWasClosed).toList();
      log.println(
          "dva: the index writer stopped ("
              + reason(stopped)
              + "); reopening it from the last commit and indexing again the "
              + again.size()
              + " documents added since");
      indexed.addAndGet(-(int) again.stream().filter(a -> a.succeeded).count());
      try {
        indexer.close();
      } catch (IOException | RuntimeException alreadyGone) {
        // the writer is closed already; its files are released
      }
      indexer = sinks.open();
      sinceCommit.clear();
      for (Attempt a : again) {
        Attempt retry = new Attempt(a.name, a.job);
        sinceCommit.add(retry);
        pending.add(pool.submit(() -> run(retry)));
      }
      await();
      if (indexer.stopped() != null) {
        throw new IOException("the index writer stopped twice in a row", indexer.stopped());
      }
    }

    private void await() throws IOException {
      for (Future<?> f : pending) {
        try {
          f.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("indexing interrupted", e);
        } catch (ExecutionException e) {
          throw new IOException("indexing failed: " + reason(e.getCause()), e.getCause());
        }
      }
      pending.clear();
    }

    @Override
    public void close() throws IOException {
      pool.shutdownNow();
      indexer.close();
    }
  }

  private static String reason(Throwable e) {
    String m = e.getMessage();
    String first = m == null ? "" : m.lines().findFirst().orElse("");
    return e.getClass().getSimpleName() + (first.isBlank() ? "" : ": " + first);
  }

  /** Every regular file under the paths, hidden files and folders left out, in a stable order. */
  static List<Path> listFiles(List<Path> paths) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isRegularFile(p)) {
        out.add(p);
        continue;
      }
      try (Stream<Path> walk = Files.walk(p, FileVisitOption.FOLLOW_LINKS)) {
        walk.filter(Files::isRegularFile).filter(f -> !isHidden(p, f)).sorted().forEach(out::add);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    return out;
  }

  private static boolean isHidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) return true;
    }
    return false;
  }
}
