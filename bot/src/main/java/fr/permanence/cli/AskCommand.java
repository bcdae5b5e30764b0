package fr.permanence.cli;

import fr.permanence.app.Bot;
import fr.permanence.conversation.Command;
import fr.permanence.conversation.Incoming;
import fr.permanence.conversation.Platform;
import java.nio.file.Path;
import java.time.Duration;
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
    try (Bot bot = Bot.open(main.settings(), System.getenv(), llmConfig,
        System.err::println, System.err::println)) {
      bot.conversation().handle(Incoming.of(Platform.CONSOLE, "console", Main.consoleUser(), Command.ASK,
          question)).ifPresent(reply -> {
            System.out.println(reply.text());
            bot.records().questionId(reply.id()).ifPresent(n -> System.out.println(
                "\n(réponse n° " + n + " — pour la noter : ./permanence feedback " + n + " 👍, ou 👎 et la raison)"));
          });
      bot.log().flush(Duration.ofSeconds(2));
    }
    return 0;
  }
}
