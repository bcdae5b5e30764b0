package fr.permanence.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.permanence.app.Moderation;
import fr.permanence.conversation.Fixtures;
import fr.permanence.conversation.MutableClock;
import fr.permanence.conversation.Platform;
import fr.permanence.conversation.RecordingMembers;
import fr.permanence.conversation.TestServices;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixBotTest {
  private static final String ME = "@permanence:example.org";
  private static final String ROOM = "!salle:example.org";
  private static final String ALICE = "@alice:example.org";
  private static final String MOD = "@modo:example.org";

  @TempDir Path tmp;
  private TestHomeserver homeserver;
  private Moderation corpus;
  private final RecordingMembers members = new RecordingMembers();
  private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
  private MatrixSettings settings;
  private MatrixBot bot;

  @BeforeEach
  void setUp() throws Exception {
    homeserver = new TestHomeserver();
    homeserver.powerLevels.put(ROOM, "{\"users\":{\"" + MOD + "\":50,\"" + ME + "\":50},\"users_default\":0}");
    MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:30:00Z"));
    corpus = TestServices.corpus(tmp, clock);
    settings = new MatrixSettings(homeserver.uri(), TestHomeserver.TOKEN, ME, Set.of(ALICE), Set.of("trusted.org"),
        tmp.resolve("data"), MatrixSettings.DEFAULT_LEVEL, MatrixSettings.DEFAULT_LEVEL, Duration.ofMillis(200));
    Sleeper recording = d -> {
      sleeps.add(d);
      Thread.sleep(1);
    };
    bot = new MatrixBot(new MatrixClient(homeserver.uri(), TestHomeserver.TOKEN, HttpClient.newHttpClient(), recording),
        settings, TestServices.service(members, corpus, clock), recording);
  }

  @AfterEach
  void tearDown() throws Exception {
    bot.close();
    corpus.close();
    homeserver.close();
  }

  private static String message(String eventId, String sender, String msgtype, String body) {
    return """
        {"type":"m.room.message","event_id":"%s","sender":"%s","origin_server_ts":1772443800000,
         "content":{"msgtype":"%s","body":"%s"}}""".formatted(eventId, sender, msgtype, body);
  }

  private static String batch(String next, int members, String... events) {
    return """
        {"next_batch":"%s","rooms":{"join":{"%s":{"summary":{"m.joined_member_count":%d},
         "state":{"events":[]},"timeline":{"events":[%s],"limited":false,"prev_batch":"p-%s"},
         "ephemeral":{"events":[]},"account_data":{"events":[]}}},"invite":{},"leave":{}}}"""
        .formatted(next, ROOM, members, String.join(",", events), next);
  }

  private void catchUp() throws Exception {
    homeserver.syncBatches.add(batch("s1", 5));
    bot.syncOnce();
  }

  @Test
  void catchesUpWithoutAnsweringOldMessagesThenAnswersNewOnes() throws Exception {
    homeserver.syncBatches.add(batch("s1", 5, message("$old", ALICE, "m.text", "!question Le CSE est-il consulté ?")));
    bot.syncOnce();
    assertEquals(List.of(), homeserver.sent);
    assertEquals("s1", Files.readString(tmp.resolve("data/matrix-since.txt")));

    homeserver.syncBatches.add(batch("s2", 5, message("$q2", ALICE, "m.text", "!question Le CSE est-il consulté ?")));
    bot.syncOnce();

    assertEquals(List.of("", "s1"), homeserver.syncSince);
    assertEquals(3, homeserver.sent.size());
    TestHomeserver.Sent notice = homeserver.sent.get(0);
    assertEquals("m.room.message", notice.type());
    assertEquals(ROOM, notice.roomId());
    JsonNode content = notice.content();
    assertEquals("m.notice", content.path("msgtype").asText());
    assertEquals("org.matrix.custom.html", content.path("format").asText());
    assertEquals("$q2", content.path("m.relates_to").path("m.in_reply_to").path("event_id").asText());
    assertEquals("« " + Fixtures.GUIDE.text() + " » [1]\n\nSources :\n[1] Guide des élus, p. 12 — Le rôle du CSE "
        + "(en entier : !passage guide#p12-a1b2c3)\n\nRéagissez 👍 ou 👎 à ce message pour dire si la réponse vous a aidé.",
        content.path("body").asText());
    assertEquals("<p>« " + Fixtures.GUIDE.text().replace("'", "'") + " » [1]</p><p>Sources :</p><ol><li>Guide des élus, "
        + "p. 12 — Le rôle du CSE — <code>!passage guide#p12-a1b2c3</code></li></ol><p><em>Réagissez 👍 ou 👎 à ce "
        + "message pour dire si la réponse vous a aidé.</em></p>", content.path("formatted_body").asText());
    assertEquals(List.of("👍", "👎"), homeserver.sent.subList(1, 3).stream()
        .map(s -> s.content().path("m.relates_to").path("key").asText()).toList());
    assertEquals(List.of("m.annotation", "m.annotation"), homeserver.sent.subList(1, 3).stream()
        .map(s -> s.content().path("m.relates_to").path("rel_type").asText()).toList());
    assertEquals(notice.eventId(), homeserver.sent.get(1).content().path("m.relates_to").path("event_id").asText());
    assertEquals("s2", Files.readString(tmp.resolve("data/matrix-since.txt")));
  }

  private static String file(String eventId, String sender, String caption, String fileName, String mxc, long size) {
    return """
        {"type":"m.room.message","event_id":"%s","sender":"%s","origin_server_ts":1772443800000,
         "content":{"msgtype":"m.file","body":"%s","filename":"%s","url":"%s",
                    "info":{"mimetype":"text/plain","size":%d}}}""".formatted(eventId, sender, caption, fileName, mxc, size);
  }

  @Test
  void aModeratorAddsADocumentBySendingAFileWithACaption() throws Exception {
    catchUp();
    byte[] text = ("Guide du télétravail\n\nLe télétravail est mis en place dans le cadre d'un accord collectif ou, "
        + "à défaut, d'une charte élaborée par l'employeur après avis du comité social et économique. ").repeat(3)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    homeserver.media.put("example.org/AbCdEf123", text);
    homeserver.syncBatches.add(batch("s2", 5,
        file("$f1", MOD, "!corpus ajouter Guide du télétravail", "guide.txt", "mxc://example.org/AbCdEf123", text.length),
        file("$f2", ALICE, "!corpus ajouter Mon fichier", "perso.txt", "mxc://example.org/AbCdEf123", text.length),
        file("$f3", MOD, "!corpus ajouter Image", "photo.png", "mxc://example.org/Zz9", 1000),
        file("$f4", MOD, "une photo de la réunion", "reunion.txt", "mxc://example.org/Zz9", 1000)));
    bot.syncOnce();

    assertEquals(List.of("example.org/AbCdEf123"), homeserver.downloads, "only the moderator's valid file is downloaded");
    assertTrue(corpus.editor().list().stream().anyMatch(e -> e.document().title().equals("Guide du télétravail")), corpus.editor().list().toString());
    List<String> bodies = homeserver.sent.stream().map(x -> x.content().path("body").asText()).toList();
    assertEquals(3, bodies.size(), bodies.toString()); // the shared photo is not for the bot
    assertTrue(bodies.get(1).contains("modérat"), bodies.get(1));
    assertTrue(bodies.get(2).startsWith("Format de « photo.png » non pris en charge"), bodies.get(2));
  }

  @Test
  void resumesFromTheSavedToken() throws Exception {
    Files.createDirectories(tmp.resolve("data"));
    Files.writeString(tmp.resolve("data/matrix-since.txt"), "s41");
    homeserver.syncBatches.add(batch("s42", 5, message("$q", ALICE, "m.text", "!aide")));
    bot.syncOnce();
    assertEquals(List.of("s41"), homeserver.syncSince);
    assertTrue(homeserver.sent.get(0).content().path("body").asText().startsWith("Je réponds aux questions"));
  }

  @Test
  void joinsOnlyOnInvitationFromAllowedUsersOrServers() throws Exception {
    String invites = """
        {"next_batch":"s1","rooms":{"join":{},"leave":{},"invite":{
          "!a:example.org":{"invite_state":{"events":[
            {"type":"m.room.name","state_key":"","sender":"%1$s","content":{"name":"Permanence"}},
            {"type":"m.room.member","state_key":"%2$s","sender":"%1$s","content":{"membership":"invite"}}]}},
          "!b:trusted.org":{"invite_state":{"events":[
            {"type":"m.room.member","state_key":"%2$s","sender":"@bob:trusted.org","content":{"membership":"invite"}}]}},
          "!c:evil.example":{"invite_state":{"events":[
            {"type":"m.room.member","state_key":"%2$s","sender":"@mallory:evil.example","content":{"membership":"invite"}}]}}
        }}}""".formatted(ALICE, ME);
    homeserver.syncBatches.add(invites);
    bot.syncOnce();
    assertEquals(Set.of("!a:example.org", "!b:trusted.org"), Set.copyOf(homeserver.joins));
    assertEquals(List.of("!c:evil.example"), homeserver.leaves);
  }

  @Test
  void recordsThumbsReactionsOnItsAnswersAsFeedback() throws Exception {
    catchUp();
    homeserver.syncBatches.add(batch("s2", 5, message("$q", ALICE, "m.text", "!question Le CSE est-il consulté ?")));
    bot.syncOnce();
    String answer = homeserver.sent.get(0).eventId();
    String reaction = """
        {"type":"m.reaction","event_id":"$r%s","sender":"%s","origin_server_ts":1772443900000,
         "content":{"m.relates_to":{"rel_type":"m.annotation","event_id":"%s","key":"%s"}}}""";
    homeserver.syncBatches.add(batch("s3", 5, reaction.formatted(1, ALICE, answer, "👎\uFE0F"),
        reaction.formatted(2, ALICE, "$unknown", "👍"), reaction.formatted(3, ME, answer, "👍")));
    bot.syncOnce();

    String who = members.pseudonym(Platform.MATRIX, ALICE);
    assertEquals(2, members.lines.size());
    assertTrue(members.lines.get(1).startsWith("feedback " + who + " "), members.lines.get(1));
    assertTrue(members.lines.get(1).endsWith(" down Le CSE est-il consulté ?"), members.lines.get(1));
    assertEquals(3, homeserver.sent.size(), "no message for a reaction");
  }

  @Test
  void takesRolesFromRoomPowerLevels() throws Exception {
    catchUp();
    homeserver.syncBatches.add(batch("s2", 5, message("$a", ALICE, "m.text", "!corpus etat"),
        message("$m", MOD, "m.text", "!corpus liste")));
    bot.syncOnce();
    assertEquals("Cette commande est réservée aux modérateurs et modératrices du corpus.",
        homeserver.sent.get(0).content().path("body").asText());
    assertEquals("• guide — Guide des élus : 1 passage\n1 document, 1 passage.",
        homeserver.sent.get(1).content().path("body").asText());
    assertEquals(List.of(ROOM), homeserver.powerLevelRequests, "fetched once, then cached");

    String demoted = """
        {"type":"m.room.power_levels","state_key":"","event_id":"$pl","sender":"%s","origin_server_ts":1,
         "content":{"users":{"%s":100},"users_default":0}}""".formatted(MOD, ALICE);
    homeserver.syncBatches.add(batch("s3", 5, demoted, message("$m2", MOD, "m.text", "!corpus liste")));
    bot.syncOnce();
    assertEquals("Cette commande est réservée aux modérateurs et modératrices du corpus.",
        homeserver.sent.get(2).content().path("body").asText());
  }

  @Test
  void answersMentionsAndDirectMessagesButNotChatterNoticesOrItself() throws Exception {
    catchUp();
    String mention = """
        {"type":"m.room.message","event_id":"$men","sender":"%s","origin_server_ts":1,
         "content":{"msgtype":"m.text","body":"permanence: le CSE est-il consulté ?","m.mentions":{"user_ids":["%s"]}}}"""
        .formatted(ALICE, ME);
    homeserver.syncBatches.add(batch("s2", 5, message("$chat", ALICE, "m.text", "Bonjour à tous"),
        message("$bot", "@autre-bot:example.org", "m.notice", "!question Le CSE est-il consulté ?"),
        message("$me", ME, "m.text", "!question Le CSE est-il consulté ?"), mention));
    bot.syncOnce();
    assertEquals(3, homeserver.sent.size(), "one answer and its two reactions");
    assertEquals("$men", homeserver.sent.get(0).content().path("m.relates_to").path("m.in_reply_to").path("event_id").asText());
    assertTrue(members.lines.get(0).endsWith(" le CSE est-il consulté ?"), members.lines.get(0));

    homeserver.syncBatches.add(batch("s3", 2, message("$dm", ALICE, "m.text", "Et le comité social ?")));
    bot.syncOnce();
    assertEquals("$dm", homeserver.sent.get(3).content().path("m.relates_to").path("m.in_reply_to").path("event_id").asText());
  }

  @Test
  void waitsAsToldOn429AndResendsWithTheSameTransaction() throws Exception {
    catchUp();
    homeserver.throttledSends.set(2);
    homeserver.syncBatches.add(batch("s2", 5, message("$q", ALICE, "m.text", "!aide")));
    bot.syncOnce();
    assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(3)), sleeps);
    assertEquals(1, homeserver.sent.size());
    String txn = MatrixBot.txnId("$q", "reply");
    assertEquals(List.of(txn, txn, txn), homeserver.sendAttempts);
  }

  @Test
  void answeringTheSameEventTwiceSendsOneMessage() throws Exception {
    catchUp();
    String q = message("$q", ALICE, "m.text", "!aide");
    homeserver.syncBatches.add(batch("s2", 5, q));
    bot.syncOnce();
    Files.writeString(tmp.resolve("data/matrix-since.txt"), "s1"); // as after a crash before the token was saved
    homeserver.syncBatches.add(batch("s2", 5, q));
    bot.syncOnce();
    assertEquals(2, homeserver.sendAttempts.size());
    assertEquals(1, homeserver.sent.size());
  }

  @Test
  void backsOffOnNetworkErrorsThenCarriesOn() throws Exception {
    catchUp();
    homeserver.failingSyncs.set(3);
    homeserver.syncBatches.add(batch("s2", 5, message("$q", ALICE, "m.text", "!aide")));
    bot.start();
    for (int i = 0; i < 500 && homeserver.sent.isEmpty(); i++) {
      Thread.sleep(10);
    }
    bot.close();
    assertEquals(1, homeserver.sent.size());
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), sleeps);
  }
}
