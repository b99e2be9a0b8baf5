package vn.dva.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dva.extract.DirectiveEvaluation;
import vn.dva.extract.DocumentExtractor;
import vn.dva.extract.PageEvaluation;

/**
 * {@code dva extract-eval [--labels FILE]}: precision and recall of the directive extractor on a
 * labelled set (by default the two shipped with dva: the development set and the held-out set),
 * then every sentence it gets wrong.
 *
 * <p>{@code dva extract-eval --pages DIR --gold FILE}: headline, date, province, main-text start
 * and end, kind and document numbers of whole HTML pages against hand labels ({@link
 * PageEvaluation}); a table per field, a table per page, the misses, and a last line {@code
 * extract-eval: pages=N title=… date=… province=… start=… end=… numbers_p=… numbers_r=…}.
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

  @Option(
      names = "--pages",
      paramLabel = "DIR",
      description = "Folder of labelled HTML pages (with --gold)")
  Path pages;

  @Option(
      names = "--gold",
      paramLabel = "FILE",
      description = "Labels of the pages, in the format of ../shared/real-pages/gold.json")
  Path gold;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (pages != null || gold != null) {
      if (pages == null || gold == null)
        throw new IllegalArgumentException("--pages and --gold go together");
      if (labels != null)
        throw new IllegalArgumentException("--labels cannot be combined with --pages/--gold");
      if (!Files.isDirectory(pages)) throw new IllegalArgumentException("no folder at " + pages);
      if (!Files.isRegularFile(gold)) throw new IllegalArgumentException("no gold file at " + gold);
      List<PageEvaluation.Gold> labelled = PageEvaluation.readGold(gold);
      if (labelled.isEmpty()) throw new IllegalArgumentException(gold + " labels no page");
      out.print(PageEvaluation.evaluate(pages, labelled, new DocumentExtractor()).report());
      out.flush();
      return 0;
    }
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
