package vn.dva.analysis;

import java.util.Map;

/** Argument checks shared by the analysis factories. */
final class Factories {

  private Factories() {}

  /**
   * Fails when a factory was given an argument it does not know, naming the argument and the
   * factory (Lucene's own message does not say which factory).
   */
  static void noneLeft(Map<String, String> args, String factory) {
    if (!args.isEmpty())
      throw new IllegalArgumentException("unknown arguments for " + factory + ": " + args.keySet());
  }
}
