package fr.permanence.cli;

import fr.permanence.app.Permanence;
import fr.permanence.answer.Answer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** An interactive console session: questions on standard input, answers on standard output. */
@Command(name = "chat", description = "Session interactive dans la console (sans jeton ni serveur).")
final class ChatCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Override
  public Integer call() throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (Permanence bot = main.open();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      ConsoleSession session = new ConsoleSession(bot, out);
      session.greet();
      for (String line; (line = session.prompt(in)) != null; ) {
        if (!session.handle(line)) {
          break;
        }
      }
      out.println("À bientôt.");
    }
    return 0;
  }

  /** The console's conversation: questions, and a few commands. */
  static final class ConsoleSession {
    private final Permanence bot;
    private final PrintStream out;
    private Answer last;

    ConsoleSession(Permanence bot, PrintStream out) {
      this.bot = bot;
      this.out = out;
    }

    void greet() {
      out.println("Permanence — posez votre question (ou « aide », « quitter »).");
    }

    String prompt(BufferedReader in) throws java.io.IOException {
      out.print("> ");
      out.flush();
      return in.readLine();
    }

    /** Handles one line; false when the member leaves. */
    boolean handle(String line) {
      String text = line.strip();
      String lower = text.toLowerCase(java.util.Locale.ROOT);
      if (lower.equals("quitter") || lower.equals("exit") || lower.equals("quit")) {
        return false;
      }
      if (lower.equals("aide") || lower.equals("help")) {
        out.println("""
            Posez une question en français, par exemple « le CSE peut-il prendre un expert ? ».
            Commandes : « voir <id> » montre un passage cité en entier, « article L2312-8 » montre un article,
            « quitter » termine la session.""");
        return true;
      }
      if (lower.startsWith("voir ")) {
        String id = text.substring(5).strip();
        out.println(bot.searcher().passage(id).map(p -> p.text() + "\n— " + p.title() + (p.page() > 0 ? ", p. " + p.page() : ""))
            .orElse("Aucun passage « " + id + " ». Les identifiants sont entre crochets après chaque citation."));
        return true;
      }
      if (lower.startsWith("article ") && fr.permanence.analysis.LegalReferences.normalize(text.substring(8)) != null) {
        String number = text.substring(8);
        out.println(bot.searcher().article(number).map(p -> p.text() + "\n— Code du travail, art. " + p.article().displayNumber() + " " + p.article().url())
            .orElse("L'article " + number.strip() + " n'existe pas ou ne fait pas partie des textes que je connais."));
        return true;
      }
      last = bot.composer().answer(text);
      out.println(last.text());
      out.println();
      return true;
    }
  }
}
