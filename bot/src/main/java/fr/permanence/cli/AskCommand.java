package fr.permanence.cli;

import fr.permanence.app.Permanence;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Answers one question and prints the message a member would receive. */
@Command(name = "ask", description = "Répond à une question et affiche la réponse.")
final class AskCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "La question, en français.")
  String[] words;

  @Override
  public Integer call() throws Exception {
    try (Permanence bot = main.open()) {
      System.out.println(bot.composer().answer(String.join(" ", words)).text());
    }
    return 0;
  }
}
