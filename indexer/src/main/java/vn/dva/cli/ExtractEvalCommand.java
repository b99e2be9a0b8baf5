package vn.dva.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dva.extract.DirectiveEvaluation;

/**
 * {@code dva extract-eval [--labels FILE]}: precision and recall of the directive extractor on a
 * labelled set (by default the two shipped with dva: the development set and the held-out set),
 * then every sentence it gets wrong.
 */
@Command(
    name = "extract-eval",
    description =
        "Đo độ chính xác, độ phủ khi đọc số hiệu văn bản (precision and recall on a labelled set).",
    mixinStandardHelpOptions = true)
final class ExtractEvalCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--labels",
      paramLabel = "FILE",
      description = "Labelled TSV: sentence<TAB>NUMBER[ DATE]; …")
  Path labels;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (labels == null) {
      out.println("# development set (" + DirectiveEvaluation.DEVELOPMENT + ", tuned on)");
      out.print(
          DirectiveEvaluation.evaluate(DirectiveEvaluation.bundled(DirectiveEvaluation.DEVELOPMENT))
              .report());
      out.println("# held-out set (" + DirectiveEvaluation.HELD_OUT + ", measured without tuning)");
      out.print(
          DirectiveEvaluation.evaluate(DirectiveEvaluation.bundled(DirectiveEvaluation.HELD_OUT))
              .report());
    } else {
      if (!Files.isRegularFile(labels))
        throw new IllegalArgumentException("no labelled set at " + labels);
      out.print(
          DirectiveEvaluation.evaluate(DirectiveEvaluation.parse(Files.readString(labels)))
              .report());
    }
    out.flush();
    return 0;
  }
}
