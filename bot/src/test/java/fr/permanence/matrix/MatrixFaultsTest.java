package fr.permanence.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.answer.Answerer;
import fr.permanence.app.StartupFailure;
import fr.permanence.conversation.Fixtures;
import fr.permanence.conversation.TestServices;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** One bad event never stops the bot; the sync survives refused tokens and malformed batches. */
class MatrixFaultsTest extends MatrixBotFixture {
  private static final String READ_ONLY = "!annonces:example.org";
  private static final String SORRY = "Désolé, une erreur m'empêche de répondre pour l'instant. Réessayez plus tard, "
      + "ou contactez la permanence : permanence@union.example";

  /** Answers like the fixtures, but a question about "boucle" overflows the stack, as a hostile document may. */
  private static final Answerer OVERFLOWING = question -> {
    if (question.contains("boucle")) {
      throw new StackOverflowError();
    }
    return Fixtures.ANSWERER.answer(question);
  };

  private String badBatch() {
    String invites = """
        "invite":{"!ferme:example.org":{"invite_state":{"events":[
          {"type":"m.room.member","state_key":"%s","sender":"%s","content":{"membership":"invite"}}]}}}"""
        .formatted(ME, ALICE);
    return """
        {"next_batch":"s2","rooms":{%s,"leave":{},"join":{
          "%s":{"summary":{"m.joined_member_count":40},"timeline":{"events":[%s]}},
          "%s":{"summary":{"m.joined_member_count":5},"timeline":{"events":[%s,%s,%s,%s,%s]}}}}}"""
        .formatted(invites, READ_ONLY, message("$ro", ALICE, "m.text", "!question Le CSE est-il consulté ?"), ROOM,
            file("$missing", MOD, "!corpus ajouter Guide perdu", "perdu.txt", "mxc://example.org/Perdu1", 300),
            message("$loop", ALICE, "m.text", "!question une boucle sans fin"),
            file("$notmxc", MOD, "!corpus ajouter Guide", "guide.txt", "https://example.org/guide.txt", 300),
            message("$q", ALICE, "m.text", "!question Le CSE est-il consulté ?"),
            message("$help", ALICE, "m.text", "!aide"));
  }

  @Test
  void oneBadEventNeverStopsTheBatch() throws Exception {
    bot.close();
    bot = newBot(TestServices.service(members, corpus, clock, OVERFLOWING));
    homeserver.readOnlyRooms.add(READ_ONLY);
    homeserver.forbiddenJoins.add("!ferme:example.org");
    catchUp();
    homeserver.syncBatches.add(badBatch());
    bot.syncOnce();

    assertEquals(List.of("!ferme:example.org"), homeserver.joins);
    List<String> bodies = bodies();
    assertEquals(5, bodies.size(), bodies.toString());
    assertEquals("Je n'ai pas pu télécharger « perdu.txt » depuis le serveur Matrix : réessayez dans un moment, "
        + "ou renvoyez le fichier.", bodies.get(0));
    assertEquals(SORRY, bodies.get(1));
    assertEquals("$loop", repliesTo(1));
    assertEquals("Je n'ai pas pu télécharger « guide.txt » depuis le serveur Matrix : réessayez dans un moment, "
        + "ou renvoyez le fichier.", bodies.get(2));
    assertStartsWith("« " + Fixtures.GUIDE.text(), bodies.get(3));
    assertEquals("$q", repliesTo(3));
    assertStartsWith("Je réponds aux questions", bodies.get(4));
    assertEquals("s2", Files.readString(tmp.resolve("data/matrix-since.txt")), "the batch is over: its token is saved");

    // The same batch again (as when a crash came before the token was saved): nothing twice.
    int attempts = homeserver.sendAttempts.size();
    List<String> logged = List.copyOf(members.lines);
    Files.writeString(tmp.resolve("data/matrix-since.txt"), "s1");
    homeserver.syncBatches.add(badBatch());
    bot.syncOnce();
    assertEquals(attempts, homeserver.sendAttempts.size());
    assertEquals(logged, members.lines);
  }

  @Test
  void aRestartAnswersNothingTwice() throws Exception {
    catchUp();
    String question = message("$q", ALICE, "m.text", "!question Le CSE est-il consulté ?");
    homeserver.syncBatches.add(batch("s2", 5, question));
    bot.syncOnce();
    assertEquals(1, members.lines.size());

    Files.writeString(tmp.resolve("data/matrix-since.txt"), "s1"); // killed before the token was saved
    restart();
    homeserver.syncBatches.add(batch("s2", 5, question, message("$q2", ALICE, "m.text", "!aide")));
    bot.syncOnce();
    assertEquals(1, members.lines.size(), "not logged again");
    assertEquals(2, bodies().size());
    assertEquals("$q2", repliesTo(1));
  }

  @Test
  void aTransportFailureMidBatchTriesTheBatchAgainWithoutAnsweringTwice() throws Exception {
    catchUp();
    homeserver.syncBatches.add(batch("s2", 5, message("$q1", ALICE, "m.text", "!question Le CSE est-il consulté ?"),
        message("$q2", ALICE, "m.text", "!question Et le comité social ?")));
    homeserver.failingSendAttempt.set(2); // the first answer's 👍: the server goes away mid-batch
    assertThrows(MatrixException.class, bot::syncOnce);
    assertEquals("s1", Files.readString(tmp.resolve("data/matrix-since.txt")));

    homeserver.syncBatches.add(batch("s2", 5, message("$q1", ALICE, "m.text", "!question Le CSE est-il consulté ?"),
        message("$q2", ALICE, "m.text", "!question Et le comité social ?")));
    bot.syncOnce();
    assertEquals(2, members.lines.size(), "each question logged once: " + members.lines);
    assertEquals(List.of("$q1", "$q2"), List.of(repliesTo(0), repliesTo(1)));
    assertEquals(2, bodies().size());
    assertEquals("s2", Files.readString(tmp.resolve("data/matrix-since.txt")));
  }

  @Test
  void aRefusedSinceIsDroppedForACatchUpThatAnswersNothingOld() throws Exception {
    Files.createDirectories(tmp.resolve("data"));
    Files.writeString(tmp.resolve("data/matrix-since.txt"), "s-perdu");
    homeserver.refusedSince.add("s-perdu");
    homeserver.syncBatches.add(batch("s7", 5, message("$old", ALICE, "m.text", "!question Le CSE est-il consulté ?")));
    bot.syncOnce();
    assertEquals(List.of("s-perdu", ""), homeserver.syncSince);
    assertEquals(List.of(), bodies(), "old messages are not answered");
    assertEquals("s7", Files.readString(tmp.resolve("data/matrix-since.txt")));

    homeserver.syncBatches.add(batch("s8", 5, message("$new", ALICE, "m.text", "!aide")));
    bot.syncOnce();
    assertEquals(1, bodies().size());
  }

  @Test
  void aBatchWithoutAStringNextBatchIsAnsweredButItsTokenNotSaved() throws Exception {
    catchUp();
    String question = message("$q", ALICE, "m.text", "!aide");
    homeserver.syncBatches.add(batch("s2", 5, question).replace("\"next_batch\":\"s2\"", "\"next_batch\":{\"token\":\"s2\"}"));
    IOException e = assertThrows(IOException.class, bot::syncOnce);
    assertEquals("the homeserver's sync response has no next_batch token (OBJECT): not saved", e.getMessage());
    assertEquals("s1", Files.readString(tmp.resolve("data/matrix-since.txt")));
    assertEquals(1, bodies().size());

    homeserver.syncBatches.add(batch("s3", 5, question).replace("\"next_batch\":\"s3\"", "\"next_batch\":42"));
    assertThrows(IOException.class, bot::syncOnce);
    homeserver.syncBatches.add(batch("s4", 5, question, message("$q2", ALICE, "m.text", "!aide")));
    bot.syncOnce();
    assertEquals(List.of("s1", "s1", "s1"), homeserver.syncSince.subList(1, 4));
    assertEquals("s4", Files.readString(tmp.resolve("data/matrix-since.txt")));
    assertEquals(2, bodies().size(), "each question answered once");
  }

  @Test
  void aRevokedTokenStopsTheBotWithAConfigurationFailure() throws Exception {
    catchUp();
    homeserver.validToken = "another";
    CompletableFuture<StartupFailure> stopped = new CompletableFuture<>();
    AtomicReference<Thread> loop = new AtomicReference<>();
    AtomicInteger syncsAtFailure = new AtomicInteger();
    bot.start(failure -> {
      loop.set(Thread.currentThread()); // the sync loop reports from its own thread
      syncsAtFailure.set(homeserver.syncSince.size());
      stopped.complete(failure);
    });
    StartupFailure failure = stopped.get(10, TimeUnit.SECONDS);
    assertEquals(StartupFailure.CONFIGURATION, failure.exitStatus());
    assertEquals("Matrix : le serveur refuse le jeton d'accès du bot (M_UNKNOWN_TOKEN) : il a été révoqué (session "
        + "déconnectée) ou a expiré. Créez un nouveau jeton (docs/chat.md, « Obtenir un jeton d'accès Matrix »), "
        + "mettez-le dans PERMANENCE_MATRIX_TOKEN, puis relancez le service.", failure.getMessage());
    // The loop ends by itself: its thread finishes without close(), having synced no more.
    loop.get().join(Duration.ofSeconds(10));
    assertFalse(loop.get().isAlive(), "the loop stopped");
    assertEquals(syncsAtFailure.get(), homeserver.syncSince.size());
    assertEquals(List.of(), sleeps, "no retry");
  }

  @Test
  void mediaRedirectsAreFollowedWithoutTheTokenLeavingTheHomeserver() throws Exception {
    byte[] text = ("Guide du télétravail\n\nLe télétravail est mis en place dans le cadre d'un accord collectif ou, "
        + "à défaut, d'une charte élaborée par l'employeur après avis du comité social et économique. ").repeat(3)
        .getBytes(StandardCharsets.UTF_8);
    homeserver.media.put("example.org/Cdn307", text);
    homeserver.media.put("example.org/Cdn308", text);
    homeserver.redirectedMedia.put("example.org/Cdn307", 307);
    homeserver.redirectedMedia.put("example.org/Cdn308", 308);
    catchUp();
    homeserver.syncBatches.add(batch("s2", 5,
        file("$f1", MOD, "!corpus ajouter Guide du télétravail", "teletravail.txt", "mxc://example.org/Cdn307", text.length),
        file("$f2", MOD, "!corpus ajouter Autre guide", "autre.txt", "mxc://example.org/Cdn308", text.length)));
    bot.syncOnce();
    assertEquals(List.of("", ""), homeserver.cdnAuthorizations, "the CDN never sees the access token");
    assertTrue(corpus.editor().list().stream().anyMatch(e -> e.document().title().equals("Guide du télétravail")),
        corpus.editor().list().toString());
    assertTrue(corpus.editor().list().stream().anyMatch(e -> e.document().title().equals("Autre guide")), corpus.editor().list().toString());
    assertFalse(bodies().stream().anyMatch(b -> b.startsWith("Je n'ai pas pu")), bodies().toString());
  }
}
