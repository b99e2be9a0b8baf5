package vn.dva.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
}
