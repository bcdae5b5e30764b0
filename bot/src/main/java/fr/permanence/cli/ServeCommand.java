package fr.permanence.cli;

import fr.permanence.app.StartupFailure;
import fr.permanence.conversation.ConversationService;
import fr.permanence.discord.DiscordBot;
import fr.permanence.matrix.MatrixBot;
import fr.permanence.matrix.MatrixClient;
import fr.permanence.matrix.Sleeper;
import fr.permanence.moderation.UploadPolicy;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
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

  /** Concurrent answers on Discord: the machine has two cores, searches are short. */
  private static final int DISCORD_WORKERS = 4;

  @Spec CommandSpec spec;

  @Option(names = "--config", paramLabel = "FICHIER", description = "Fichier .properties (les variables d'environnement priment).")
  Path config;

  @Option(names = "--check", description = "Vérifie la configuration et contacte Discord et Matrix (jetons, "
      + "compte du bot), sans rien lancer. Code de sortie : 0 si tout répond, 2 si la configuration est à corriger, "
      + "1 si un service ne répond pas pour l'instant.")
  boolean check;

  private final ServiceFactory factory;
  private final Map<String, String> env;
  private final Path defaultDataDir;

  public ServeCommand(ServiceFactory factory, Map<String, String> env, Path defaultDataDir) {
    this.factory = factory;
    this.env = env;
    this.defaultDataDir = defaultDataDir;
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
      return StartupFailure.CONFIGURATION;
    }
    cfg.notes().forEach(out::println);
    if (!cfg.anyAdapter()) {
      err.println("Rien à lancer : définissez PERMANENCE_DISCORD_TOKEN pour Discord, ou PERMANENCE_MATRIX_HOMESERVER, "
          + "PERMANENCE_MATRIX_TOKEN, PERMANENCE_MATRIX_USER et PERMANENCE_MATRIX_ALLOWED pour Matrix "
          + "(voir docs/chat.md).");
      return StartupFailure.CONFIGURATION;
    }
    if (check) {
      ServeCheck.Result result = new ServeCheck(
          HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), Sleeper.system()).run(cfg);
      result.lines().forEach(out::println);
      out.println(switch (result.exitStatus()) {
        case 0 -> "Tout répond : le service peut démarrer.";
        case StartupFailure.TRANSIENT -> "Un service ne répond pas pour l'instant : le service, lancé, réessaierait "
            + "(code de sortie 1).";
        default -> "La configuration est à corriger avant de lancer le service (code de sortie 2).";
      });
      return result.exitStatus();
    }
    Opened opened;
    try {
      opened = factory.create(cfg);
    } catch (StartupFailure e) {
      err.println(e.getMessage());
      return e.exitStatus();
    } catch (Exception e) {
      // Not known to be the configuration's fault (a held lock, a full disk): systemd tries again.
      err.println("Démarrage impossible : " + Main.describe(e) + " Nouvel essai au prochain démarrage.");
      return StartupFailure.TRANSIENT;
    }
    ConversationService service = opened.service();
    List<AutoCloseable> running = new ArrayList<>();
    running.add(opened.resources()); // closed last: adapters stop first, then the log is flushed
    // Completed with 0 by SIGTERM / Ctrl-C, or with its exit status by an adapter that cannot start or go on.
    CompletableFuture<Integer> exit = new CompletableFuture<>();
    Consumer<StartupFailure> fail = failure -> {
      if (exit.complete(failure.exitStatus())) {
        err.println(failure.getMessage());
        err.flush();
      }
    };
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      exit.complete(0);
      stopAll(running, err);
      stopped.countDown();
    }, "serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      if (cfg.discord().isPresent()) {
        DiscordBot discord = new DiscordBot(service, cfg.discord().get(), Executors.newFixedThreadPool(DISCORD_WORKERS),
            fail);
        running.add(discord);
        discord.start();
        out.println("Discord : connecté.");
      }
      if (cfg.matrix().isPresent()) {
        MatrixBot matrix = new MatrixBot(new MatrixClient(cfg.matrix().get().homeserver(), cfg.matrix().get().accessToken(),
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), Sleeper.system()),
            cfg.matrix().get(), service, Sleeper.system(), new UploadPolicy(cfg.maxUploadBytes()));
        running.add(matrix);
        matrix.start(fail);
        out.println("Matrix : synchronisation lancée.");
      }
      out.flush();
    } catch (StartupFailure e) {
      fail.accept(e);
    } catch (Exception e) {
      fail.accept(StartupFailure.transientFailure("Démarrage impossible : " + Main.describe(e)
          + " Nouvel essai au prochain démarrage.", e));
    }
    int status = exit.join(); // until SIGTERM / Ctrl-C runs the shutdown hook, or an adapter must stop
    if (status == 0) {
      stopped.await(); // the shutdown hook is stopping the adapters
      return 0;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Already shutting down: the hook stops the adapters; the failure's status is still ours.
    }
    stopAll(running, err);
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
