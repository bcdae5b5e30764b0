package fr.permanence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.app.Bot;
import fr.permanence.app.Settings;
import fr.permanence.moderation.UploadPolicy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console is a thin adapter of the conversation core: questions are logged, rated and erased. */
class ConsoleSessionTest {
  @TempDir Path data;

  @Test
  void asksRatesShowsAndForgets() throws Exception {
    Path home = Path.of("..").toAbsolutePath().normalize();
    Settings settings = Settings.from(Map.of(), home, data);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (Bot bot = Bot.open(settings, UploadPolicy.DEFAULT_MAX_BYTES, Map.of(), null, line -> { }, line -> { })) {
      ChatCommand.ConsoleSession session = new ChatCommand.ConsoleSession(bot, out, "alice");
      assertTrue(session.handle("Le CSE peut-il faire appel à un expert habilité ?"));
      String answer = bytes.toString(StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("Voici ce que disent nos textes :"), answer);
      assertTrue(answer.contains("(👍 ou 👎 pour noter cette réponse ; « voir "), answer);

      bytes.reset();
      assertTrue(session.handle("👎"));
      assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("Merci"), bytes.toString(StandardCharsets.UTF_8));

      bytes.reset();
      assertTrue(session.handle("article L. 2242-17"));
      assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("Code du travail, art. L. 2242-17"),
          bytes.toString(StandardCharsets.UTF_8));

      assertTrue(bot.log().flush(Duration.ofSeconds(5)));
      assertEquals(1, count(data.resolve("questions.db"), "SELECT count(*) FROM question WHERE platform = 'console'"));
      assertEquals(0, count(data.resolve("questions.db"), "SELECT count(*) FROM question WHERE asker = 'alice'"),
          "the member's name is never stored, only a pseudonym");

      bytes.reset();
      assertTrue(session.handle("oubli"));
      String erased = bytes.toString(StandardCharsets.UTF_8);
      assertTrue(erased.contains("2 éléments"), erased);
      assertTrue(bot.log().flush(Duration.ofSeconds(5)));
      assertEquals(0, count(data.resolve("questions.db"), "SELECT count(*) FROM question"));

      assertFalse(session.handle("quitter"));
    }
  }

  private static int count(Path db, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      return rs.getInt(1);
    }
  }
}
