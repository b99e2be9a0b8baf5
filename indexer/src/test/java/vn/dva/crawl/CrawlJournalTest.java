package vn.dva.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlJournalTest {

  @TempDir Path state;

  @Test
  void replaysQueuedAndDoneUrlsOfTheOpenCycle() throws Exception {
    try (CrawlJournal j = CrawlJournal.open(state)) {
      j.cycleStarted(1);
      j.queued(new FrontierEntry("http://dvtu.vn/", 0, 0, Outlink.Kind.PAGE, 0));
      j.queued(new FrontierEntry("http://dvtu.vn/a\tb", 1, 0, Outlink.Kind.PAGE, 0));
      j.fetched(
          new CrawlJournal.Capture(
              "http://dvtu.vn/",
              200,
              Instant.parse("2025-07-01T00:00:00Z"),
              "sha1:AAAA",
              "\"v1\"",
              null,
              "urn:uuid:1"));
    }
    CrawlJournal.State s = CrawlJournal.open(state).state();
    assertThat(s.cycle).isEqualTo(1);
    assertThat(s.cycleFinished).isFalse();
    assertThat(s.queued).containsOnlyKeys("http://dvtu.vn/", "http://dvtu.vn/a\tb");
    assertThat(s.done).containsExactly("http://dvtu.vn/");
    assertThat(s.captures.get("http://dvtu.vn/").etag()).isEqualTo("\"v1\"");
    assertThat(s.firstByDigest).containsKey("sha1:AAAA");
  }

  @Test
  void ignoresALineTornByAKillAndKeepsAppendingCleanly() throws Exception {
    try (CrawlJournal j = CrawlJournal.open(state)) {
      j.cycleStarted(1);
      j.queued(new FrontierEntry("http://dvtu.vn/", 0, 0, Outlink.Kind.PAGE, 0));
    }
    Files.writeString(
        state.resolve("journal.tsv"),
        "F\thttp://dvtu.vn/\t20",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    try (CrawlJournal j = CrawlJournal.open(state)) {
      assertThat(j.state().done).isEmpty();
      j.skipped("http://dvtu.vn/", "robots.txt cấm");
    }
    assertThat(CrawlJournal.open(state).state().done).containsExactly("http://dvtu.vn/");
  }

  @Test
  void aFinishedCycleIsRememberedForTheNextRun() throws Exception {
    try (CrawlJournal j = CrawlJournal.open(state)) {
      j.cycleStarted(1);
      j.cycleFinished();
    }
    CrawlJournal.State s = CrawlJournal.open(state).state();
    assertThat(s.cycle).isEqualTo(1);
    assertThat(s.cycleFinished).isTrue();
  }
}
