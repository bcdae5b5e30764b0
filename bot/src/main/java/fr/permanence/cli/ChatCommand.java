package fr.permanence.cli;

import fr.permanence.app.Bot;
import fr.permanence.conversation.Action;
import fr.permanence.conversation.Command;
import fr.permanence.conversation.Incoming;
import fr.permanence.conversation.Platform;
import fr.permanence.conversation.Reply;
import fr.permanence.conversation.Role;
import fr.permanence.conversation.CommandGrammar;
import fr.permanence.conversation.ParsedCommand;
import fr.permanence.moderation.UploadPolicy;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * An interactive console session on the embedded default: no token, no server. The console
 * is a thin adapter of the conversation core, like Discord and Matrix: questions are logged
 * (platform "console"), answers can be rated, and "oubli" erases the session user's records.
 */
@picocli.CommandLine.Command(name = "chat", description = "Session interactive dans la console (sans jeton ni serveur).")
final class ChatCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Option(names = "--llm-config", paramLabel = "FICHIER", description = "Fichier .properties du modèle de langue (facultatif).")
  Path llmConfig;

  @Override
  public Integer call() throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (Bot bot = Bot.open(main.settings(), UploadPolicy.DEFAULT_MAX_BYTES, System.getenv(), llmConfig,
            out::println, System.err::println);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      ConsoleSession session = new ConsoleSession(bot, out, Main.consoleUser());
      out.println("Permanence — posez votre question en français (« aide » pour les commandes, « quitter » pour sortir).");
      for (String line; (line = session.prompt(in)) != null; ) {
        if (!session.handle(line)) {
          break;
        }
      }
      out.println("À bientôt.");
    }
    return 0;
  }

  /** Translates console lines into the core's commands and its replies into text. */
  static final class ConsoleSession {
    /** The operator at the console may do everything: they already have the machine. */
    private static final Set<Role> OPERATOR = Set.of(Role.MEMBER, Role.TRAINER, Role.MODERATOR);

    private final Bot bot;
    private final PrintStream out;
    private final String user;
    private String lastReply = "";

    ConsoleSession(Bot bot, PrintStream out, String user) {
      this.bot = bot;
      this.out = out;
      this.user = user;
    }

    String prompt(BufferedReader in) throws java.io.IOException {
      out.print("> ");
      out.flush();
      return in.readLine();
    }

    /** Handles one line; false when the operator leaves. */
    boolean handle(String line) {
      String text = line.strip();
      String lower = text.toLowerCase(Locale.ROOT);
      if (lower.equals("quitter") || lower.equals("exit") || lower.equals("quit")) {
        return false;
      }
      if (text.isEmpty()) {
        return true;
      }
      Optional<Reply> reply = bot.conversation().handle(incoming(text, lower));
      reply.ifPresent(this::show);
      return true;
    }

    private Incoming incoming(String text, String lower) {
      ParsedCommand parsed = CommandGrammar.parse(text, "/", true).orElseThrow();
      if (parsed.command() == Command.FEEDBACK && parsed.text().isEmpty() && !lastReply.isEmpty()) {
        parsed = parsed.with(lastReply, Map.of());
      }
      return message(parsed.command(), parsed.text(), parsed.options());
    }

    private Incoming message(Command command, String text, Map<String, String> options) {
      return new Incoming(Platform.CONSOLE, "console", user, "", OPERATOR, false, command, text, options, null);
    }

    private void show(Reply reply) {
      if (!reply.title().isEmpty()) {
        out.println(reply.title());
      }
      out.println(reply.text());
      boolean rateable = reply.actions().stream().anyMatch(a -> a.kind() == Action.Kind.FEEDBACK_UP);
      if (rateable) {
        lastReply = reply.id();
        StringBuilder hint = new StringBuilder("\n(👍 ou 👎 pour noter cette réponse");
        reply.actions().stream().filter(a -> a.kind() == Action.Kind.SHOW_PASSAGE).findFirst()
            .ifPresent(a -> hint.append(" ; « voir ").append(a.value()).append(" » pour lire un passage en entier"));
        out.println(hint.append(")"));
      }
      out.println();
    }
  }
}
