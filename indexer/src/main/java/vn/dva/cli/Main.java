package vn.dva.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code dva} command line. Exit codes: 0 success, 2 bad usage or bad input (one
 * line on stderr naming what was wrong), 1 an unexpected failure.
 */
@Command(
    name = "dva",
    mixinStandardHelpOptions = true,
    version = "dva 0.1.0",
    description = {
      "dva — kho lưu trữ và tìm kiếm tin dân vận (the dân vận archive).",
      "Index Vietnamese dân vận news and the directives they cite; search them."
    },
    subcommands = {
      IndexCommand.class,
      SearchCommand.class,
      ExportCommand.class,
      ExtractCommand.class,
      ReviewsCommand.class,
      ExtractEvalCommand.class,
      CrawlCommand.class,
      RelevanceCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  /** Kept so the level sticks: Lucene's start-up notes are not for users of a command line. */
  private static final java.util.logging.Logger LUCENE_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
    PrintStream out =
        new PrintStream(
            new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(
            new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.setOut(out);
    System.setErr(err);
    System.exit(run(args, out, err));
  }

  /** Runs {@code dva args…} writing to the given streams; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cli = commandLine();
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    return cli.execute(args);
  }

  /** The full command tree, with subcommands of other modules added through ServiceLoader. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    for (DvaCommand extra : ServiceLoader.load(DvaCommand.class)) {
      cli.addSubcommand(extra);
    }
    cli.setExecutionExceptionHandler(Main::handleFailure);
    cli.setParameterExceptionHandler(Main::handleBadUsage);
    return cli;
  }

  private static int handleBadUsage(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println(
        "dva: "
            + e.getMessage()
            + " (see '"
            + e.getCommandLine().getCommandSpec().qualifiedName()
            + " --help')");
    return 2;
  }

  private static int handleFailure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof IllegalArgumentException
        || e instanceof BadInputException
        || e instanceof IOException) {
      err.println("dva: " + oneLine(e.getMessage()));
      return 2;
    }
    err.println("dva: unexpected " + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()));
    if (System.getenv("DVA_DEBUG") != null) e.printStackTrace(err);
    return 1;
  }

  private static String oneLine(String message) {
    if (message == null) return "no message";
    return message.lines().findFirst().orElse("").strip();
  }

  /** Input the user must correct; reported as one line with exit code 2. */
  public static final class BadInputException extends RuntimeException {
    public BadInputException(String message) {
      super(message);
    }
  }
}
