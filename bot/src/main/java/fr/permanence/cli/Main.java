package fr.permanence.cli;

import fr.permanence.app.Bot;
import fr.permanence.app.Permanence;
import fr.permanence.app.Settings;
import fr.permanence.app.StartupFailure;
import fr.permanence.log.LogConfig;
import fr.permanence.report.Reasker;
import fr.permanence.report.ReportGenerator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code ./permanence} command line. */
@Command(
    name = "permanence",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT, // --help and --version on every subcommand
    version = "Permanence 0.1",
    description = "Assistant de la permanence juridique : réponses citant les textes du syndicat et le Code du travail.",
    subcommands = {
      AskCommand.class, ChatCommand.class, SearchCommand.class, CalibrateCommand.class, IndexCommand.class, CorpusCommand.class, LexiconCommand.class, EvalCommand.class, BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @Option(names = "--data", paramLabel = "DIR", description = "Dossier des données (index, journal). Défaut : ./data ou $PERMANENCE_DATA.")
  Path data;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** The environment the settings are read from: the process's, or a test's. */
  private Map<String, String> env = System.getenv();

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Précisez une commande, par exemple : chat, ask \"question\", search --jsonl.");
  }

  /** The settings for this run: environment, installation folder, and --data. */
  Settings settings() {
    return Settings.from(env, Settings.installationHome(), data);
  }

  /** The environment of this run. */
  Map<String, String> env() {
    return env;
  }

  /** This command line reading {@code environment} instead of the process's (tests). */
  Main withEnv(Map<String, String> environment) {
    this.env = Map.copyOf(environment);
    return this;
  }

  /** Where the question log is for this run: the data folder's file, or PERMANENCE_LOG_URL. */
  LogConfig logConfig() {
    return LogConfig.from(env, settings().dataDir());
  }

  /** Opens the bot's core for a command. */
  Permanence open() throws IOException {
    return Permanence.open(settings());
  }

  public static void main(String[] args) {
    // Libraries logging through java.util.logging (Lucene) follow logback's configuration too.
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    System.exit(run(args));
  }

  /** The console's member id, the same for chat, ask, oubli and feedback: the system user. */
  static String consoleUser() {
    return System.getProperty("user.name", "console");
  }

  /** Runs the command line and returns its exit code; errors are shown as one French line. */
  public static int run(String... args) {
    Main main = new Main();
    try (LazyLog logs = new LazyLog(main::logConfig);
        LazyIndex index = new LazyIndex(() -> {
          try {
            return main.open();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }, new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true))) {
      return execute(main, commandLine(main, logs, index), args);
    }
  }

  /** The whole command tree of {@code main}; the commands that log use {@code logs}. */
  static CommandLine commandLine(Main main, LazyLog logs) {
    return commandLine(main, logs, Reasker.NONE);
  }

  /** The command line, with {@code index} asking the report's unanswered questions again. */
  static CommandLine commandLine(Main main, LazyLog logs, Reasker index) {
    CommandLine cli = new CommandLine(main);
    cli.addSubcommand(new ReportCommand(
        () -> new ReportGenerator(main.logConfig(), index, Clock.systemUTC(), main.settings().zone()), logs));
    cli.addSubcommand(new ForgetCommand(logs, consoleUser()));
    cli.addSubcommand(new LogCommand(main::logConfig));
    cli.addSubcommand(new FeedbackCommand(logs, "console", consoleUser()));
    cli.addSubcommand(new ServeCommand(config -> serve(main, config), main.env(),
        Settings.defaultDataDir(Settings.installationHome())));
    return cli;
  }

  /**
   * The bot behind {@code serve}: the run's settings, with the data folder, contact line and
   * upload limit of its configuration file unless the command line or the environment said
   * otherwise ({@code --data} wins over everything).
   */
  private static ServeCommand.Opened serve(Main main, ServeConfig config) throws IOException {
    Settings settings = servedSettings(main.settings(), main.data != null, config);
    Bot bot = Bot.open(settings, main.env(), null, System.out::println,
        System.err::println);
    bot.core().searcher().preloadDictionary(); // while the platforms connect
    return new ServeCommand.Opened(bot.conversation(), bot);
  }

  /** {@code base} with the data folder, contact line and upload limit of {@code config}, unless {@code --data} was given. */
  static Settings servedSettings(Settings base, boolean dataGiven, ServeConfig config) {
    Settings served = dataGiven ? base : Settings.from(System.getenv(), base.home(), config.dataDir());
    return served.with(config.contact().isBlank() ? base.contact() : config.contact(), config.maxUploadBytes());
  }

  private static int execute(Main main, CommandLine cli, String... args) {
    cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cli.setExecutionStrategy(parsed -> {
      if (parsed.asCommandLineList().stream().noneMatch(c -> c.isUsageHelpRequested() || c.isVersionHelpRequested())) {
        libraryLog(main, cli.getErr());
      }
      return new CommandLine.RunLast().execute(parsed);
    });
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

  /** The data folder's technical log for the libraries kept off the console; a command never fails for it. */
  private static void libraryLog(Main main, PrintWriter err) {
    Path file;
    try {
      file = main.settings().data().libraryLog();
    } catch (RuntimeException e) {
      return; // the command itself reports a configuration it cannot use
    }
    try {
      LibraryLog.writeTo(file);
    } catch (IOException e) {
      err.println("permanence: journal technique " + file + " impossible à ouvrir (" + e.getMessage()
          + ") ; les avertissements des bibliothèques (PDF) ne seront pas conservés.");
    }
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
