package vn.dva.crawl;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Closes the gap a kill leaves between the archive and the journal: a record can reach the WARC
 * file just before the JVM dies, without its journal line. On resume, the last WARC file is read;
 * each archived final answer whose URL the journal still lists as pending is journaled as done and
 * its links are discovered again, so it is not fetched a second time. A torn last record is ignored
 * (its URL is fetched again).
 */
final class ArchiveReconciler {

  private final CrawlJournal journal;
  private final PageVisitor visitor;
  private final CrawlStats stats;

  ArchiveReconciler(CrawlJournal journal, PageVisitor visitor, CrawlStats stats) {
    this.journal = journal;
    this.visitor = visitor;
    this.stats = stats;
  }

  void reconcile(List<Path> files, Function<URI, HostQueue> hostOf) throws IOException {
    if (files.isEmpty()) return;
    Path last = files.get(files.size() - 1);
    int recovered = 0;
    try (WarcReader reader = new WarcReader(last)) {
      for (WarcRecord record : reader) {
        if (!(record instanceof WarcResponse) && !(record instanceof WarcRevisit)) continue;
        WarcTargetRecord target = (WarcTargetRecord) record;
        String url = target.target();
        FrontierEntry entry;
        synchronized (journal) {
          entry = journal.state().queued.get(url);
          if (entry == null || journal.state().done.contains(url)) continue;
        }
        HttpResponse http =
            record instanceof WarcResponse r ? r.http() : ((WarcRevisit) record).http();
        int status = http.status();
        if (status == 429 || status >= 500) continue;
        byte[] body = http.body().stream().readAllBytes();
        List<Fetched.Header> headers = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : http.headers().map().entrySet()) {
          for (String v : e.getValue()) headers.add(new Fetched.Header(e.getKey(), v));
        }
        Fetched f =
            new Fetched(
                URI.create(url),
                record.date(),
                new byte[0],
                status,
                List.copyOf(headers),
                body,
                null);
        HostQueue host = hostOf.apply(f.url());
        if (host != null && record instanceof WarcResponse) visitor.rediscover(host, entry, f);
        journal.fetched(
            new CrawlJournal.Capture(
                url,
                status,
                record.date(),
                target.payloadDigest().map(d -> d.prefixedBase32()).orElse(null),
                http.headers().first("ETag").orElse(null),
                http.headers().first("Last-Modified").orElse(null),
                record.id().toString()));
        recovered++;
      }
    } catch (IOException | RuntimeException torn) {
      // the record being written when the crawl died: its URL stays pending and is fetched again
    }
    if (recovered > 0)
      stats.note(
          "Khôi phục "
              + recovered
              + " bản ghi đã lưu trong "
              + last.getFileName()
              + " nhưng chưa ghi nhật ký");
  }
}
