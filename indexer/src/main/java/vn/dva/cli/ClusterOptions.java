package vn.dva.cli;

import picocli.CommandLine.Option;
import vn.dva.cluster.ClusterConnection;
import vn.dva.cluster.ClusterException;
import vn.dva.cluster.ClusterSchema;

/** The options that point a command at an OpenSearch cluster instead of an index folder. */
public final class ClusterOptions {

  @Option(
      names = "--opensearch",
      paramLabel = "URL",
      description = "An OpenSearch 3.9 cluster with the analysis-dva plugin (http://host:9200).")
  String url;

  @Option(
      names = "--opensearch-index",
      paramLabel = "NAME",
      description = "Index on the cluster; default ${DEFAULT-VALUE}.")
  String indexName = ClusterSchema.DEFAULT_INDEX;

  @Option(
      names = "--shards",
      paramLabel = "N",
      description = "Primary shards of a new cluster index; default ${DEFAULT-VALUE}.")
  int shards = 1;

  @Option(
      names = "--replicas",
      paramLabel = "N",
      description = "Replicas of a new cluster index; default ${DEFAULT-VALUE}.")
  int replicas = 1;

  public String url() {
    return url;
  }

  public String indexName() {
    return indexName;
  }

  int shards() {
    return shards;
  }

  int replicas() {
    return replicas;
  }

  /** Connects and checks the cluster (up, not red, plugin on every node). */
  public ClusterConnection connect() throws ClusterException {
    ClusterConnection connection = ClusterConnection.open(url);
    try {
      connection.check();
      return connection;
    } catch (ClusterException e) {
      try {
        connection.close();
      } catch (java.io.IOException ignored) {
        // the check's error is the one to report
      }
      throw e;
    }
  }
}
