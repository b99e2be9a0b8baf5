package vn.dva.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.dva.extract.DirectiveCitation;
import vn.dva.extract.DocumentExtractor;
import vn.dva.extract.ExtractedDocument;
import vn.dva.extract.ExtractionException;
import vn.dva.extract.ReviewAnnouncement;
import vn.dva.search.Json;

/**
 * {@code dva extract [--text] FILE…}: one JSON object per file with its kind (article, list,
 * empty), title, date, province, text length (and with {@code --text} the text itself), the
 * directive identities it cites and the reviews it announces. A file that cannot be read is
 * reported on stderr with its reason and the others go on; the exit code is then 2.
 */
@Command(
    name = "extract",
    description =
        "Đọc văn bản, số hiệu chỉ thị, nghị quyết trong tệp (extract files); prints JSON lines.",
    mixinStandardHelpOptions = true)
final class ExtractCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Files: .html .htm .txt .pdf .doc .docx")
  List<Path> files = new ArrayList<>();

  @CommandLine.Option(
      names = "--text",
      description = "Also print the main text (\"text\") that would be indexed")
  boolean withText;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DocumentExtractor extractor = new DocumentExtractor();
    int failed = 0;
    for (Path file : files) {
      try {
        if (!Files.isRegularFile(file)) throw new ExtractionException(file + ": no such file");
        ExtractedDocument d = extractor.extract(file);
        Map<String, Object> o = json(file, d);
        if (withText) o.put("text", d.text());
        out.println(Json.write(o));
      } catch (ExtractionException e) {
        failed++;
        err.println("dva: " + e.getMessage());
      }
    }
    out.flush();
    return failed == 0 ? 0 : 2;
  }

  /** The contract object of one file. */
  static Map<String, Object> json(Path file, ExtractedDocument d) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("file", file.toString());
    o.put("kind", d.kind());
    o.put("title", d.title());
    o.put("published", d.published());
    o.put("province", d.province());
    o.put("text_chars", d.text().length());
    if (d.ocr()) o.put("ocr", true);
    List<Map<String, Object>> directives = new ArrayList<>();
    for (DirectiveCitation c : d.citations()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("number", c.number());
      x.put("type", c.type());
      x.put("issuer", c.issuer());
      x.put("issued", c.issued());
      x.put("mentions", c.mentions());
      if (c.dates().size() > 1) x.put("dates", c.dates());
      if (c.term() != null) x.put("term", c.term());
      if (c.province() != null) x.put("province", c.province());
      if (!c.subjects().isEmpty()) x.put("subjects", c.subjects());
      if (!c.issuedBy().isEmpty()) x.put("issuedBy", c.issuedBy());
      directives.add(x);
    }
    o.put("directives", directives);
    List<Map<String, Object>> reviews = new ArrayList<>();
    for (ReviewAnnouncement r : d.reviews()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("number", r.number());
      x.put("issued", r.issued());
      x.put("years", r.years());
      x.put("kind", r.kind());
      reviews.add(x);
    }
    o.put("reviews", reviews);
    return o;
  }
}
