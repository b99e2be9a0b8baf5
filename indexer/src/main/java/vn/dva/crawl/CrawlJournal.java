package vn.dva.crawl;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The crawl's memory between runs: an append-only, line-per-event file ({@code journal.tsv}) in the
 * state folder. Each line is flushed to the operating system as it is written, so killing the JVM
 * loses at most the line being written; a torn last line is ignored on replay. Events: a cycle
 * starts ({@code C}), a URL is queued ({@code Q}), fetched and archived ({@code F}), given up
 * ({@code X}), robots.txt read ({@code R}), the cycle ends ({@code Z}). Thread-safe.
 */
final class CrawlJournal implements Closeable {

  /**
   * What an earlier fetch of a URL left behind, for conditional re-fetching and duplicate
   * detection.
   */
  record Capture(
      String url,
      int status,
      Instant date,
      String digest,
      String etag,
      String lastModified,
      String recordId) {}

  /** A robots.txt fetched earlier. */
  record RobotsCopy(int status, Instant date, String contentType, byte[] body) {}

  /** Everything the journal says, replayed. */
  static final class State {
    int cycle;
    boolean cycleFinished;
    final Map<String, FrontierEntry> queued = new LinkedHashMap<>();
    final Set<String> done = new HashSet<>();
    final Map<String, Capture> captures = new HashMap<>();
    final Map<String, Capture> firstByDigest = new HashMap<>();
    final Map<String, Integer> depth = new HashMap<>();
    final Map<String, RobotsCopy> robots = new HashMap<>();
  }

  private final Path file;
  private final BufferedWriter out;
  private final State state;

  private CrawlJournal(Path file, State state) throws IOException {
    this.file = file;
    this.state = state;
    this.out =
        Files.newBufferedWriter(
            file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /** Opens (creating) the journal in {@code stateDir} and replays it. */
  static CrawlJournal open(Path stateDir) throws IOException {
    Files.createDirectories(stateDir);
    Path file = stateDir.resolve("journal.tsv");
    State state = new State();
    if (Files.exists(file)) {
      byte[] bytes = Files.readAllBytes(file);
      String text = new String(bytes, StandardCharsets.UTF_8);
      int end = text.lastIndexOf('\n');
      for (String line : text.substring(0, end + 1).split("\n")) replay(state, line);
      if (end + 1 < text.length()) Files.writeString(file, "\n", StandardOpenOption.APPEND);
    }
    return new CrawlJournal(file, state);
  }

  State state() {
    return state;
  }

  Path file() {
    return file;
  }

  private static void replay(State s, String line) {
    String[] f = line.split("\t", -1);
    try {
      switch (f[0]) {
        case "C" -> {
          s.cycle = Integer.parseInt(f[1]);
          s.cycleFinished = false;
          s.queued.clear();
          s.done.clear();
        }
        case "Q" -> {
          FrontierEntry e =
              new FrontierEntry(
                  un(f[4]),
                  Integer.parseInt(f[1]),
                  Integer.parseInt(f[2]),
                  Outlink.Kind.valueOf(f[3]),
                  0);
          s.queued.putIfAbsent(e.url(), e);
          s.depth.putIfAbsent(e.url(), e.depth());
        }
        case "F" -> {
          Capture c =
              new Capture(
                  un(f[1]),
                  Integer.parseInt(f[2]),
                  Instant.parse(f[3]),
                  opt(f[4]),
                  opt(f[5]),
                  opt(f[6]),
                  opt(f[7]));
          s.done.add(c.url());
          recordCapture(s, c);
        }
        case "X" -> s.done.add(un(f[1]));
        case "R" ->
            s.robots.put(
                un(f[1]),
                new RobotsCopy(
                    Integer.parseInt(f[2]),
                    Instant.parse(f[3]),
                    opt(f[4]),
                    Base64.getDecoder().decode(f[5])));
        case "Z" -> s.cycleFinished = true;
        default -> {
          /* blank or unknown line: ignore */
        }
      }
    } catch (RuntimeException torn) {
      // a malformed line (e.g. cut by a crash before the newline was added): skip it
    }
  }

  private static void recordCapture(State s, Capture c) {
    if (c.status() == 304) {
      Capture before = s.captures.get(c.url());
      if (before != null)
        c =
            new Capture(
                c.url(),
                before.status(),
                before.date(),
                before.digest(),
                c.etag() != null ? c.etag() : before.etag(),
                c.lastModified() != null ? c.lastModified() : before.lastModified(),
                before.recordId());
    }
    s.captures.put(c.url(), c);
    if (c.status() >= 200 && c.status() < 300 && c.digest() != null)
      s.firstByDigest.putIfAbsent(c.digest(), c);
  }

  synchronized void cycleStarted(int cycle) throws IOException {
    state.cycle = cycle;
    state.cycleFinished = false;
    state.queued.clear();
    state.done.clear();
    append("C\t" + cycle);
  }

  synchronized void queued(FrontierEntry e) throws IOException {
    state.queued.putIfAbsent(e.url(), e);
    state.depth.putIfAbsent(e.url(), e.depth());
    append("Q\t" + e.depth() + "\t" + e.hops() + "\t" + e.kind() + "\t" + esc(e.url()));
  }

  synchronized void fetched(Capture c) throws IOException {
    state.done.add(c.url());
    recordCapture(state, c);
    append(
        String.join(
            "\t",
            "F",
            esc(c.url()),
            Integer.toString(c.status()),
            c.date().toString(),
            esc(c.digest()),
            esc(c.etag()),
            esc(c.lastModified()),
            esc(c.recordId())));
  }

  synchronized void skipped(String url, String reason) throws IOException {
    state.done.add(url);
    append("X\t" + esc(url) + "\t" + esc(reason));
  }

  synchronized void robots(String hostKey, RobotsCopy r) throws IOException {
    state.robots.put(hostKey, r);
    append(
        String.join(
            "\t",
            "R",
            esc(hostKey),
            Integer.toString(r.status()),
            r.date().toString(),
            esc(r.contentType()),
            Base64.getEncoder().encodeToString(r.body())));
  }

  synchronized void cycleFinished() throws IOException {
    state.cycleFinished = true;
    append("Z\t" + state.cycle);
  }

  private void append(String line) throws IOException {
    out.write(line);
    out.write('\n');
    out.flush();
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }

  private static String esc(String v) {
    if (v == null) return "-";
    return v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String opt(String v) {
    return "-".equals(v) ? null : un(v);
  }

  private static String un(String v) {
    if (v.indexOf('\\') < 0) return v;
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '\\' && i + 1 < v.length()) {
        char n = v.charAt(++i);
        s.append(
            switch (n) {
              case 't' -> '\t';
              case 'n' -> '\n';
              case 'r' -> '\r';
              default -> n;
            });
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }
}
