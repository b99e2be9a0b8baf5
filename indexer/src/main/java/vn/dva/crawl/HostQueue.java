package vn.dva.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The frontier of one host ({@code host:port}) and its manners: robots.txt rules, the delay between
 * requests, when the next request may start, whether a request is in flight (one at a time), and
 * its counters. Guarded by the crawler's lock; not thread-safe on its own.
 */
final class HostQueue {

  final String key;
  final URI root;
  final List<Site> sites = new ArrayList<>();
  final Deque<FrontierEntry> queue = new ArrayDeque<>();
  RobotsPolicy robots;
  int robotsAttempts;
  boolean gaveUp;
  boolean busy;
  long nextAllowedNanos;
  Duration delay;
  int pages;
  int errors;
  long bytes;

  HostQueue(Site first, Duration delay) {
    this.key = first.hostKey();
    URI s = first.start();
    this.root = URI.create(s.getScheme() + "://" + s.getRawAuthority() + "/");
    this.delay = delay;
    sites.add(first);
  }

  /** Adds another site served by this host (several provinces may share a portal). */
  HostQueue addSite(Site s) {
    if (!sites.contains(s)) sites.add(s);
    return this;
  }

  /** Whether this host has something to do now or later in this run. */
  boolean hasWork() {
    if (gaveUp) return false;
    return robots == null || !queue.isEmpty();
  }

  /**
   * The province of the site a URL belongs to: the site whose start URL shares the longest path
   * prefix with it, else the first site of the host.
   */
  String province(URI url) {
    String path = url.getRawPath() == null ? "/" : url.getRawPath();
    Site best = sites.get(0);
    int bestLength = -1;
    for (Site s : sites) {
      String start = s.start().getRawPath();
      String dir = start.substring(0, start.lastIndexOf('/') + 1);
      if (path.startsWith(dir) && dir.length() > bestLength) {
        best = s;
        bestLength = dir.length();
      }
    }
    return best.province();
  }
}
