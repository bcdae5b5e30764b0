package fr.permanence.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.app.Bot;
import fr.permanence.app.Settings;
import fr.permanence.conversation.TestServices;
import fr.permanence.files.DataFolder;
import fr.permanence.moderation.UploadPolicy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moderators manage the corpus from the console: files read from disk, removals confirmed first. */
class ConsoleCorpusTest {
  @TempDir Path data;
  @TempDir Path files;
  private final StringWriter text = new StringWriter();

  private String say(ConsoleSession session, String line) {
    text.getBuffer().setLength(0);
    assertTrue(session.handle(line), line);
    return text.toString();
  }

  @Test
  void addsAFileFromDiskAndRemovesOnlyOnceConfirmed() throws Exception {
    TestServices.seedCorpus(data.resolve("corpus"));
    Path note = Files.writeString(files.resolve("Note télétravail.txt"), "Le télétravail est mis en place par un "
        + "accord collectif ou, à défaut, par une charte élaborée par l'employeur après avis du CSE.\n");
    Path home = Path.of("..").toAbsolutePath().normalize();
    try (Bot bot = Bot.open(Settings.from(Map.of(), home, data), Map.of(), null,
        line -> { }, line -> { })) {
      ConsoleSession session = new ConsoleSession(bot.conversation(), UploadPolicy.defaults(),
          new DataFolder(data).reports(), "maud", new PrintWriter(text, true), new ConsoleSession.Screen() {
            @Override
            public void clear() {}

            @Override
            public void forgetHistory() {}
          }, Clock.systemUTC());

      String added = say(session, "corpus ajouter \"" + note + "\" --titre Note télétravail --annee 2025");
      assertTrue(added.startsWith("« Note télétravail » est ajouté au corpus sous le nom note-teletravail : "
          + "1 passage. Empreinte SHA-256 : "), added);
      assertEquals("Je ne trouve pas le fichier « " + files.resolve("absent.pdf") + " » (ou je ne peux pas le lire)."
          + "\n\n", say(session, "/corpus ajouter " + files.resolve("absent.pdf") + " --titre Absent"));
      awaitRebuild(bot);

      // A name no document has gets its answer at once, not a confirmation first.
      assertEquals("Aucun document ne s'appelle « guid » : la liste du corpus donne les noms courts.\n\n",
          say(session, "corpus retirer guid"));
      assertEquals(2, bot.moderation().editor().list().size());
      assertEquals("Retirer « guide » du corpus ? Son texte sera archivé (« corpus restaurer guide » le remet). "
          + "Tapez « oui » pour confirmer, autre chose pour annuler.\n\n", say(session, "corpus retirer guide"));
      assertEquals("Retrait annulé : le corpus n'a pas changé.\n\n", say(session, "non"));
      assertEquals(2, bot.moderation().editor().list().size());

      say(session, "corpus retirer guide");
      assertTrue(say(session, "oui").startsWith("« Guide des élus » (guide) est retiré du corpus ; son texte est "
          + "archivé : « corpus restaurer guide » le remet.\n"), text.toString());
      assertEquals(1, bot.moderation().editor().list().size());
      awaitRebuild(bot);

      assertTrue(say(session, "corpus restaurer guide").startsWith("« Guide des élus » (guide) est restauré depuis "
          + "l'archive guide-"), text.toString());
      assertEquals(2, bot.moderation().editor().list().size());
      awaitRebuild(bot);
      String history = say(session, "corpus historique");
      assertTrue(history.startsWith("Dernières modifications du corpus :\n"), history);
      assertTrue(history.contains(" : retrait de guide (archive guide-"), history);
    }
  }

  private static void awaitRebuild(Bot bot) throws InterruptedException {
    assertTrue(bot.moderation().rebuilds().awaitIdle(Duration.ofSeconds(30)), "the rebuild never ended");
  }
}
