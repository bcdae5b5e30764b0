package fr.permanence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.app.OneDocumentHome;
import fr.permanence.log.SilentServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ask} when a question is not logged. With a question log whose PostgreSQL server accepts
 * connections and never answers, the answer is printed and the person is told in French that the
 * question was not logged (the log closing without waiting for the server again is {@code
 * SilentServerTest}'s). A message over the length limit is refused before any search and, asking
 * nothing, never logged: the person is told to shorten it, not that the log failed. A real loopback
 * socket, a real one-document corpus and index, a real SQLite log.
 */
class AskWithoutLogTest {
  /** Far above what the command takes (a login timeout of 5 s at opening, then the answer). */
  private static final Duration NEVER = Duration.ofSeconds(90);

  @TempDir Path tmp;
  private OneDocumentHome home;

  /** An installation with a one-document default corpus. */
  @BeforeEach
  void install() throws Exception {
    home = OneDocumentHome.use(tmp.resolve("home"));
  }

  @AfterEach
  void restore() {
    home.close();
  }

  @Test
  void theAnswerIsPrintedAndThePersonToldTheQuestionWasNotLogged() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String url;
    try (SilentServer server = new SilentServer(); LazyLog logs = new LazyLog(() -> null)) {
      url = server.url();
      Main main = new Main().withEnv(Map.of("PERMANENCE_LOG_URL", url));
      main.data = tmp.resolve("data");
      int status = assertTimeoutPreemptively(NEVER, () -> Main.commandLine(main, logs)
          .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
          .execute("ask", "L'intelligence artificielle change-t-elle le travail ?"));
      assertEquals(0, status, err.toString());
    }
    assertTrue(out.toString().contains("« "), "the answer quotes the document: " + out);
    assertFalse(out.toString().contains("réponse n°"), "no number to rate an answer that was not logged: " + out);
    assertEquals("Mode extractif : les réponses citent les passages trouvés (aucun modèle de langue configuré).\n"
        + "Attention : cette question n'a pas pu être enregistrée dans le journal des questions ("
        + url + ", injoignable, occupé ou trop lent) :"
        + " elle ne figurera pas dans le bilan des formateurs et ne peut pas être notée.\n", err.toString());
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
