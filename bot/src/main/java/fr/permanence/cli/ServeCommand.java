package fr.permanence.cli;

import fr.permanence.conversation.ConversationService;
import fr.permanence.moderation.UploadPolicy;
import fr.permanence.discord.DiscordBot;
import fr.permanence.matrix.MatrixBot;
import fr.permanence.matrix.MatrixClient;
import fr.permanence.matrix.Sleeper;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code permanence serve}: starts the chat adapters whose configuration is present and runs
 * until stopped (SIGTERM, Ctrl-C), then shuts them down cleanly.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Lance le bot sur Discord et/ou Matrix selon la configuration (variables PERMANENCE_… ou fichier).")
public final class ServeCommand implements Callable<Integer> {
  /** Builds the conversation core once the configuration is known; the lead wires search and logs here. */
  @FunctionalInterface
  public interface ServiceFactory {
    Opened create(ServeConfig config) throws Exception;
  }

  /** The conversation core and what must be closed after the adapters (log, index). */
  public record Opened(ConversationService service, AutoCloseable resources) {}

  /** Exit code when nothing can start: a configuration error. */
  static final int NOTHING_CONFIGURED = 2;
  /** Concurrent answers on Discord: the machine has two cores, searches are short. */
  private static final int DISCORD_WORKERS = 4;

  @Spec CommandSpec spec;

  @Option(names = "--config", paramLabel = "FICHIER", description = "Fichier .properties (les variables d'environnement priment).")
  Path config;

  @Option(names = "--check", description = "Affiche ce qui serait lancé, sans rien lancer.")
  boolean check;

  private final ServiceFactory factory;
  private final Map<String, String> env;
  private final Path defaultDataDir;

  public ServeCommand(ServiceFactory factory, Map<String, String> env, Path defaultDataDir) {
    this.factory = factory;
    this.env = env;
    this.defaultDataDir = defaultDataDir;
  }

  /** With the process environment and {@code data} as the default data directory. */
  public ServeCommand(ServiceFactory factory) {
    this(factory, System.getenv(), Path.of("data"));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ServeConfig cfg;
    try {
      cfg = ServeConfig.load(env, config, defaultDataDir);
    } catch (IllegalArgumentException e) {
      err.println("Configuration invalide : " + e.getMessage());
      return NOTHING_CONFIGURED;
    }
    cfg.notes().forEach(out::println);
    if (!cfg.anyAdapter()) {
      err.println("Rien à lancer : définissez PERMANENCE_DISCORD_TOKEN pour Discord, ou PERMANENCE_MATRIX_HOMESERVER, "
          + "PERMANENCE_MATRIX_TOKEN, PERMANENCE_MATRIX_USER et PERMANENCE_MATRIX_ALLOWED pour Matrix "
          + "(voir docs/chat.md).");
      return NOTHING_CONFIGURED;
    }
    if (check) {
      return 0;
    }
    Opened opened = factory.create(cfg);
    ConversationService service = opened.service();
    List<AutoCloseable> running = new ArrayList<>();
    running.add(opened.resources()); // closed last: adapters stop first, then the log is flushed
    // Completed with 0 by SIGTERM / Ctrl-C, or with its exit status by an adapter that must stop.
    CompletableFuture<Integer> exit = new CompletableFuture<>();
    Thread hook = new Thread(() -> {
      stopAll(running, err);
      exit.complete(0);
    }, "serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      if (cfg.discord().isPresent()) {
        DiscordBot discord = new DiscordBot(service, cfg.discord().get(), Executors.newFixedThreadPool(DISCORD_WORKERS));
        running.add(discord);
        discord.start();
        out.println("Discord : connecté.");
      }
      if (cfg.matrix().isPresent()) {
        MatrixBot matrix = new MatrixBot(new MatrixClient(cfg.matrix().get().homeserver(), cfg.matrix().get().accessToken(),
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), Sleeper.system()),
            cfg.matrix().get(), service, Sleeper.system(), new UploadPolicy(cfg.maxUploadBytes()));
        running.add(matrix);
        matrix.start(failure -> {
          err.println(failure.getMessage());
          err.flush();
          exit.complete(failure.exitStatus());
        });
        out.println("Matrix : synchronisation lancée.");
      }
      out.flush();
    } catch (Exception e) {
      err.println("Démarrage impossible : " + e.getMessage());
      Runtime.getRuntime().removeShutdownHook(hook);
      stopAll(running, err);
      return 1;
    }
    int status = exit.get(); // until SIGTERM / Ctrl-C runs the shutdown hook, or an adapter must stop
    if (status != 0) {
      Runtime.getRuntime().removeShutdownHook(hook);
      stopAll(running, err);
    }
    return status;
  }

  private static synchronized void stopAll(List<AutoCloseable> running, PrintWriter err) {
    for (AutoCloseable adapter : running.reversed()) {
      try {
        adapter.close();
      } catch (Exception e) {
        // Keep closing the others: one adapter failing to stop must not leave the rest connected.
        err.println("Arrêt incomplet de " + adapter.getClass().getSimpleName() + " : " + e.getMessage());
      }
    }
    running.clear();
    err.flush();
  }
}
