package vn.dva.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.dva.cluster.ClusterConnection;
import vn.dva.cluster.ClusterIndexer;
import vn.dva.cluster.ClusterSchema;
import vn.dva.extract.DocumentExtractor;
import vn.dva.index.IndexRun;

/** {@code dva index}: files and folders into the index; prints a summary line. */
@Command(
    name = "index",
    description = {
      "Lập chỉ mục tệp và thư mục (index files and folders): .html .htm .txt .pdf .doc .docx,",
      "and every document archived in .warc / .warc.gz files written by dva crawl.",
      "Re-indexing a document replaces it; failures are reported and the batch goes on."
    },
    mixinStandardHelpOptions = true)
final class IndexCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index folder (created if missing); or --opensearch.")
  Path index;

  @CommandLine.Mixin ClusterOptions cluster = new ClusterOptions();

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      description = "Documents between commits; default ${DEFAULT-VALUE}.")
  int commitEvery = IndexRun.DEFAULT_COMMIT_EVERY;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Extraction threads; default: number of cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--progress",
      negatable = true,
      description =
          "Progress line on stderr every 5 s (documents, rate, elapsed, failures); default: on"
              + " when run in a terminal.")
  Boolean progress;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files or folders, walked recursively.")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    IndexRun run =
        new IndexRun(new DocumentExtractor(), spec.commandLine().getErr(), commitEvery, threads);
    boolean show = progress != null ? progress : System.console() != null;
    if (show) run.withProgressEvery(Duration.ofSeconds(5));
    IndexRun.Summary summary;
    if (cluster.url() == null) {
      if (index == null) throw new IllegalArgumentException("give --index DIR or --opensearch URL");
      summary = run.run(index, paths);
    } else {
      if (index != null)
        throw new IllegalArgumentException("give --index or --opensearch, not both");
      try (ClusterConnection connection = cluster.connect()) {
        ClusterSchema.ensureIndex(
            connection, cluster.indexName(), cluster.shards(), cluster.replicas());
        try (ClusterIndexer sink =
            new ClusterIndexer(
                connection,
                cluster.indexName(),
                ClusterIndexer.DEFAULT_BULK_DOCS,
                spec.commandLine().getErr())) {
          summary = run.run(sink, paths);
        }
      }
    }
    spec.commandLine().getOut().println(summary.line());
    return 0;
  }
}
