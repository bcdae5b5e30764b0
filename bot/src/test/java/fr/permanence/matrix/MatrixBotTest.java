package fr.permanence.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.permanence.conversation.Fixtures;
import fr.permanence.conversation.Platform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bot's everyday work against the loopback homeserver. */
class MatrixBotTest extends MatrixBotFixture {
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

  @Test
  void aModeratorAddsADocumentBySendingAFileWithACaption() throws Exception {
    catchUp();
    byte[] text = ("Guide du télétravail\n\nLe télétravail est mis en place dans le cadre d'un accord collectif ou, "
        + "à défaut, d'une charte élaborée par l'employeur après avis du comité social et économique. ").repeat(3)
        .getBytes(StandardCharsets.UTF_8);
    homeserver.media.put("example.org/AbCdEf123", text);
    homeserver.syncBatches.add(batch("s2", 5,
        file("$f1", MOD, "!corpus ajouter Guide du télétravail", "guide.txt", "mxc://example.org/AbCdEf123", text.length),
        file("$f2", ALICE, "!corpus ajouter Mon fichier", "perso.txt", "mxc://example.org/AbCdEf123", text.length),
        file("$f3", MOD, "!corpus ajouter Image", "photo.png", "mxc://example.org/Zz9", 1000),
        file("$f4", MOD, "une photo de la réunion", "reunion.txt", "mxc://example.org/Zz9", 1000)));
    bot.syncOnce();

    assertEquals(List.of("example.org/AbCdEf123"), homeserver.downloads, "only the moderator's valid file is downloaded");
    try (var left = Files.list(tmp.resolve("data/uploads"))) {
      assertEquals(List.of(), left.toList(), "the downloaded file is deleted once used");
    }
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
    String answer = answeredQuestion();
    homeserver.syncBatches.add(batch("s3", 5, reaction("$r1", ALICE, answer, "👎\uFE0F"),
        reaction("$r2", ALICE, "$unknown", "👍"), reaction("$r3", ME, answer, "👍")));
    bot.syncOnce();

    String who = members.pseudonym(Platform.MATRIX, ALICE);
    assertEquals(2, members.lines.size());
    assertTrue(members.lines.get(1).startsWith("feedback " + who + " "), members.lines.get(1));
    assertTrue(members.lines.get(1).endsWith(" down Le CSE est-il consulté ?"), members.lines.get(1));
    assertEquals(3, homeserver.sent.size(), "no message for a reaction");
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
    assertEquals(List.of(), homeserver.joinedMembersRequests, "the summary says how many are joined");
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
    String txn = MatrixReplies.txnId("$q", "reply");
    assertEquals(List.of(txn, txn, txn), homeserver.sendAttempts);
  }

  @Test
  void backsOffOnNetworkErrorsThenCarriesOn() throws Exception {
    catchUp();
    homeserver.failingSyncs.set(3);
    homeserver.syncBatches.add(batch("s2", 5, message("$q", ALICE, "m.text", "!aide")));
    bot.start(failure -> { throw new AssertionError(failure); });
    assertTrue(homeserver.awaitSent(1, Duration.ofSeconds(10)), "the reply is sent once the homeserver answers");
    bot.close();
    assertEquals(1, homeserver.sent.size());
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), sleeps);
  }
}
