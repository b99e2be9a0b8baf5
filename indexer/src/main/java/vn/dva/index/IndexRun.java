package vn.dva.index;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import vn.dva.extract.ExtractedDocument;

/**
 * One batch of indexing: walks files and folders, extracts each supported file and writes it to
 * the index, committing every {@code commitEvery} documents and at the end.
 *
 * <p>A file that fails is reported on {@code log} with its reason and counted; the batch goes on.
 * Files of unknown type are skipped and counted. A crash or kill between commits loses only the
 * documents since the last commit; the index stays readable. Extraction runs on a small thread
 * pool; the order of documents in the index is not defined.
 */
public final class IndexRun {

  /** Reads one file into a document; throws with a message naming the reason when it cannot. */
  @FunctionalInterface
  public interface FileExtractor {
    List<ExtractedDocument> extract(Path file) throws Exception;
  }

  /** Counts of one run. */
  public record Summary(int indexed, int skipped, int failed, double seconds, int documentsInIndex) {
    /** One line for people and scripts: {@code index: indexed=… skipped=… failed=… seconds=…}. */
    public String line() {
      return String.format(
          java.util.Locale.ROOT,
          "index: indexed=%d skipped=%d failed=%d seconds=%.1f docs_in_index=%d",
          indexed, skipped, failed, seconds, documentsInIndex);
    }
  }

  /** Default number of documents between commits. */
  public static final int DEFAULT_COMMIT_EVERY = 500;

  private final FileExtractor extractor;
  private final Predicate<Path> supported;
  private final PrintWriter log;
  private final int commitEvery;
  private final int threads;

  /**
   * @param extractor reads one file into zero or more documents (a WARC file holds many)
   * @param supported whether a file is of a type the extractor reads; others are skipped
   * @param log where failures and skipped files are reported (usually stderr)
   * @param commitEvery documents between commits, at least 1
   * @param threads extraction threads, at least 1
   */
  public IndexRun(FileExtractor extractor, Predicate<Path> supported, PrintWriter log, int commitEvery, int threads) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.supported = Objects.requireNonNull(supported, "supported");
    this.log = Objects.requireNonNull(log, "log");
    if (commitEvery < 1) throw new IllegalArgumentException("commitEvery must be at least 1, got " + commitEvery);
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    this.commitEvery = commitEvery;
    this.threads = threads;
  }

  /**
   * Indexes every file under {@code paths} into the index at {@code indexDir}.
   *
   * @throws IllegalArgumentException when a path does not exist (nothing is indexed then)
   */
  public Summary run(Path indexDir, List<Path> paths) throws IOException {
    for (Path p : paths) {
      if (!Files.exists(p)) throw new IllegalArgumentException("no such file or folder: " + p);
    }
    long start = System.nanoTime();
    List<Path> files = listFiles(paths);
    AtomicInteger indexed = new AtomicInteger();
    AtomicInteger skipped = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dva-extract");
      t.setDaemon(true);
      return t;
    });
    try (DocumentIndexer indexer = DocumentIndexer.open(indexDir)) {
      List<Future<?>> pending = new ArrayList<>();
      int sinceCommit = 0;
      for (Path file : files) {
        if (!supported.test(file)) {
          skipped.incrementAndGet();
          log.println("dva: skipped " + file + ": unsupported file type");
          continue;
        }
        pending.add(pool.submit(() -> indexOne(indexer, file, indexed, failed)));
        if (pending.size() >= Math.min(threads * 4, commitEvery - sinceCommit)) {
          sinceCommit += drain(pending);
          if (sinceCommit >= commitEvery) {
            indexer.commit();
            sinceCommit = 0;
          }
        }
      }
      drain(pending);
      indexer.commit();
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Summary(indexed.get(), skipped.get(), failed.get(), seconds, indexer.documentCount());
    } finally {
      pool.shutdownNow();
    }
  }

  private void indexOne(DocumentIndexer indexer, Path file, AtomicInteger indexed, AtomicInteger failed) {
    try {
      for (ExtractedDocument doc : extractor.extract(file)) {
        indexer.add(doc);
        indexed.incrementAndGet();
      }
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      failed.incrementAndGet();
      log.println("dva: failed " + file + ": " + reason(e));
    }
  }

  private static int drain(List<Future<?>> pending) throws IOException {
    int n = pending.size();
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
    return n;
  }

  private static String reason(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.lines().findFirst().orElse(""));
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
        walk.filter(Files::isRegularFile)
            .filter(f -> !isHidden(p, f))
            .sorted()
            .forEach(out::add);
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
