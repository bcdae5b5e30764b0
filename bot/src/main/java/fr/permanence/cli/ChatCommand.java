package fr.permanence.cli;

import fr.permanence.app.Bot;
import fr.permanence.app.Settings;
import fr.permanence.console.ConsoleChat;
import fr.permanence.console.ConsoleSession;
import fr.permanence.files.DataFolder;
import fr.permanence.moderation.UploadPolicy;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./permanence chat}: the console chat on the embedded default, no token, no server (see
 * {@link fr.permanence.console}).
 */
@Command(name = "chat", description = "Session interactive dans la console (sans jeton ni serveur).")
final class ChatCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Option(names = "--llm-config", paramLabel = "FICHIER", description = "Fichier .properties du modèle de langue (facultatif).")
  Path llmConfig;

  @Override
  public Integer call() throws Exception {
    Settings settings = main.settings();
    DataFolder data = settings.data();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (Bot bot = Bot.open(settings, main.env(), llmConfig, out::println,
            System.err::println);
        ConsoleChat chat = ConsoleChat.system(data.consoleHistory())) {
      bot.core().searcher().preloadDictionary(); // while the member types
      chat.run(c -> new ConsoleSession(bot.conversation(), new UploadPolicy(settings.maxUploadBytes()), data.reports(),
          Main.consoleUser(), c.writer(), c, Clock.systemUTC()));
    }
    return 0;
  }
}
