package fr.permanence.cli;

import fr.permanence.app.Bot;
import fr.permanence.conversation.Command;
import fr.permanence.conversation.Incoming;
import fr.permanence.conversation.Platform;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Answers one question and prints the message a member would receive; the question is logged as from the console. */
@picocli.CommandLine.Command(name = "ask", description = "Répond à une question et affiche la réponse.")
final class AskCommand implements Callable<Integer> {
  /**
   * How long the answered question may take to be written before the person is told it was not:
   * a local SQLite or a working server writes it in milliseconds.
   */
  private static final Duration LOGGED_WAIT = Duration.ofSeconds(2);

  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Option(names = "--llm-config", paramLabel = "FICHIER", description = "Fichier .properties du modèle de langue (facultatif).")
  Path llmConfig;

  @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "La question, en français.")
  String[] words;

  @Override
  public Integer call() throws Exception {
    String question = String.join(" ", words).strip();
    if (question.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "Posez une question, entre guillemets : ./permanence ask \"Combien de jours de congés payés ?\"");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Bot bot = Bot.open(main.settings(), main.env(), llmConfig, err::println, err::println)) {
      long droppedBefore = bot.log().droppedCount();
      bot.conversation().handle(Incoming.of(Platform.CONSOLE, "console", Main.consoleUser(), Command.ASK,
          question)).ifPresent(reply -> {
            out.println(reply.text());
            out.flush();
            // The number is shown only once the question is written: feedback on it works then.
            OptionalLong n = bot.records().questionId(reply.id());
            if (n.isPresent() && bot.log().flush(LOGGED_WAIT)) {
              out.println("\n(réponse n° " + n.getAsLong() + " — pour la noter : ./permanence feedback "
                  + n.getAsLong() + " 👍, ou 👎 et la raison)");
            } else if (n.isPresent() || !bot.log().available() || bot.log().droppedCount() > droppedBefore) {
              err.println(bot.log().notLoggedNotice());
            }
            // Otherwise the message was refused before any search (too long, say) and, asking
            // nothing, was never to be logged: no notice that the log failed.
          });
    }
    return 0;
  }
}
