package fr.permanence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.permanence.app.StartupFailure;
import fr.permanence.files.DataFolder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --llm-config} naming a file that is not there stops the command, saying so, before any work. */
class LlmConfigOptionTest {
  @TempDir Path data;
  private final PrintStream stderr = System.err;

  @AfterEach
  void restoreStream() {
    System.setErr(stderr);
  }

  @Test
  void anAbsentFileExitsAsAConfigurationFailureWithTheMessageOnStandardError() {
    Path absent = data.resolve("llm.properties");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(StartupFailure.CONFIGURATION, Main.run("--data", data.toString(), "ask", "--llm-config",
        absent.toString(), "Combien de jours de congés payés ?"));
    assertEquals("Le fichier de configuration du modèle de langue « " + absent + " » (--llm-config) n'existe pas :"
        + " corrigez le chemin, ou retirez l'option pour répondre par citations sans modèle de langue.\n",
        err.toString(StandardCharsets.UTF_8));
    assertFalse(Files.exists(new DataFolder(data).index()), "nothing built for a command that stops");
  }
}
