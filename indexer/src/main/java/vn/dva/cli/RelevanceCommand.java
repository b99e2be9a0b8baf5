package vn.dva.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dva.analysis.eval.BeirCollection;
import vn.dva.analysis.eval.BeirEvaluation;
import vn.dva.analysis.eval.JudgedQuery;
import vn.dva.analysis.eval.RelevanceEvaluation;
import vn.dva.analysis.eval.RelevanceReport;
import vn.dva.analysis.eval.SearchSetup;

/**
 * {@code dva relevance [--corpus DIR] [--queries FILE]}: pass rate and MRR of the judged query set
 * for VietnameseAnalyzer and, in the same run, for a plain StandardAnalyzer baseline and the
 * multi-syllable variants, then the queries dva misses. {@code dva relevance --beir DIR}: a
 * collection in BEIR layout through the shipped indexer and search ({@link BeirEvaluation}).
 */
@Command(
    name = "relevance",
    description =
        "Đo chất lượng tìm kiếm trên bộ truy vấn có đánh giá (pass rate and MRR vs a StandardAnalyzer baseline).",
    mixinStandardHelpOptions = true)
final class RelevanceCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "Folder of pages (default: ${DEFAULT-VALUE})",
      defaultValue = "corpus/pages")
  Path corpus;

  @Option(
      names = "--queries",
      paramLabel = "FILE",
      description = "Judged TSV: kind<TAB>query<TAB>page …  !page (default: the bundled set)")
  Path queries;

  @Option(
      names = "--beir",
      paramLabel = "DIR",
      description =
          "A BEIR-layout collection (corpus.jsonl, queries.jsonl, qrels.tsv): nDCG@10, MRR@10, P@1,"
              + " R@10, R@100 of dva as shipped, queries as typed and unaccented, beside a"
              + " StandardAnalyzer OR baseline")
  Path beir;

  @Override
  public Integer call() throws Exception {
    if (beir != null) {
      BeirEvaluation.Report report = BeirEvaluation.run(BeirCollection.read(beir));
      spec.commandLine().getOut().print(report.format());
      spec.commandLine().getOut().flush();
      return 0;
    }
    if (!Files.isDirectory(corpus))
      throw new IllegalArgumentException("no corpus folder at " + corpus);
    List<JudgedQuery> set;
    if (queries == null) {
      set = RelevanceEvaluation.bundledQueries();
    } else {
      if (!Files.isRegularFile(queries))
        throw new IllegalArgumentException("no query set at " + queries);
      set = JudgedQuery.parse(Files.readString(queries));
    }
    RelevanceEvaluation evaluation = RelevanceEvaluation.over(corpus);
    List<RelevanceEvaluation.Result> results = new ArrayList<>();
    for (SearchSetup setup : SearchSetup.values()) results.add(evaluation.run(setup, set));
    spec.commandLine()
        .getOut()
        .print(RelevanceReport.format(results, results.get(SearchSetup.DVA.ordinal())));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
