package vn.dva.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed set of worker threads that run one indexed task over {@code 0..n-1} and wait for all of
 * it, the way the product's {@code IndexRun} spreads documents over its pool: each worker takes the
 * next index until none is left. Used from one thread at a time.
 */
final class Workers implements AutoCloseable {

  /** One step of a parallel loop; may throw {@link IOException}. */
  @FunctionalInterface
  interface Task {
    void run(int index) throws IOException;
  }

  private final int threads;
  private final ExecutorService pool;

  /**
   * @param threads worker threads, 1 or more
   */
  Workers(int threads) {
    if (threads < 1)
      throw new IllegalArgumentException("threads must be 1 or more, got " + threads);
    this.threads = threads;
    this.pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().factory());
  }

  /**
   * Runs {@code task} for every index in {@code 0..count-1} on the workers and returns when all are
   * done; the first failure is rethrown after every worker has stopped.
   */
  void forEach(int count, Task task) throws IOException {
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> running = new ArrayList<>(threads);
    for (int t = 0; t < Math.min(threads, count); t++) {
      running.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                  try {
                    task.run(i);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                }
                return null;
              }));
    }
    Throwable failure = null;
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (ExecutionException e) {
        if (failure == null) failure = e.getCause();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for the workers", e);
      }
    }
    if (failure instanceof UncheckedIOException u) throw u.getCause();
    if (failure instanceof RuntimeException r) throw r;
    if (failure instanceof Error e) throw e;
    if (failure != null) throw new IOException(failure);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
