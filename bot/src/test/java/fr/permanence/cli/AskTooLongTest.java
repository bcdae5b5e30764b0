package fr.permanence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.app.OneDocumentHome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ask} with a message over the length limit: it is refused before any search and, asking
 * nothing, never logged; the person is told to shorten it, not that the question log failed. A
 * real one-document corpus and a real SQLite log.
 */
class AskTooLongTest {
  @TempDir Path tmp;
  private OneDocumentHome home;

  @BeforeEach
  void install() throws Exception {
    home = OneDocumentHome.use(tmp.resolve("home"));
  }

  @AfterEach
  void restore() {
    home.close();
  }

  @Test
  void aMessageTooLongIsRefusedWithoutSayingTheLogFailed() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try (LazyLog logs = new LazyLog(() -> null)) {
      Main main = new Main().withEnv(Map.of());
      main.data = tmp.resolve("data");
      int status = Main.commandLine(main, logs)
          .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
          .execute("ask", "congé ".repeat(300)); // 1,799 characters once stripped
      assertEquals(0, status, err.toString());
    }
    assertTrue(out.toString().startsWith("Votre message fait 1 799 caractères ; la limite est de 1 000."), out.toString());
    assertEquals("Mode extractif : les réponses citent les passages trouvés (aucun modèle de langue configuré).\n",
        err.toString());
  }
}
