package fr.permanence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import fr.permanence.app.StartupFailure;
import fr.permanence.conversation.RecordingMembers;
import fr.permanence.conversation.TestServices;
import fr.permanence.app.Moderation;
import fr.permanence.matrix.MatrixRoles;
import fr.permanence.matrix.TestHomeserver;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
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
        matrix.moderator-level=90
        matrix.control-room=!controle:example.org
        matrix.trainers=@formatrice:example.org, @formateur:example.org
        matrix.moderators=@modo:example.org
        """);
    ServeConfig cfg = ServeConfig.load(Map.of("PERMANENCE_MATRIX_TOKEN", "syt_env"), file, tmp);
    assertEquals(Path.of("/var/lib/permanence"), cfg.dataDir());
    assertEquals("Permanence juridique : 01 23 45 67 89", cfg.contact());
    var matrix = cfg.matrix().orElseThrow();
    assertEquals("syt_env", matrix.accessToken());
    assertEquals(Set.of("@alice:example.org"), matrix.allowedUsers());
    assertEquals(Set.of("union.example"), matrix.allowedServers());
    assertEquals(new MatrixRoles("!controle:example.org", 50, 90, Set.of("@formatrice:example.org",
        "@formateur:example.org"), Set.of("@modo:example.org")), matrix.roles());
    assertEquals(Path.of("/var/lib/permanence"), matrix.dataDir());
  }

  @Test
  void refusesMalformedValuesInFrench() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServeConfig.load(Map.of(
        "PERMANENCE_MATRIX_HOMESERVER", "https://matrix.example.org", "PERMANENCE_MATRIX_TOKEN", "t",
        "PERMANENCE_MATRIX_USER", "permanence", "PERMANENCE_MATRIX_ALLOWED", "example.org"), null, tmp));
    assertEquals("PERMANENCE_MATRIX_USER doit être un identifiant Matrix complet, par exemple @permanence:exemple.org "
        + "(reçu : « permanence »).", e.getMessage());
    Map<String, String> matrix = Map.of("PERMANENCE_MATRIX_HOMESERVER", "https://matrix.example.org",
        "PERMANENCE_MATRIX_TOKEN", "t", "PERMANENCE_MATRIX_USER", "@permanence:example.org",
        "PERMANENCE_MATRIX_ALLOWED", "example.org");
    Map<String, String> alias = new HashMap<>(matrix);
    alias.put("PERMANENCE_MATRIX_CONTROL_ROOM", "#controle:example.org");
    assertEquals("PERMANENCE_MATRIX_CONTROL_ROOM doit être l'identifiant d'un salon, par exemple !AbCdEf:exemple.org "
        + "(Element : Paramètres du salon → Avancé), pas son adresse (reçu : « #controle:example.org »).",
        assertThrows(IllegalArgumentException.class, () -> ServeConfig.load(alias, null, tmp)).getMessage());
    Map<String, String> names = new HashMap<>(matrix);
    names.put("PERMANENCE_MATRIX_MODERATORS", "@modo:example.org, alice");
    assertEquals("PERMANENCE_MATRIX_MODERATORS attend des identifiants Matrix complets, par exemple @alice:exemple.org "
        + "(reçu : « alice »).",
        assertThrows(IllegalArgumentException.class, () -> ServeConfig.load(names, null, tmp)).getMessage());
  }

  @Test
  void aRevokedMatrixTokenStopsServeWithTheConfigurationStatus() throws Exception {
    try (TestHomeserver homeserver = new TestHomeserver();
        Moderation corpus = TestServices.corpus(tmp, Clock.systemUTC())) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine cli = new CommandLine(new ServeCommand(config -> new ServeCommand.Opened(
          TestServices.service(new RecordingMembers(), corpus, Clock.systemUTC()), () -> { }),
          Map.of("PERMANENCE_MATRIX_HOMESERVER", homeserver.uri().toString(), "PERMANENCE_MATRIX_TOKEN", "syt_revoked",
              "PERMANENCE_MATRIX_USER", "@permanence:example.org", "PERMANENCE_MATRIX_ALLOWED", "example.org"),
          tmp.resolve("data")));
      cli.setOut(new PrintWriter(out));
      cli.setErr(new PrintWriter(err));
      assertEquals(StartupFailure.CONFIGURATION, cli.execute());
      assertEquals("Matrix : le serveur refuse le jeton d'accès du bot (M_UNKNOWN_TOKEN) : il a été révoqué (session "
          + "déconnectée) ou a expiré. Créez un nouveau jeton (docs/chat.md, « Obtenir un jeton d'accès Matrix »), "
          + "mettez-le dans PERMANENCE_MATRIX_TOKEN, puis relancez le service.\n", err.toString());
    }
  }

  @Test
  void saysWhenNobodyCanBeTrainerOrModeratorOnMatrix() throws Exception {
    ServeConfig cfg = ServeConfig.load(Map.of("PERMANENCE_MATRIX_HOMESERVER", "https://matrix.example.org",
        "PERMANENCE_MATRIX_TOKEN", "t", "PERMANENCE_MATRIX_USER", "@permanence:example.org",
        "PERMANENCE_MATRIX_ALLOWED", "example.org", "PERMANENCE_CONTACT", "01 23 45 67 89"), null, tmp);
    assertEquals(List.of("Discord : désactivé (PERMANENCE_DISCORD_TOKEN manquant).",
        "Matrix : activé pour @permanence:example.org.",
        "Matrix : personne n'est formateur ni modérateur ; définissez PERMANENCE_MATRIX_CONTROL_ROOM (salon de "
            + "contrôle) ou PERMANENCE_MATRIX_TRAINERS / PERMANENCE_MATRIX_MODERATORS (voir docs/chat.md)."), cfg.notes());
  }
}
