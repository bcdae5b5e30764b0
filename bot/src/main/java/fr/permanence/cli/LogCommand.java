package fr.permanence.cli;

import fr.permanence.log.LogConfig;
import fr.permanence.log.LogMigration;
import fr.permanence.log.LogUnavailableException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code log}: the question log's maintenance. */
@Command(name = "log", mixinStandardHelpOptions = true, subcommands = LogCommand.Migrate.class,
    description = "Entretien du journal des questions.")
public final class LogCommand implements Runnable {
  @Spec CommandSpec spec;

  private final Supplier<LogConfig> configured;

  /** @param configured the log this instance is configured with (PERMANENCE_LOG_URL, or the data folder's file) */
  public LogCommand(Supplier<LogConfig> configured) {
    this.configured = Objects.requireNonNull(configured, "configured");
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Précisez une commande : log migrate.");
  }

  /** {@code log migrate}: copies an instance's SQLite log into the shared PostgreSQL log. */
  @Command(name = "migrate", mixinStandardHelpOptions = true,
      description = "Copie un journal SQLite (par défaut celui du dossier de données) dans le journal PostgreSQL"
          + " partagé (PERMANENCE_LOG_URL, PERMANENCE_LOG_USER, PERMANENCE_LOG_PASSWORD). Peut être relancée :"
          + " les questions déjà copiées ne sont pas dupliquées.")
  static final class Migrate implements Callable<Integer> {
    @ParentCommand LogCommand parent;

    @Option(names = "--from", paramLabel = "FICHIER", description = "Le journal SQLite à copier (défaut : questions.db du dossier de données).")
    Path from;

    @Option(names = "--to", paramLabel = "URL", description = "Adresse jdbc:postgresql://… du journal partagé (défaut : PERMANENCE_LOG_URL).")
    String to;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      LogConfig configured = parent.configured.get();
      LogConfig target = to == null ? configured : configured.withUrl(to, configured.user(), configured.password());
      if (target.sqliteFile() != null) {
        throw new ParameterException(spec.commandLine(), "Aucun journal PostgreSQL configuré : donnez --to"
            + " jdbc:postgresql://hôte:port/base ou définissez PERMANENCE_LOG_URL.");
      }
      Path file = from != null ? from.toAbsolutePath()
          : LogConfig.sqlite(configured.secretFile().toAbsolutePath().getParent()).sqliteFile();
      LogConfig source = LogConfig.sqlite(file.getParent()).withUrl("jdbc:sqlite:" + file, "", "");
      try {
        LogMigration.Result r = LogMigration.copy(source, target);
        spec.commandLine().getOut().println("Journal " + source.describe() + " copié dans " + target.describe() + " : "
            + r.copied() + " question(s) ajoutée(s) sur " + r.questions() + " (les autres y étaient déjà)."
            + (r.collisions() > 0 ? " Attention : " + r.collisions() + " question(s) portent un numéro déjà pris"
                + " par une autre question dans la base cible et n'ont pas été copiées." : ""));
        return r.collisions() > 0 ? 1 : 0;
      } catch (LogUnavailableException e) {
        spec.commandLine().getErr().println(e.getMessage());
        return 1;
      }
    }
  }
}
