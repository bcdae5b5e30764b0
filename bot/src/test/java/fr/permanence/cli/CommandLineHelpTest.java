package fr.permanence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --help} works on every command and subcommand, and says how to use it. */
class CommandLineHelpTest {
  @Test
  void everyCommandAnswersHelp() {
    try (LazyLog logs = new LazyLog(() -> {
      throw new AssertionError("asking for help opens no log");
    })) {
      CommandLine root = Main.commandLine(new Main(), logs);
      List<List<String>> paths = new ArrayList<>();
      collect(root, new ArrayList<>(), paths);
      assertTrue(paths.size() > 15, "every command is reached: " + paths);
      for (List<String> path : paths) {
        CommandLine cli = Main.commandLine(new Main(), logs);
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        String[] args = Stream.concat(path.stream(), Stream.of("--help")).toArray(String[]::new);

        int status = cli.execute(args);

        assertEquals(0, status, String.join(" ", args) + " → " + out);
        assertTrue(out.toString().startsWith("Usage: permanence" + (path.isEmpty() ? "" : " " + String.join(" ", path))),
            String.join(" ", args) + " → " + out);
      }
    }
  }

  private static void collect(CommandLine cli, List<String> path, List<List<String>> paths) {
    paths.add(List.copyOf(path));
    cli.getSubcommands().forEach((name, sub) -> {
      if (sub.getCommandSpec().name().equals(name) && !name.equals("help")) { // aliases once, by their name
        List<String> longer = new ArrayList<>(path);
        longer.add(name);
        collect(sub, longer, paths);
      }
    });
  }
}
