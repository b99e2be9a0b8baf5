package vn.dva.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opensearch.common.network.NetworkAddress;
import org.opensearch.common.network.NetworkModule;
import org.opensearch.common.settings.Settings;
import org.opensearch.core.common.transport.TransportAddress;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.transport.Netty4ModulePlugin;
import vn.dva.opensearch.DvaPlugin;
import vn.dva.search.SearchService;

/**
 * The in-JVM cluster both equality tests run on: dva's plugin installed by its class and real Netty
 * HTTP (not the framework's mock transport), so dva talks to it as to any cluster.
 */
abstract class DvaClusterCase extends OpenSearchIntegTestCase {

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(DvaPlugin.class, Netty4ModulePlugin.class);
  }

  @Override
  protected boolean addMockHttpTransport() {
    return false;
  }

  @Override
  protected Settings nodeSettings(int nodeOrdinal) {
    return Settings.builder()
        .put(super.nodeSettings(nodeOrdinal))
        .put(NetworkModule.HTTP_TYPE_KEY, Netty4ModulePlugin.NETTY_HTTP_TRANSPORT_NAME)
        .build();
  }

  /** The HTTP address of one node of the cluster. */
  protected final String clusterUrl() {
    TransportAddress address =
        internalCluster().getInstance(HttpServerTransport.class).boundAddress().publishAddress();
    return "http://" + NetworkAddress.format(address.address());
  }

  /**
   * The judged queries of {@code dva relevance}, NFD ones decomposed as that command does, then the
   * blank query and {@code dân vận khéo}.
   */
  protected static Set<String> judgedQueries() throws IOException {
    Set<String> out = new LinkedHashSet<>();
    try (InputStream in =
        SearchService.class.getResourceAsStream("/vn/dva/analysis/eval/relevance-queries.tsv")) {
      assertNotNull("judged queries on the classpath", in);
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cols = line.split("\t");
        if (cols.length < 2) continue;
        out.add(
            cols[0].equals("nfd") ? Normalizer.normalize(cols[1], Normalizer.Form.NFD) : cols[1]);
      }
    }
    out.add("");
    out.add("dân vận khéo");
    return out;
  }
}
