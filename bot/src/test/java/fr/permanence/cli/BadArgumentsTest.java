package fr.permanence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Arguments a command cannot use are refused before anything is opened, with a French line
 * saying what to type and picocli's usage after it, exit status 2.
 */
class BadArgumentsTest {
  @TempDir Path tmp;

  /** Status, then the first line written to the error stream. */
  private List<String> run(String... args) {
    try (LazyLog logs = new LazyLog(() -> {
      throw new AssertionError("a refused argument opens no log");
    })) {
      CommandLine cli = Main.commandLine(new Main(), logs);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      int status = cli.execute(args);
      assertEquals("", out.toString());
      return List.of(String.valueOf(status), err.toString().lines().findFirst().orElse(""));
    }
  }

  @Test
  void askWithoutAQuestionSaysHowToAskOne() {
    List<String> expected = List.of("2",
        "Posez une question, entre guillemets : ./permanence ask \"Combien de jours de congés payés ?\"");
    assertEquals(expected, run("--data", tmp.toString(), "ask", ""));
    assertEquals(expected, run("--data", tmp.toString(), "ask", "  ", "\t"));
  }

  /** Said on the command line's error writer, like every command's refusal, before the index is opened. */
  @Test
  void searchWithoutAQuestionSaysHowToAskOne() {
    List<String> expected = List.of("2", "Donnez une question, ou --jsonl pour lire des questions JSON sur l'entrée"
        + " standard : ./permanence search \"Combien de jours de congés payés ?\"");
    assertEquals(expected, run("--data", tmp.toString(), "search"));
    assertEquals(expected, run("--data", tmp.toString(), "search", " "));
  }

  @Test
  void evalOfAMissingFileNamesIt() {
    Path missing = tmp.resolve("absent.jsonl");
    assertEquals(List.of("2", "Fichier de questions introuvable : " + missing), run("--data", tmp.toString(),
        "eval", missing.toString()));
  }
}
