package fr.permanence.cli;

import fr.permanence.app.Permanence;
import fr.permanence.app.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code ./permanence} command line. */
@Command(
    name = "permanence",
    mixinStandardHelpOptions = true,
    version = "Permanence 0.1",
    description = "Assistant de la permanence juridique : réponses citant les textes du syndicat et le Code du travail.",
    subcommands = {
      AskCommand.class, ChatCommand.class, SearchCommand.class, IndexCommand.class, CorpusCommand.class, BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @Option(names = "--data", paramLabel = "DIR", description = "Dossier des données (index, journal). Défaut : ./data ou $PERMANENCE_DATA.")
  Path data;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Précisez une commande, par exemple : chat, ask \"question\", search --jsonl.");
  }

  /** The settings for this run: environment, installation folder, and --data. */
  Settings settings() {
    return Settings.from(System.getenv(), Settings.installationHome(), data);
  }

  /** Opens the bot's core for a command. */
  Permanence open() throws IOException {
    return Permanence.open(settings());
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code; errors are shown as one French line. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("permanence: " + describe(e));
      return 2;
    });
    return cli.execute(args);
  }

  private static String describe(Exception e) {
    Throwable t = e;
    StringBuilder s = new StringBuilder(String.valueOf(t.getMessage()));
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
      if (t.getMessage() != null && !s.toString().contains(t.getMessage())) {
        s.append(" — ").append(t.getMessage());
      }
    }
    return s.toString();
  }
}
