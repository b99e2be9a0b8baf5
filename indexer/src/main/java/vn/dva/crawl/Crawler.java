package vn.dva.crawl;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Crawls the sites of sites.tsv into {@code OUT/archive/*.warc.gz}, remembering its frontier in
 * {@code OUT/state/journal.tsv}. Hosts are crawled in parallel, each with one request at a time and
 * its delay between requests; links never leave the configured hosts. A run that was stopped or
 * killed is continued by the next run without refetching what was archived; a run that finished
 * makes the next one a re-crawl with If-None-Match / If-Modified-Since. Progress goes to the given
 * stream. One instance crawls once; {@link #stop()} may be called from any thread.
 */
public final class Crawler {

  /** The name written into each WARC file's warcinfo record. */
  public static final String SOFTWARE = "dva-crawler/0.1 (jwarc, crawler-commons, jsoup)";

  private final List<Site> sites;
  private final Path out;
  private final CrawlConfig config;
  private final CrawlStats stats;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Map<String, HostQueue> hosts = new LinkedHashMap<>();
  private volatile boolean stopping;
  private int active;
  private int requestsThisRun;
  private int postponed;
  private CrawlJournal journal;
  private TrapDetector traps;
  private PageVisitor visitor;
  private RobotsReader robotsReader;

  /**
   * @param sites the sites to crawl, not empty
   * @param out the output folder; {@code archive/} and {@code state/} are created inside
   * @param config limits and manners
   * @param progress where progress lines, errors and the summary go (stderr for the CLI)
   */
  public Crawler(List<Site> sites, Path out, CrawlConfig config, PrintWriter progress) {
    if (sites == null || sites.isEmpty()) throw new IllegalArgumentException("no site to crawl");
    this.sites = List.copyOf(sites);
    this.out = out;
    this.config = config;
    this.stats = new CrawlStats(progress);
  }

  /** Asks a running crawl to finish the requests in flight and return; the rest stays queued. */
  public void stop() {
    stopping = true;
    lock.lock();
    try {
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Crawls until the frontier is empty, {@code maxPages} requests were made, or {@link #stop()}.
   *
   * @return counts of what this run did
   * @throws IOException when the output folder cannot be written
   * @throws IllegalStateException when another crawl holds the lock of {@code out}
   */
  public CrawlSummary run() throws IOException, InterruptedException {
    Path stateDir = out.resolve("state");
    Files.createDirectories(stateDir);
    try (FileChannel lockChannel =
            FileChannel.open(
                stateDir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held = lockChannel.tryLock()) {
      if (held == null) throw new IllegalStateException("another crawl is running on " + out);
      try (CrawlJournal j = CrawlJournal.open(stateDir);
          WarcArchive archive =
              new WarcArchive(out.resolve("archive"), config.warcRotateBytes(), SOFTWARE);
          HttpFetcher fetcher = new HttpFetcher(config)) {
        this.journal = j;
        this.traps = new TrapDetector(config.calendarLimit(), config.shapeLimit());
        this.visitor = new PageVisitor(config, fetcher, archive, j, stats, this::offer);
        this.robotsReader = new RobotsReader(config, fetcher, archive, j, stats);
        for (Site s : sites)
          hosts
              .computeIfAbsent(s.hostKey(), k -> new HostQueue(s, config.defaultDelay()))
              .addSite(s);
        prepare(archive);
        boolean finished = schedule();
        int left = queuedCount();
        if (finished) j.cycleFinished();
        CrawlSummary summary = stats.summary(left, finished);
        stats.note(summary.line());
        return summary;
      }
    }
  }

  /** Starts a new cycle (first crawl or re-crawl) or continues the unfinished one. */
  private void prepare(WarcArchive archive) throws IOException {
    CrawlJournal.State st = journal.state();
    if (st.cycle == 0 || st.cycleFinished) {
      List<String> known = new ArrayList<>();
      st.captures
          .values()
          .forEach(
              c -> {
                if (c.status() >= 200 && c.status() < 300) known.add(c.url());
              });
      journal.cycleStarted(st.cycle + 1);
      seed();
      for (String url : known)
        offer(URI.create(url), st.depth.getOrDefault(url, 1), 0, Outlink.Kind.PAGE);
      return;
    }
    List<FrontierEntry> pending = new ArrayList<>(st.queued.values());
    for (FrontierEntry e : pending) traps.check(URI.create(e.url()));
    new ArchiveReconciler(journal, visitor, stats)
        .reconcile(WarcArchive.existingFiles(out.resolve("archive")), this::hostOf);
    for (FrontierEntry e : pending) {
      if (journal.state().done.contains(e.url())) continue;
      HostQueue h = hostOf(URI.create(e.url()));
      if (h != null) h.queue.add(e);
    }
    seed();
    stats.note("Tiếp tục lần thu thập " + st.cycle + ": " + queuedCount() + " địa chỉ còn chờ");
  }

  private void seed() throws IOException {
    for (Site s : sites) offer(s.start(), 0, 0, Outlink.Kind.PAGE);
    for (HostQueue h : List.copyOf(hosts.values()))
      offer(h.root.resolve("/sitemap.xml"), 0, 0, Outlink.Kind.FEED);
  }

  /**
   * The queue of {@code url}'s host, or null when it is not a configured host. The same host name
   * on the other scheme's default port, or with/without a leading {@code www.}, counts as the
   * configured host (portals redirect http to https and back) and gets its own polite queue.
   */
  HostQueue hostOf(URI url) {
    String key = UrlNormalizer.hostKey(url);
    HostQueue h = hosts.get(key);
    if (h != null || url.getPort() != -1) return h;
    for (HostQueue configured : List.copyOf(hosts.values())) {
      if (!sameSite(configured.root, url)) continue;
      HostQueue sibling = null;
      for (Site s : configured.sites) {
        URI start =
            URI.create(url.getScheme() + "://" + url.getRawAuthority() + s.start().getRawPath());
        Site rebased = new Site(s.province(), start);
        if (sibling == null) sibling = new HostQueue(rebased, config.defaultDelay());
        else sibling.addSite(rebased);
      }
      hosts.put(key, sibling);
      return sibling;
    }
    return null;
  }

  /** Same host name, ignoring a leading {@code www.}. */
  static boolean sameSite(URI configuredRoot, URI candidate) {
    return bareHost(configuredRoot).equals(bareHost(candidate));
  }

  private static String bareHost(URI u) {
    String h = u.getHost() == null ? "" : u.getHost().toLowerCase(java.util.Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  /** Queues a discovered URL unless it is off the configured hosts, seen, too deep or a trap. */
  void offer(URI url, int depth, int hops, Outlink.Kind kind) throws IOException {
    lock.lock();
    try {
      HostQueue h = hostOf(url);
      if (h == null) {
        synchronized (stats) {
          stats.offHost++;
        }
        return;
      }
      String u = url.toString();
      synchronized (journal) {
        if (journal.state().queued.containsKey(u)) return;
      }
      int limit = kind == Outlink.Kind.ATTACHMENT ? config.maxDepth() + 1 : config.maxDepth();
      if (depth > limit || traps.check(url).isPresent()) {
        synchronized (stats) {
          stats.trapsCut++;
        }
        return;
      }
      FrontierEntry e = new FrontierEntry(u, depth, hops, kind, 0);
      journal.queued(e);
      h.queue.add(e);
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Hands ready hosts to workers until nothing is left; true when the cycle is complete. */
  private boolean schedule() throws InterruptedException {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            config.parallelHosts(),
            r -> {
              Thread t = new Thread(r, "dva-crawl-worker");
              t.setDaemon(true);
              return t;
            });
    ScheduledExecutorService ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "dva-crawl-progress");
              t.setDaemon(true);
              return t;
            });
    long every = Math.max(1, config.progressEvery().toMillis());
    ticker.scheduleAtFixedRate(this::printProgress, every, every, TimeUnit.MILLISECONDS);
    lock.lock();
    try {
      while (true) {
        boolean limited = requestsThisRun >= config.maxPages();
        if (stopping || limited) {
          if (active == 0) return false;
          changed.await();
          continue;
        }
        long now = System.nanoTime();
        long wait = TimeUnit.SECONDS.toNanos(1);
        HostQueue ready = null;
        boolean work = false;
        for (HostQueue h : hosts.values()) {
          if (!h.hasWork()) continue;
          work = true;
          if (h.busy) continue;
          long w = h.nextAllowedNanos - now;
          if (w <= 0 && ready == null) ready = h;
          else if (w > 0) wait = Math.min(wait, w);
        }
        if (ready != null && active < config.parallelHosts()) {
          HostQueue chosen = ready;
          chosen.busy = true;
          active++;
          pool.execute(() -> work(chosen));
          continue;
        }
        if (!work && active == 0) return !anyGaveUp() && postponed == 0;
        changed.awaitNanos(wait);
      }
    } finally {
      lock.unlock();
      ticker.shutdownNow();
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  private void work(HostQueue h) {
    FrontierEntry entry = null;
    PageVisitor.Outcome outcome = PageVisitor.Outcome.NO_REQUEST;
    try {
      if (h.robots == null) {
        outcome = robotsReader.read(h, this::offer);
      } else {
        lock.lock();
        try {
          entry = h.queue.poll();
        } finally {
          lock.unlock();
        }
        if (entry != null) outcome = visitor.visit(h, entry);
      }
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
      outcome = new PageVisitor.Outcome(false, null, true);
    } catch (IOException | RuntimeException e) {
      String where = entry == null ? h.root.toString() : entry.url();
      stats.error(h, where, "lỗi nội bộ: " + e);
      if (entry != null) {
        try {
          journal.skipped(entry.url(), "lỗi nội bộ: " + e);
        } catch (IOException journalBroken) {
          stats.error(h, where, "không ghi được nhật ký: " + journalBroken);
        }
      }
    } finally {
      finish(h, entry, outcome);
    }
  }

  private void finish(HostQueue h, FrontierEntry entry, PageVisitor.Outcome outcome) {
    lock.lock();
    try {
      long now = System.nanoTime();
      h.busy = false;
      active--;
      if (outcome.postponed()) postponed++;
      if (outcome.requested()) {
        requestsThisRun++;
        h.nextAllowedNanos = now + h.delay.toNanos();
      }
      if (outcome.retryAfter() != null) {
        if (entry != null) h.queue.addFirst(entry.retry());
        long retryAt = now + Math.max(outcome.retryAfter().toNanos(), h.delay.toNanos());
        h.nextAllowedNanos = Math.max(h.nextAllowedNanos, retryAt);
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private boolean anyGaveUp() {
    for (HostQueue h : hosts.values()) if (h.gaveUp) return true;
    return false;
  }

  private int queuedCount() {
    lock.lock();
    try {
      int n = 0;
      for (HostQueue h : hosts.values()) n += h.queue.size();
      return n;
    } finally {
      lock.unlock();
    }
  }

  private void printProgress() {
    lock.lock();
    try {
      stats.progress(hosts.values(), active);
    } finally {
      lock.unlock();
    }
  }

  /** The delay used when robots.txt names none; exposed for the CLI's help text. */
  public Duration defaultDelay() {
    return config.defaultDelay();
  }
}
