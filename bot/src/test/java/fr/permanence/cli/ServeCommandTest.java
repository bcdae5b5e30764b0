package fr.permanence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import fr.permanence.app.Moderation;
import fr.permanence.app.StartupFailure;
import fr.permanence.conversation.MutableClock;
import fr.permanence.conversation.RecordingMembers;
import fr.permanence.conversation.TestServices;
import fr.permanence.discord.LoopbackDiscord;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

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
    return run(config -> {
      throw new AssertionError("--check never builds the service");
    }, env, args);
  }

  private String[] run(ServeCommand.ServiceFactory factory, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ServeCommand(factory, env, tmp.resolve("data")));
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
  void namesTheMissingMatrixVariablesAndChecksDiscordForReal() throws Exception {
    try (LoopbackDiscord discord = new LoopbackDiscord()) {
      String[] r = run(Map.of("PERMANENCE_DISCORD_TOKEN", LoopbackDiscord.TOKEN, "PERMANENCE_DISCORD_API",
          discord.api().toString(), "PERMANENCE_DISCORD_TRAINER_ROLE", "Formateurs",
          "PERMANENCE_DISCORD_MODERATOR_ROLE", "Modération", "PERMANENCE_CONTACT", "permanence@union.example",
          "PERMANENCE_MATRIX_HOMESERVER", "https://matrix.example.org"), "--check");
      assertEquals("0", r[0], r[2]);
      assertEquals("""
          Discord : activé.
          Matrix : désactivé, il manque PERMANENCE_MATRIX_TOKEN, PERMANENCE_MATRIX_USER, PERMANENCE_MATRIX_ALLOWED.
          Discord : jeton accepté, le bot est « Permanence » (identifiant 900000000000000001) ; la passerelle répond.
          Tout répond : le service peut démarrer.
          """, r[1]);
      assertTrue(discord.summary().contains("GET users/@me"), discord.summary());
    }
  }

  @Test
  void checkSaysInFrenchThatDiscordRefusesTheToken() throws Exception {
    try (LoopbackDiscord discord = new LoopbackDiscord()) {
      String[] r = run(Map.of("PERMANENCE_DISCORD_TOKEN", "un-vieux-jeton", "PERMANENCE_DISCORD_API",
          discord.api().toString(), "PERMANENCE_CONTACT", "permanence@union.example"), "--check");
      assertEquals("2", r[0]);
      assertEquals("""
          Discord : activé. Sans PERMANENCE_DISCORD_TRAINER_ROLE / PERMANENCE_DISCORD_MODERATOR_ROLE, seuls les \
          administrateurs du serveur ont accès aux commandes /formateurs et /corpus.
          Matrix : désactivé (aucune variable PERMANENCE_MATRIX_… définie).
          Discord : Discord refuse le jeton du bot (HTTP 401) : PERMANENCE_DISCORD_TOKEN est faux, incomplet ou a été \
          régénéré. Copiez le jeton depuis https://discord.com/developers/applications (votre application → Bot → \
          Reset Token), mettez-le dans PERMANENCE_DISCORD_TOKEN, puis relancez.
          La configuration est à corriger avant de lancer le service (code de sortie 2).
          """, r[1]);
    }
  }

  @Test
  void checkSaysAnUnreachableDiscordIsTransient() throws Exception {
    URI api;
    try (LoopbackDiscord discord = new LoopbackDiscord()) {
      api = discord.api(); // closed at once: nothing listens there any more
    }
    String[] r = run(Map.of("PERMANENCE_DISCORD_TOKEN", LoopbackDiscord.TOKEN, "PERMANENCE_DISCORD_API", api.toString(),
        "PERMANENCE_CONTACT", "permanence@union.example"), "--check");
    assertEquals("1", r[0]);
    assertTrue(r[1].contains("\nDiscord : Discord est injoignable (127.0.0.1 : "), r[1]);
    assertTrue(r[1].endsWith("Un service ne répond pas pour l'instant : le service, lancé, réessaierait "
        + "(code de sortie 1).\n"), r[1]);
  }

  /** A homeserver that knows one token, for {@code /account/whoami}. */
  private static HttpServer whoami(String token, String user) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/_matrix/client/v3/account/whoami", exchange -> {
      boolean known = ("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"));
      byte[] body = (known ? "{\"user_id\":\"" + user + "\",\"device_id\":\"BOT\"}"
          : "{\"errcode\":\"M_UNKNOWN_TOKEN\",\"error\":\"Invalid access token passed.\",\"soft_logout\":false}")
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(known ? 200 : 401, body.length);
      try (var out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    return server;
  }

  private static Map<String, String> matrixEnv(HttpServer homeserver, String token, String user) {
    return Map.of("PERMANENCE_MATRIX_HOMESERVER", "http://127.0.0.1:" + homeserver.getAddress().getPort(),
        "PERMANENCE_MATRIX_TOKEN", token, "PERMANENCE_MATRIX_USER", user, "PERMANENCE_MATRIX_ALLOWED", "example.org",
        "PERMANENCE_CONTACT", "permanence@union.example");
  }

  @Test
  void checkAsksMatrixWhoTheTokenBelongsTo() throws Exception {
    HttpServer homeserver = whoami("syt_bon", "@permanence:example.org");
    try {
      String[] ok = run(matrixEnv(homeserver, "syt_bon", "@permanence:example.org"), "--check");
      assertEquals("0", ok[0], ok[1] + ok[2]);
      assertTrue(ok[1].contains("Matrix : jeton accepté par http://127.0.0.1:" + homeserver.getAddress().getPort()
          + " pour @permanence:example.org.\n"), ok[1]);

      String[] revoked = run(matrixEnv(homeserver, "syt_revoque", "@permanence:example.org"), "--check");
      assertEquals("2", revoked[0]);
      assertTrue(revoked[1].contains("Matrix : le serveur refuse le jeton (M_UNKNOWN_TOKEN) : PERMANENCE_MATRIX_TOKEN "
          + "est faux ou a été révoqué"), revoked[1]);

      String[] someoneElse = run(matrixEnv(homeserver, "syt_bon", "@autre:example.org"), "--check");
      assertEquals("2", someoneElse[0]);
      assertTrue(someoneElse[1].contains("Matrix : le jeton PERMANENCE_MATRIX_TOKEN appartient à « @permanence:example.org »,"
          + " pas à PERMANENCE_MATRIX_USER (« @autre:example.org ») : corrigez l'un ou l'autre.\n"), someoneElse[1]);
    } finally {
      homeserver.stop(0);
    }
  }

  @Test
  void plainHttpIsRefusedUnlessTheServerIsThisMachine() {
    String[] r = run(Map.of("PERMANENCE_MATRIX_HOMESERVER", "http://matrix.example.org", "PERMANENCE_MATRIX_TOKEN", "t",
        "PERMANENCE_MATRIX_USER", "@permanence:example.org", "PERMANENCE_MATRIX_ALLOWED", "example.org"), "--check");
    assertEquals("2", r[0]);
    assertEquals("Configuration invalide : PERMANENCE_MATRIX_HOMESERVER doit commencer par https:// : en http://, le "
        + "jeton du bot circulerait en clair sur le réseau (http:// n'est admis que vers cette machine, 127.0.0.1 ou "
        + "::1 ; reçu : « http://matrix.example.org »).\n", r[2]);
    for (String local : List.of("http://127.0.0.1:8008", "http://[::1]:8008", "http://localhost:8008")) {
      assertEquals("http", ServeConfig.address(local, "PERMANENCE_MATRIX_HOMESERVER", "").getScheme());
    }
    assertThrows(IllegalArgumentException.class,
        () -> ServeConfig.address("http://127.0.0.1.example.org", "PERMANENCE_DISCORD_API", ""));
    assertThrows(IllegalArgumentException.class, () -> ServeConfig.address("ftp://x.org", "PERMANENCE_DISCORD_API", ""));
  }

  @Test
  void aRefusedDiscordTokenStopsServeWithStatusTwoAndAFrenchMessage() throws Exception {
    try (LoopbackDiscord discord = new LoopbackDiscord()) {
      MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:30:00Z"));
      Moderation corpus = TestServices.corpus(tmp, clock);
      String[] r = run(config -> new ServeCommand.Opened(TestServices.service(new RecordingMembers(), corpus, clock),
          corpus), Map.of("PERMANENCE_DISCORD_TOKEN", "un-vieux-jeton", "PERMANENCE_DISCORD_API", discord.api().toString(),
          "PERMANENCE_CONTACT", "permanence@union.example"));
      assertEquals("2", r[0]);
      assertTrue(r[2].startsWith("Discord refuse le jeton du bot (HTTP 401) : PERMANENCE_DISCORD_TOKEN"), r[2]);
    }
  }

  @Test
  void aServiceThatCannotOpenIsTransientUnlessItSaysOtherwise() {
    String[] locked = run(config -> {
      throw new IOException("index verrouillé par un autre processus");
    }, Map.of("PERMANENCE_DISCORD_TOKEN", "t", "PERMANENCE_CONTACT", "c"));
    assertEquals("1", locked[0]);
    assertEquals("Démarrage impossible : index verrouillé par un autre processus Nouvel essai au prochain démarrage.\n",
        locked[2]);
    String[] misconfigured = run(config -> {
      throw StartupFailure.configuration("PERMANENCE_LLM_MODEL inconnu.", null);
    }, Map.of("PERMANENCE_DISCORD_TOKEN", "t", "PERMANENCE_CONTACT", "c"));
    assertEquals("2", misconfigured[0]);
    assertEquals("PERMANENCE_LLM_MODEL inconnu.\n", misconfigured[2]);
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
  void aConfigurationFileThatCannotBeReadIsAConfigurationErrorInFrench() throws Exception {
    Path missing = tmp.resolve("absent.properties");
    assertEquals(List.of("2", "", "Configuration invalide : le fichier « " + missing + " » n'existe pas.\n"),
        List.of(run(Map.of(), "--config", missing.toString())));
    Path folder = Files.createDirectories(tmp.resolve("dossier.properties"));
    assertEquals(List.of("2", "", "Configuration invalide : « " + folder + " » est un dossier, pas un fichier "
        + ".properties.\n"), List.of(run(Map.of(), "--config", folder.toString())));
    Path binary = Files.write(tmp.resolve("binaire.properties"),
        new byte[] {'c', 'o', 'n', 't', 'a', 'c', 't', '=', (byte) 0xff, (byte) 0xfe, 0, '\n'});
    assertEquals(List.of("2", "", "Configuration invalide : « " + binary + " » n'est pas un texte UTF-8 : "
        + "enregistrez-le en UTF-8, une clé=valeur par ligne (voir docs/chat.md).\n"),
        List.of(run(Map.of(), "--config", binary.toString())));
    Path escape = Files.writeString(tmp.resolve("echappement.properties"), "contact=Permanence \\uZZZZ\n");
    assertEquals(List.of("2", "", "Configuration invalide : « " + escape + " » contient une séquence \\u mal "
        + "formée (\\u suivi de quatre chiffres hexadécimaux) : écrivez le caractère lui-même, en UTF-8.\n"),
        List.of(run(Map.of(), "--config", escape.toString())));
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
