package vn.dva.analysis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A retrieval test collection in the BEIR layout: {@code corpus.jsonl} (one passage a line, {@code
 * _id}, {@code text}, optional {@code title}), {@code queries.jsonl} ({@code _id}, {@code text})
 * and {@code qrels.tsv} ({@code query-id}, {@code corpus-id}, {@code score}, a header line first; a
 * score above 0 means relevant). Queries without a judgement are left out, as BEIR does.
 *
 * @param name the folder's name
 * @param passages the corpus in file order
 * @param queries the judged queries in file order
 * @param relevant for each query id, the ids of its relevant passages
 */
public record BeirCollection(
    String name, List<Passage> passages, List<Query> queries, Map<String, Set<String>> relevant) {

  /** One passage; {@code title} is empty when the corpus has none. */
  public record Passage(String id, String title, String text) {}

  /** One query as the collection spells it. */
  public record Query(String id, String text) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Reads the collection in {@code dir}.
   *
   * @throws IllegalArgumentException when a file is missing or a line is not what the layout says;
   *     the message names the file and line
   */
  public static BeirCollection read(Path dir) throws IOException {
    if (dir == null || !Files.isDirectory(dir))
      throw new IllegalArgumentException("no BEIR collection folder at " + dir);
    Map<String, Set<String>> relevant = readQrels(require(dir, "qrels.tsv"));
    List<Passage> passages = new ArrayList<>();
    for (JsonNode n : readJsonLines(require(dir, "corpus.jsonl"))) {
      passages.add(new Passage(n.get("_id").asText(), text(n, "title"), text(n, "text")));
    }
    List<Query> queries = new ArrayList<>();
    for (JsonNode n : readJsonLines(require(dir, "queries.jsonl"))) {
      String id = n.get("_id").asText();
      if (relevant.containsKey(id)) queries.add(new Query(id, text(n, "text")));
    }
    if (passages.isEmpty()) throw new IllegalArgumentException("no passage in " + dir);
    if (queries.isEmpty()) throw new IllegalArgumentException("no judged query in " + dir);
    Path name = dir.toAbsolutePath().normalize().getFileName();
    return new BeirCollection(
        name == null ? dir.toString() : name.toString(), passages, queries, relevant);
  }

  private static Path require(Path dir, String file) {
    Path p = dir.resolve(file);
    if (!Files.isRegularFile(p))
      throw new IllegalArgumentException("BEIR collection " + dir + " has no " + file);
    return p;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  private static List<JsonNode> readJsonLines(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.isBlank()) continue;
        JsonNode n;
        try {
          n = JSON.readTree(line);
        } catch (IOException e) {
          throw new IllegalArgumentException(
              file + " line " + number + " is not JSON: " + e.getMessage(), e);
        }
        if (n == null || !n.isObject() || !n.hasNonNull("_id"))
          throw new IllegalArgumentException(file + " line " + number + " has no \"_id\"");
        out.add(n);
      }
    }
    return out;
  }

  private static Map<String, Set<String>> readQrels(Path file) throws IOException {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) continue;
      String[] cols = line.split("\t");
      if (cols.length < 3)
        throw new IllegalArgumentException(
            file + " line " + (i + 1) + ": expected query-id, corpus-id, score");
      int score;
      try {
        score = Integer.parseInt(cols[2].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            file + " line " + (i + 1) + ": score \"" + cols[2] + "\" is not a whole number");
      }
      if (score > 0)
        out.computeIfAbsent(cols[0].strip(), k -> new java.util.LinkedHashSet<>())
            .add(cols[1].strip());
    }
    return out;
  }
}
