package fr.permanence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
  @TempDir Path tmp;

  private String[] run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ServeCommand(config -> {
      throw new AssertionError("--check never builds the service");
    }, env, tmp.resolve("data")));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void saysWhatIsMissingWhenNothingIsConfigured() {
    String[] r = run(Map.of(), "--check");
    assertEquals("2", r[0]);
    assertEquals("""
        Contact : PERMANENCE_CONTACT n'est pas défini ; les réponses renverront vers « un·e représentant·e de votre syndicat » sans coordonnées précises.
        Discord : désactivé (PERMANENCE_DISCORD_TOKEN manquant).
        Matrix : désactivé (aucune variable PERMANENCE_MATRIX_… définie).
        """, r[1]);
    assertEquals("Rien à lancer : définissez PERMANENCE_DISCORD_TOKEN pour Discord, ou PERMANENCE_MATRIX_HOMESERVER, "
        + "PERMANENCE_MATRIX_TOKEN, PERMANENCE_MATRIX_USER et PERMANENCE_MATRIX_ALLOWED pour Matrix (voir docs/chat.md).\n",
        r[2]);
  }

  @Test
  void namesTheMissingMatrixVariablesAndStartsWhatIsComplete() {
    String[] r = run(Map.of("PERMANENCE_DISCORD_TOKEN", "abc", "PERMANENCE_DISCORD_TRAINER_ROLE", "Formateurs",
        "PERMANENCE_DISCORD_MODERATOR_ROLE", "Modération", "PERMANENCE_CONTACT", "permanence@union.example",
        "PERMANENCE_MATRIX_HOMESERVER", "https://matrix.example.org"), "--check");
    assertEquals("0", r[0]);
    assertEquals("""
        Discord : activé.
        Matrix : désactivé, il manque PERMANENCE_MATRIX_TOKEN, PERMANENCE_MATRIX_USER, PERMANENCE_MATRIX_ALLOWED.
        """, r[1]);
  }

  @Test
  void readsAPropertiesFileUnderTheEnvironment() throws Exception {
    Path file = Files.writeString(tmp.resolve("permanence.properties"), """
        contact=Permanence juridique : 01 23 45 67 89
        data=/var/lib/permanence
        matrix.homeserver=https://matrix.example.org
        matrix.token=syt_file
        matrix.user=@permanence:example.org
        matrix.allowed=@alice:example.org, union.example
        matrix.moderator-level=100
        """);
    ServeConfig cfg = ServeConfig.load(Map.of("PERMANENCE_MATRIX_TOKEN", "syt_env"), file, tmp);
    assertEquals(Path.of("/var/lib/permanence"), cfg.dataDir());
    assertEquals("Permanence juridique : 01 23 45 67 89", cfg.contact());
    var matrix = cfg.matrix().orElseThrow();
    assertEquals("syt_env", matrix.accessToken());
    assertEquals(Set.of("@alice:example.org"), matrix.allowedUsers());
    assertEquals(Set.of("union.example"), matrix.allowedServers());
    assertEquals(50, matrix.trainerLevel());
    assertEquals(100, matrix.moderatorLevel());
    assertEquals(Path.of("/var/lib/permanence"), matrix.dataDir());
  }

  @Test
  void refusesMalformedValuesInFrench() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServeConfig.load(Map.of(
        "PERMANENCE_MATRIX_HOMESERVER", "https://matrix.example.org", "PERMANENCE_MATRIX_TOKEN", "t",
        "PERMANENCE_MATRIX_USER", "permanence", "PERMANENCE_MATRIX_ALLOWED", "example.org"), null, tmp));
    assertEquals("PERMANENCE_MATRIX_USER doit être un identifiant Matrix complet, par exemple @permanence:exemple.org "
        + "(reçu : « permanence »).", e.getMessage());
  }
}
