package vn.dva.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dva.extract.DirectiveEvaluation;

/**
 * {@code dva extract-eval [--labels FILE]}: precision and recall of the directive extractor on a
 * labelled set (the one shipped with dva by default), then every sentence it gets wrong.
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
    List<DirectiveEvaluation.Labelled> set;
    if (labels == null) {
      set = DirectiveEvaluation.bundled();
    } else {
      if (!Files.isRegularFile(labels))
        throw new IllegalArgumentException("no labelled set at " + labels);
      set = DirectiveEvaluation.parse(Files.readString(labels));
    }
    spec.commandLine().getOut().print(DirectiveEvaluation.evaluate(set).report());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
