package fr.permanence.cli;

import fr.permanence.app.Bot;
import fr.permanence.app.Permanence;
import fr.permanence.app.Settings;
import fr.permanence.app.StartupFailure;
import fr.permanence.report.ReportGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** The {@code ./permanence} command line. */
@Command(
    name = "permanence",
    mixinStandardHelpOptions = true,
    version = "Permanence 0.1",
    description = "Assistant de la permanence juridique : réponses citant les textes du syndicat et le Code du travail.",
    subcommands = {
      AskCommand.class, ChatCommand.class, SearchCommand.class, CalibrateCommand.class, IndexCommand.class, CorpusCommand.class, LexiconCommand.class, BenchCommand.class,
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
    // Libraries logging through java.util.logging (Lucene) follow logback's configuration too.
    org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
    org.slf4j.bridge.SLF4JBridgeHandler.install();
    System.exit(run(args));
  }

  /** The console's member id, the same for chat, ask, oubli and feedback: the system user. */
  static String consoleUser() {
    return System.getProperty("user.name", "console");
  }

  /** Runs the command line and returns its exit code; errors are shown as one French line. */
  public static int run(String... args) {
    Main main = new Main();
    CommandLine cli = new CommandLine(main);
    try (LazyLog logs = new LazyLog(() -> main.settings().dataDir())) {
      cli.addSubcommand(new ReportCommand(
          () -> new ReportGenerator(main.settings().dataDir(), Clock.systemUTC(), ZoneId.of("Europe/Paris"))));
      cli.addSubcommand(new ForgetCommand(logs, consoleUser()));
      cli.addSubcommand(new FeedbackCommand(logs, "console", consoleUser()));
      cli.addSubcommand(new ServeCommand(config -> serve(main, config), System.getenv(),
          Settings.installationHome().resolve("data")));
      return execute(cli, args);
    }
  }

  /** The bot behind {@code serve}, with the data folder and contact line of its configuration. */
  private static ServeCommand.Opened serve(Main main, ServeConfig config) throws IOException {
    Settings base = main.settings();
    Settings settings = new Settings(base.home(), config.dataDir(), base.corpusDir(), base.synonyms(),
        config.contact().isBlank() ? base.contact() : config.contact());
    Bot bot = Bot.open(settings, config.maxUploadBytes(), System.getenv(), null, System.out::println,
        System.err::println);
    return new ServeCommand.Opened(bot.conversation(), bot);
  }

  private static int execute(CommandLine cli, String... args) {
    cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof StartupFailure failure) {
        commandLine.getErr().println(failure.getMessage()); // French, and says what to do
        return failure.exitStatus();
      }
      commandLine.getErr().println("permanence: " + describe(e));
      return StartupFailure.CONFIGURATION;
    });
    return cli.execute(args);
  }

  /** The message of {@code e} and of its causes, each once. */
  static String describe(Throwable e) {
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
