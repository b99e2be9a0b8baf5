package vn.dva.cli;

import java.util.concurrent.Callable;

/**
 * A {@code dva} subcommand provided by another module (the web module's {@code serve}), found with
 * {@link java.util.ServiceLoader}. Implementations are picocli {@code @Command} classes with a
 * public no-argument constructor, listed in {@code META-INF/services/vn.dva.cli.DvaCommand}. They
 * return the process exit code.
 */
public interface DvaCommand extends Callable<Integer> {}
