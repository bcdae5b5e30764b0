package fr.permanence.cli;

import fr.permanence.app.Bot;
import fr.permanence.console.LocalFile;
import fr.permanence.conversation.Attachment;
import fr.permanence.conversation.Command;
import fr.permanence.conversation.Incoming;
import fr.permanence.conversation.Platform;
import fr.permanence.conversation.Reply;
import fr.permanence.conversation.Role;
import fr.permanence.moderation.AuditEntry;
import fr.permanence.moderation.RebuildScheduler;
import fr.permanence.moderation.RebuildState;
import fr.permanence.moderation.UploadPolicy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Moderators' corpus commands on the command line: the same commands as in the chats, run
 * through the conversation core (same checks, French messages, audit and archive), with the
 * index rebuilt before the command returns. Exit status 0 when done, 1 when refused or
 * cancelled.
 */
final class CorpusEdits {
  /** The person at the machine may moderate: they already have the data folder. */
  private static final Set<Role> OPERATOR = Set.of(Role.MEMBER, Role.TRAINER, Role.MODERATOR);

  private CorpusEdits() {}

  /** What every corpus command shares: the bot of the data folder, and how a command is run. */
  abstract static class Base implements Callable<Integer> {
    @ParentCommand
    CorpusCommand corpus;

    @Spec
    CommandSpec spec;

    /**
     * Runs {@code command} through the core; when {@code changes} is true, succeeds only if a
     * change was audited, then waits for the index rebuild it started and says how it went.
     */
    int run(Command command, String text, Map<String, String> options, Attachment file, boolean changes)
        throws IOException {
      return run(command, text, options, file, changes, bot -> true);
    }

    /** {@link #run(Command, String, Map, Attachment, boolean)} once {@code go} agrees (exit 1 when not). */
    int run(Command command, String text, Map<String, String> options, Attachment file, boolean changes,
        Confirmation go) throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      RebuildScheduler rebuilds;
      boolean changed;
      try (Bot bot = Bot.open(corpus.main.settings(), Map.of(), null, line -> { },
          line -> { })) {
        if (!go.confirmed(bot)) {
          return 1;
        }
        rebuilds = bot.moderation().rebuilds();
        Optional<AuditEntry> before = latest(bot);
        Optional<Reply> reply = bot.conversation().handle(new Incoming(Platform.CONSOLE, "cli", Main.consoleUser(), "",
            OPERATOR, false, command, text, options, file));
        out.println(reply.map(Reply::text).orElse(""));
        changed = changes && !latest(bot).equals(before);
      } // closing waits for the rebuild the change started
      if (!changes) {
        return 0;
      }
      if (!changed) {
        return 1;
      }
      RebuildState state = rebuilds.state();
      out.println(state.rebuilding() ? "La reconstruction de l'index continue : « ./permanence corpus etat » dira "
          + "quand elle est finie."
          : state.lastError().isEmpty() ? "Index reconstruit : les réponses tiennent compte du changement."
          : "La reconstruction de l'index a échoué (" + state.lastError() + ") ; l'ancien index reste en service.");
      return 0;
    }

    /** Runs {@code then} with {@code path} as an attachment, or says why the file cannot be added (exit 1). */
    int withFile(String path, FileAction then) throws IOException {
      Attachment attachment;
      try {
        attachment = LocalFile.attachment(path, UploadPolicy.defaults());
      } catch (LocalFile.RefusedFileException e) {
        spec.commandLine().getErr().println("permanence: " + e.getMessage());
        return 1;
      }
      return then.run(attachment);
    }

    private static Optional<AuditEntry> latest(Bot bot) {
      List<AuditEntry> latest = bot.moderation().editor().history(1);
      return latest.stream().findFirst();
    }
  }

  @picocli.CommandLine.Command(name = "liste", mixinStandardHelpOptions = true,
      description = "Liste les documents du corpus et leurs passages.")
  static final class Liste extends Base {
    @Override
    public Integer call() throws IOException {
      return run(Command.CORPUS_LIST, "", Map.of(), null, false);
    }
  }

  @picocli.CommandLine.Command(name = "ajouter", mixinStandardHelpOptions = true,
      description = "Ajoute un document (PDF avec texte, .txt ou .md) au corpus, puis reconstruit l'index.")
  static final class Ajouter extends Base {
    @Parameters(paramLabel = "FICHIER", description = "Le document à ajouter.")
    String file;

    @Option(names = "--titre", required = true, paramLabel = "TITRE", description = "Titre court, tel qu'il apparaîtra dans les citations.")
    String title;

    @Option(names = {"--annee", "--année"}, paramLabel = "ANNÉE", description = "Année de publication (quatre chiffres).")
    String year;

    @Option(names = "--nom", paramLabel = "NOM", description = "Nom court (lettres minuscules, chiffres, tirets) ; déduit du titre sinon.")
    String slug;

    @Option(names = "--auteur", paramLabel = "AUTEUR", description = "Auteur ou organisation.")
    String author;

    @Option(names = "--type", paramLabel = "TYPE", description = "rapport, tract, livret…")
    String kind;

    @Override
    public Integer call() throws IOException {
      Map<String, String> options = new HashMap<>();
      options.put("titre", title);
      put(options, "annee", year);
      put(options, "nom", slug);
      put(options, "auteur", author);
      put(options, "type", kind);
      return withFile(file, attachment -> run(Command.CORPUS_ADD, "", options, attachment, true));
    }
  }

  @picocli.CommandLine.Command(name = "remplacer", mixinStandardHelpOptions = true,
      description = "Remplace le texte d'un document (l'ancien est archivé), puis reconstruit l'index.")
  static final class Remplacer extends Base {
    @Parameters(index = "0", paramLabel = "NOM", description = "Nom court du document (voir « corpus liste »).")
    String slug;

    @Parameters(index = "1", paramLabel = "FICHIER", description = "Le nouveau fichier.")
    String file;

    @Override
    public Integer call() throws IOException {
      return withFile(file, attachment -> run(Command.CORPUS_REPLACE, slug, Map.of(), attachment, true));
    }
  }

  @picocli.CommandLine.Command(name = "retirer", mixinStandardHelpOptions = true,
      description = "Retire un document du corpus après confirmation (son texte est archivé), puis reconstruit l'index.")
  static final class Retirer extends Base {
    @Parameters(paramLabel = "NOM", description = "Nom court du document (voir « corpus liste »).")
    String slug;

    @Option(names = "--oui", description = "Ne pas demander de confirmation (scripts).")
    boolean confirmed;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      // Asked only for a document of the corpus: any other name goes to the core, which says none has it.
      return run(Command.CORPUS_REMOVE, slug, Map.of(), null, true, bot -> {
        if (confirmed || !bot.conversation().hasDocument(slug)) {
          return true;
        }
        out.print("Retirer « " + slug + " » du corpus ? Son texte sera archivé (« corpus restaurer " + slug
            + " » le remet). [oui/non] ");
        out.flush();
        // Not closed: closing it would close the process's standard input.
        String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (answer == null || !Set.of("oui", "o", "yes", "y").contains(answer.strip().toLowerCase(Locale.ROOT))) {
          out.println("Retrait annulé : le corpus n'a pas changé.");
          return false;
        }
        return true;
      });
    }
  }

  @picocli.CommandLine.Command(name = "restaurer", mixinStandardHelpOptions = true,
      description = "Remet le dernier texte archivé d'un document retiré ou remplacé (ou une archive nommée "
          + "dans l'historique), puis reconstruit l'index.")
  static final class Restaurer extends Base {
    @Parameters(paramLabel = "NOM", description = "Nom court du document, ou nom d'une archive.")
    String name;

    @Override
    public Integer call() throws IOException {
      return run(Command.CORPUS_RESTORE, name, Map.of(), null, true);
    }
  }

  @picocli.CommandLine.Command(name = "historique", mixinStandardHelpOptions = true,
      description = "Les dernières modifications du corpus, avec les archives qu'elles ont faites.")
  static final class Historique extends Base {
    @Override
    public Integer call() throws IOException {
      return run(Command.CORPUS_HISTORY, "", Map.of(), null, false);
    }
  }

  @picocli.CommandLine.Command(name = "etat", mixinStandardHelpOptions = true,
      description = "L'état du corpus et de l'index.")
  static final class Etat extends Base {
    @Override
    public Integer call() throws IOException {
      return run(Command.CORPUS_STATUS, "", Map.of(), null, false);
    }
  }

  private static void put(Map<String, String> options, String name, String value) {
    if (value != null && !value.isBlank()) {
      options.put(name, value.strip());
    }
  }

  /** Whether a command goes ahead, asked once the bot is open. */
  @FunctionalInterface
  interface Confirmation {
    boolean confirmed(Bot bot) throws IOException;
  }

  @FunctionalInterface
  private interface FileAction {
    int run(Attachment attachment) throws IOException;
  }
}
