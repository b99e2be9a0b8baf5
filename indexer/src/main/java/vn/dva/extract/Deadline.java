package vn.dva.extract;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one document's parse with a time limit, for every format (HTML, text, PDF, Word).
 *
 * <p>The parse runs on a daemon worker thread and is abandoned after the limit: the thread is
 * interrupted and left to finish on its own, since Java cannot stop a parser that ignores
 * interruption (only a separate process could kill it). An error of the parse, an {@link
 * OutOfMemoryError} or {@link StackOverflowError} included, becomes an {@link ExtractionException}
 * naming the document: the worker's memory is released as it unwinds, and the caller goes on with
 * the next document. Thread-safe.
 */
final class Deadline {

  private static final ExecutorService WORKERS =
      Executors.newCachedThreadPool(
          task -> {
            Thread t = new Thread(task, "dva-parse");
            t.setDaemon(true);
            return t;
          });

  private Deadline() {}

  /**
   * The result of {@code parse}, or an {@link ExtractionException} naming {@code name} when it
   * throws or is still running after {@code limit}.
   */
  static <T> T run(Duration limit, String name, Callable<T> parse) throws ExtractionException {
    Future<T> task = WORKERS.submit(parse);
    try {
      return task.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException slow) {
      task.cancel(true);
      throw new ExtractionException(
          name + ": gave up after " + limit.toMillis() + " ms (parse timeout)");
    } catch (InterruptedException interrupted) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      throw new ExtractionException(name + ": interrupted while parsing", interrupted);
    } catch (ExecutionException failed) {
      Throwable cause = failed.getCause();
      if (cause instanceof ExtractionException e) throw e;
      if (cause instanceof OutOfMemoryError) {
        throw new ExtractionException(name + ": too large to parse in memory", cause);
      }
      throw new ExtractionException(name + ": cannot parse: " + TikaExtractor.reason(cause), cause);
    }
  }
}
