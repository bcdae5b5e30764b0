package fr.permanence.console;

import fr.permanence.conversation.Action;
import fr.permanence.conversation.Attachment;
import fr.permanence.conversation.Command;
import fr.permanence.conversation.CommandGrammar;
import fr.permanence.conversation.ConversationService;
import fr.permanence.conversation.Incoming;
import fr.permanence.conversation.ParsedCommand;
import fr.permanence.conversation.Platform;
import fr.permanence.conversation.Reply;
import fr.permanence.conversation.Role;
import fr.permanence.files.OwnerOnly;
import fr.permanence.moderation.UploadPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One person's chat at the console: each line is read by the core's French grammar (commands
 * with or without their leading slash, anything else is a question) and each reply laid out as
 * text. What only a terminal has is handled here: 👍/👎 rate the answer just shown, the report
 * is written to a file, files to add are read from disk, a removal is confirmed first, and lone
 * terminal words ({@code clear}, {@code exit}…) are obeyed or ignored, never asked as questions.
 *
 * <p>Not thread-safe: one session serves one console, line after line.
 */
public final class ConsoleSession {
  /** What the session asks of the terminal it runs in. */
  public interface Screen {
    /** Clears the screen. */
    void clear();

    /** Empties the history of typed lines (they may be questions). */
    void forgetHistory() throws IOException;
  }

  /** The person at the console may do everything: they already have the machine and its data. */
  private static final Set<Role> OPERATOR = Set.of(Role.MEMBER, Role.TRAINER, Role.MODERATOR);
  /** Words that end the session. */
  private static final Set<String> QUIT = Set.of("quitter", "quit", "exit", "logout", "bye", "au revoir", ":q", ":wq");
  /** Words that clear the screen. */
  private static final Set<String> CLEAR = Set.of("clear", "cls", "reset");
  /** Terminal habits typed at the prompt by reflex: not questions, so neither searched nor logged. */
  private static final Set<String> TERMINAL = Set.of("ls", "dir", "pwd", "cd", "history", "man", "whoami", "top");
  /** What confirms a removal; anything else cancels it. */
  private static final Set<String> YES = Set.of("oui", "o", "yes", "y");
  private static final DateTimeFormatter REPORT_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final ConversationService conversation;
  private final UploadPolicy uploads;
  private final Path reports;
  private final String user;
  private final PrintWriter out;
  private final Screen screen;
  private final Clock clock;
  /** The answer a bare 👍/👎 rates: the last one shown, until a question gets no answer or oubli erases it. */
  private String rateable = "";
  /** A removal waiting for its confirmation, or null. */
  private ParsedCommand pendingRemoval;

  /**
   * @param conversation the core
   * @param uploads what files moderators may add
   * @param reports where trainers' reports are written (created owner-only when needed)
   * @param user the person at the console (the system user), pseudonymised by the core's records
   * @param out where replies are written
   * @param screen the terminal's screen and history
   * @param clock names report files
   */
  public ConsoleSession(ConversationService conversation, UploadPolicy uploads, Path reports, String user,
      PrintWriter out, Screen screen, Clock clock) {
    this.conversation = Objects.requireNonNull(conversation, "conversation");
    this.uploads = Objects.requireNonNull(uploads, "uploads");
    this.reports = Objects.requireNonNull(reports, "reports");
    this.user = Objects.requireNonNull(user, "user");
    this.out = Objects.requireNonNull(out, "out");
    this.screen = Objects.requireNonNull(screen, "screen");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The first lines shown. */
  public static String greeting() {
    return "Permanence — posez votre question en français (« aide » pour les commandes, « quitter » pour sortir).";
  }

  /** Handles one line; false when the person leaves. */
  public boolean handle(String line) {
    String text = line == null ? "" : line.strip();
    if (pendingRemoval != null) {
      ParsedCommand removal = pendingRemoval;
      pendingRemoval = null;
      if (YES.contains(text.toLowerCase(Locale.ROOT))) {
        send(message(removal, null));
      } else {
        print("Retrait annulé : le corpus n'a pas changé.");
      }
      return true;
    }
    String word = text.toLowerCase(Locale.ROOT).replaceFirst("^/", "");
    if (QUIT.contains(word)) {
      return false;
    }
    if (text.isEmpty()) {
      return true;
    }
    if (CLEAR.contains(word)) {
      screen.clear();
      return true;
    }
    if (TERMINAL.contains(word)) {
      print("« " + text + " » est une commande de terminal : je ne l'exécute pas. Tapez « aide » pour mes commandes.");
      return true;
    }
    ParsedCommand parsed = CommandGrammar.parse(text, "/", true).orElseThrow();
    switch (parsed.command()) {
      case FEEDBACK -> vote(parsed);
      case CORPUS_ADD -> upload(parsed, false);
      case CORPUS_REPLACE -> upload(parsed, true);
      case CORPUS_REMOVE -> confirmRemoval(parsed);
      default -> send(message(parsed, null));
    }
    return true;
  }

  private void vote(ParsedCommand parsed) {
    if (!parsed.text().isEmpty()) {
      send(message(parsed, null));
    } else if (rateable.isEmpty()) {
      print("Il n'y a pas de réponse à noter : 👍 ou 👎 notent la réponse qui vient d'être affichée.");
    } else {
      send(message(parsed.with(rateable, Map.of()), null));
    }
  }

  /** "corpus ajouter FICHIER --titre …" or "corpus remplacer NOM FICHIER": the file is read from disk. */
  private void upload(ParsedCommand parsed, boolean replace) {
    List<String> words = parsed.words();
    int expected = replace ? 2 : 1;
    if (words.size() != expected) {
      print(replace
          ? "Indiquez le nom court du document puis le fichier : " + Command.CORPUS_REPLACE.typed(Platform.CONSOLE)
              + " NOM FICHIER"
          : "Indiquez le fichier puis son titre : " + Command.CORPUS_ADD.typed(Platform.CONSOLE)
              + " FICHIER --titre … [--annee …]");
      return;
    }
    Attachment file;
    try {
      file = LocalFile.attachment(words.get(expected - 1), uploads);
    } catch (LocalFile.RefusedFileException e) {
      print(e.getMessage());
      return;
    }
    // The core reads the title from --titre and the document from the attachment, never the path.
    ParsedCommand command = replace ? parsed.with(words.get(0), Map.of()) : parsed.with("", Map.of());
    send(message(command, file));
  }

  private void confirmRemoval(ParsedCommand parsed) {
    if (parsed.text().isEmpty() || !conversation.hasDocument(parsed.text())) {
      send(message(parsed, null)); // the core says what is missing, or that no document has that name
      return;
    }
    pendingRemoval = parsed;
    print("Retirer « " + parsed.text() + " » du corpus ? Son texte sera archivé (« "
        + Command.CORPUS_RESTORE.typed(Platform.CONSOLE) + " " + parsed.text()
        + " » le remet). Tapez « oui » pour confirmer, autre chose pour annuler.");
  }

  private Incoming message(ParsedCommand parsed, Attachment attachment) {
    return parsed.incoming(Platform.CONSOLE, "console", user, "", OPERATOR, false, attachment);
  }

  private void send(Incoming message) {
    // The core stays silent only for another bot's message or a rate-limited platform's burst; the
    // console's operator is neither (Platform.rateLimited).
    Reply reply = conversation.handle(message).orElseThrow();
    if (message.command() == Command.ASK || message.command() == Command.FORGET) {
      rateable = ""; // an answer that failed, or was erased, is not the one a vote would rate
    }
    show(reply);
    if (message.command() == Command.FORGET) {
      try {
        screen.forgetHistory();
      } catch (IOException e) {
        print("L'historique des lignes tapées n'a pas pu être effacé : " + e.getMessage());
      }
    }
  }

  private void show(Reply reply) {
    if (reply.file() != null) {
      print(saved(reply));
      return;
    }
    if (!reply.title().isEmpty()) {
      out.println(reply.title());
    }
    out.println(reply.text());
    if (reply.actions().stream().anyMatch(a -> a.kind() == Action.Kind.FEEDBACK_UP)) {
      rateable = reply.id();
      StringBuilder hint = new StringBuilder("\n(👍 ou 👎 pour noter cette réponse, suivi si besoin de la raison");
      reply.actions().stream().filter(a -> a.kind() == Action.Kind.SHOW_PASSAGE).findFirst()
          .ifPresent(a -> hint.append(" ; « voir ").append(a.value()).append(" » pour lire un passage en entier"));
      out.println(hint.append(')'));
    }
    out.println();
    out.flush();
  }

  /** Writes the reply's file among the reports, owner-only, and says where. */
  private String saved(Reply reply) {
    String name = reply.file().name();
    int dot = name.lastIndexOf('.');
    String stamped = (dot < 0 ? name : name.substring(0, dot)) + "-" + REPORT_TIME.format(clock.instant())
        + (dot < 0 ? "" : name.substring(dot));
    Path target = reports.resolve(stamped).toAbsolutePath();
    try {
      OwnerOnly.createDirectories(reports);
      Files.deleteIfExists(target); // a second report within the same second replaces the first
      OwnerOnly.createFile(target);
      Files.writeString(target, reply.file().content(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "Le rapport n'a pas pu être écrit dans « " + target + " » : " + e.getMessage();
    }
    return "Rapport écrit dans " + target;
  }

  private void print(String text) {
    out.println(text);
    out.println();
    out.flush();
  }
}
