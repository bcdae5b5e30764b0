package fr.permanence.cli;

import fr.permanence.app.Moderation;
import fr.permanence.app.Permanence;
import fr.permanence.app.Settings;
import fr.permanence.corpus.Passage;
import fr.permanence.moderation.UploadPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Index maintenance: rebuild and statistics. */
@Command(name = "index", description = "Gestion de l'index.", subcommands = {IndexCommand.Rebuild.class, IndexCommand.Stats.class})
final class IndexCommand {
  @ParentCommand
  Main main;

  @Command(name = "rebuild", description = "Reconstruit l'index depuis le corpus.")
  static final class Rebuild implements Callable<Integer> {
    @ParentCommand
    IndexCommand index;

    /** How long the command waits for a moderator's change or another rebuild to finish. */
    private static final Duration WAIT = Duration.ofMinutes(5);

    @Override
    public Integer call() throws Exception {
      Settings settings = index.main.settings();
      try (Permanence bot = Permanence.open(settings);
          Moderation moderation = Moderation.open(settings.data(), index.main.logConfig().database(), settings.corpusDir(),
              UploadPolicy.defaults(), () -> bot.index().rebuild(), Clock.systemUTC())) {
        long start = System.nanoTime();
        // Through the scheduler, like moderators' rebuilds: audited, and never beside a change or another rebuild.
        int count = moderation.rebuilds().rebuildNow("console:" + Main.consoleUser(), WAIT);
        System.out.printf("Index reconstruit : %d passages en %d ms (%s)%n", count, (System.nanoTime() - start) / 1_000_000, bot.index().dir());
      }
      return 0;
    }
  }

  @Command(name = "stats", description = "Affiche le contenu de l'index.")
  static final class Stats implements Callable<Integer> {
    @ParentCommand
    IndexCommand index;

    @Override
    public Integer call() throws Exception {
      try (Permanence bot = index.main.open()) {
        Map<String, int[]> perDoc = new TreeMap<>();
        for (Passage p : bot.searcher().all()) {
          int[] c = perDoc.computeIfAbsent(p.doc() + " — " + p.title(), k -> new int[2]);
          c[0]++;
          c[1] += p.wordCount();
        }
        System.out.println("Index : " + bot.index().dir());
        System.out.println("Corpus : " + bot.settings().corpusDir());
        int total = 0;
        for (Map.Entry<String, int[]> e : perDoc.entrySet()) {
          System.out.printf("  %5d passages, %7d mots  %s%n", e.getValue()[0], e.getValue()[1], e.getKey());
          total += e.getValue()[0];
        }
        System.out.println("Total : " + total + " passages");
      }
      return 0;
    }
  }
}
