package vn.dva.web;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dva.cli.ClusterOptions;
import vn.dva.cli.DvaCommand;
import vn.dva.cluster.ClusterConnection;
import vn.dva.cluster.ClusterSearch;
import vn.dva.search.SearchEngine;
import vn.dva.search.SearchService;

/**
 * {@code dva serve --index DIR|--opensearch URL [--opensearch-index NAME] [--port 7070] [--warc
 * DIR] [--host 127.0.0.1] [--no-cache]}: the web UI and the JSON API over an embedded index or an
 * OpenSearch cluster. Only wires and starts {@link WebApp}; runs until the process is stopped.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {"Chạy giao diện web và JSON API (serve the web UI and the JSON API)."})
public final class ServeCommand implements DvaCommand {

  /** How often the server looks for newly committed documents. */
  static final int REFRESH_SECONDS = 30;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Lucene index made by 'dva index'; or --opensearch.")
  Path index;

  @CommandLine.Mixin ClusterOptions cluster = new ClusterOptions();

  @Option(
      names = "--port",
      defaultValue = "7070",
      paramLabel = "PORT",
      description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      paramLabel = "HOST",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
  String host;

  @Option(
      names = "--warc",
      paramLabel = "DIR",
      description = "Folder of WARC files for the archived-page view (optional).")
  Path warc;

  @Option(
      names = "--no-cache",
      description =
          "Compute every search, without the result cache (default: cache on; the system property"
              + " dva.cache=off does the same).")
  boolean noCache;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535)
      throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
    if ((index == null) == (cluster.url() == null))
      throw new IllegalArgumentException(
          index == null
              ? "give --index DIR or --opensearch URL"
              : "give --index or --opensearch, not both");
    ClusterConnection connection = cluster.url() == null ? null : cluster.connect();
    SearchEngine search =
        connection != null
            ? new ClusterSearch(connection, cluster.indexName())
            : noCache ? SearchService.open(index, false) : SearchService.open(index);
    ArchiveLookup archive = warc == null ? ArchiveLookup.NONE : WarcArchive.open(warc);
    Javalin app = WebApp.create(search, archive);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  try {
                    search.close();
                    if (connection != null) connection.close();
                  } catch (java.io.IOException ignored) {
                    // the process is ending; nothing useful to do
                  }
                  stopped.countDown();
                }));
    app.start(host, port);
    String where =
        index != null ? index.toString() : cluster.url() + " (" + cluster.indexName() + ")";
    System.err.println("dva: serving " + where + " at http://" + host + ":" + app.port() + "/");
    // A cluster makes new documents searchable itself (its refresh interval).
    if (!(search instanceof SearchService local)) {
      stopped.await();
      return 0;
    }
    // Pick up documents that 'dva index' commits while the server runs.
    java.util.concurrent.ScheduledExecutorService refresher =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("dva-refresh").unstarted(r));
    refresher.scheduleWithFixedDelay(
        () -> {
          try {
            local.refresh();
          } catch (java.io.IOException | RuntimeException e) {
            System.err.println("dva: index refresh failed: " + e);
          }
        },
        REFRESH_SECONDS,
        REFRESH_SECONDS,
        java.util.concurrent.TimeUnit.SECONDS);
    stopped.await();
    return 0;
  }

  /** Runs {@code serve} on its own, without the {@code dva} launcher. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new ServeCommand()).execute(args));
  }
}
