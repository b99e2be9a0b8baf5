package vn.dva.cluster;

import java.io.IOException;

/** The cluster cannot do what was asked: down, red, missing the plugin, or refusing a request. */
public final class ClusterException extends IOException {

  public ClusterException(String message) {
    super(message);
  }

  public ClusterException(String message, Throwable cause) {
    super(message, cause);
  }
}
