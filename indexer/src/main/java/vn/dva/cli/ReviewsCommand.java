package vn.dva.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dva.cluster.ClusterArticles;
import vn.dva.cluster.ClusterConnection;
import vn.dva.review.ReviewExport;
import vn.dva.review.ReviewList;
import vn.dva.review.ReviewService;
import vn.dva.search.Json;

/**
 * {@code dva reviews --index DIR|--opensearch URL --year Y [--format json|csv|ics]}: the directives
 * due for their 5-year review in Y, with the articles announcing each review.
 */
@Command(
    name = "reviews",
    description = "Chỉ thị, nghị quyết đến kỳ sơ kết, tổng kết trong năm (reviews due in a year).",
    mixinStandardHelpOptions = true)
final class ReviewsCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR", description = "Index folder; or --opensearch.")
  Path index;

  @CommandLine.Mixin ClusterOptions cluster = new ClusterOptions();

  @Option(names = "--year", required = true, paramLabel = "Y", description = "Year of the reviews.")
  int year;

  @Option(names = "--format", paramLabel = "FORMAT", description = "json (default), csv or ics.")
  String format = "json";

  @Override
  public Integer call() throws Exception {
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.equals("json") && !f.equals("csv") && !f.equals("ics")) {
      throw new IllegalArgumentException("--format must be json, csv or ics, got '" + format + "'");
    }
    ReviewList due = service().due(year);
    PrintWriter out = spec.commandLine().getOut();
    switch (f) {
      case "csv" -> out.print(ReviewExport.csv(due));
      case "ics" -> out.print(ReviewExport.ics(due, Instant.now()));
      default -> out.println(Json.write(due));
    }
    out.flush();
    return 0;
  }

  /** The due list of the index folder, or of the cluster's articles with --opensearch. */
  private ReviewService service() throws IOException {
    if (cluster.url() == null) {
      if (index == null) throw new IllegalArgumentException("give --index DIR or --opensearch URL");
      return ReviewService.open(index);
    }
    if (index != null) throw new IllegalArgumentException("give --index or --opensearch, not both");
    try (ClusterConnection connection = cluster.connect()) {
      return new ReviewService(ClusterArticles.registry(connection, cluster.indexName()));
    }
  }
}
