package vn.dva.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dva.cli.Main;

class ServeCommandTest {

  @Test
  void dvaFindsTheServeSubcommandThroughServiceLoader() {
    assertThat(Main.commandLine().getSubcommands()).containsKey("serve");
  }

  @Test
  void serveWithoutAnIndexExitsWithTwoAndSaysWhy(@TempDir Path dir) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {"serve", "--index", dir.resolve("missing").toString(), "--port", "0"},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no index at");
  }

  @Test
  void serveRejectsABadPort(@TempDir Path dir) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {"serve", "--index", dir.toString(), "--port", "99999"},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port").contains("99999");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "neither an index nor a cluster | '' | give --index DIR or --opensearch URL",
        "both an index and a cluster | --index DIR --opensearch http://127.0.0.1:9 | not both",
        "a cluster that does not answer | --opensearch http://127.0.0.1:9 | http://127.0.0.1:9"
      })
  void serveSaysWhichEngineItNeeds(String what, String args, String says) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] given = args.isBlank() ? new String[0] : args.strip().split(" ");
    String[] argv = new String[given.length + 3];
    argv[0] = "serve";
    System.arraycopy(given, 0, argv, 1, given.length);
    argv[given.length + 1] = "--port";
    argv[given.length + 2] = "0";
    int code =
        Main.run(
            argv,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(what).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).as(what).contains(says);
  }
}
