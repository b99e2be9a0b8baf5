package vn.dva.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.dva.cluster.ClusterConnection;
import vn.dva.cluster.ClusterSearch;
import vn.dva.search.Json;
import vn.dva.search.SearchRequest;
import vn.dva.search.SearchResponse;
import vn.dva.search.SearchService;

/** {@code dva search}: prints one JSON object with hits and facet counts. */
@Command(
    name = "search",
    description = "Tìm kiếm trong chỉ mục (search the index); prints JSON.",
    mixinStandardHelpOptions = true)
final class SearchCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR", description = "Index folder; or --opensearch.")
  Path index;

  @CommandLine.Mixin ClusterOptions cluster = new ClusterOptions();

  @CommandLine.Mixin FilterOptions filters = new FilterOptions();

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      description = "relevance (default), newest or oldest.")
  String sort = "relevance";

  @Option(names = "--limit", paramLabel = "N", description = "Hits to print, 1–100; default 10.")
  int limit = 10;

  @Option(names = "--page", paramLabel = "N", description = "1-based page; default 1.")
  int page = 1;

  @Option(
      names = "--all-versions",
      description = "Every page; by default near-duplicate pages of one story are one hit.")
  boolean allVersions;

  @Parameters(
      arity = "0..*",
      paramLabel = "QUERY",
      description = "Query words; quotes for phrases, OR, -word.")
  List<String> query = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    SearchRequest request =
        filters
            .applyTo(SearchRequest.builder())
            .query(String.join(" ", query))
            .sort(FilterOptions.sortNamed(sort))
            .page(page)
            .size(limit)
            .collapse(!allVersions)
            .build();
    if (cluster.url() == null) {
      if (index == null) throw new IllegalArgumentException("give --index DIR or --opensearch URL");
      try (SearchService service = SearchService.open(index)) {
        spec.commandLine().getOut().println(Json.write(service.search(request)));
      }
    } else {
      if (index != null)
        throw new IllegalArgumentException("give --index or --opensearch, not both");
      try (ClusterConnection connection = cluster.connect()) {
        SearchResponse response =
            new ClusterSearch(connection, cluster.indexName()).search(request);
        spec.commandLine().getOut().println(Json.write(response));
      }
    }
    return 0;
  }
}
