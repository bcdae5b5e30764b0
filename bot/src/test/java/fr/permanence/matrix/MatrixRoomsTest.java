package fr.permanence.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.permanence.conversation.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Direct conversations, threads, replies to the bot, reactions across restarts, the rate limit. */
class MatrixRoomsTest extends MatrixBotFixture {
  private static final String DM = "!prive:example.org";
  private static final String BIG = "!grand:example.org";

  @Test
  void asksForLazyLoadedMembersSoThatSynapseSendsSummaries() throws Exception {
    catchUp();
    assertEquals(List.of(MatrixClient.SYNC_FILTER), homeserver.syncFilters);
    assertEquals("{\"room\":{\"state\":{\"lazy_load_members\":true},\"timeline\":{\"lazy_load_members\":true}}}",
        MatrixClient.SYNC_FILTER);
  }

  @Test
  void recognisesDirectMessagesWithoutSummaryAndRemembersThemAcrossRestarts() throws Exception {
    homeserver.members.put(DM, List.of(ME, ALICE));
    homeserver.members.put(BIG, List.of(ME, ALICE, MOD));
    catchUp();
    assertOnlyTheDirectRoomIsAnswered();
    assertEquals(List.of(DM, BIG), homeserver.joinedMembersRequests);

    restart();
    homeserver.syncBatches.add(roomBatch("s4", DM, "", message("$dm2", ALICE, "m.text", "Et le comité social ?")));
    bot.syncOnce();
    assertEquals("$dm2", repliesTo(1));
    assertEquals(List.of(DM, BIG), homeserver.joinedMembersRequests, "the count is remembered");

    // Someone joins: the count is asked again, and the room is no longer direct.
    homeserver.members.put(DM, List.of(ME, ALICE, MOD));
    String joined = """
        {"type":"m.room.member","state_key":"%1$s","event_id":"$join","sender":"%1$s","origin_server_ts":1,
         "content":{"membership":"join"}}""".formatted(MOD);
    homeserver.syncBatches.add(roomBatch("s5", DM, "", joined, message("$dm3", ALICE, "m.text", "Et les congés ?")));
    bot.syncOnce();
    assertEquals(2, bodies().size());
  }

  @Test
  void countsTheMembersInTheStateWhenTheServerCannotSayHowManyAreJoined() throws Exception {
    String member = """
        {"type":"m.room.member","state_key":"%1$s","event_id":"$m-%2$s","sender":"%1$s","origin_server_ts":1,
         "content":{"membership":"join"}}""";
    String twoOfUs = """
        {"next_batch":"s1","rooms":{"join":{"%s":{"state":{"events":[%s,%s]},"timeline":{"events":[]}},
         "%s":{"state":{"events":[%s,%s,%s]},"timeline":{"events":[]}}},"invite":{},"leave":{}}}"""
        .formatted(DM, member.formatted(ME, 1), member.formatted(ALICE, 2), BIG, member.formatted(ME, 3),
            member.formatted(ALICE, 4), member.formatted(MOD, 5));
    homeserver.syncBatches.add(twoOfUs); // neither room is in the server's /joined_members: 403
    bot.syncOnce();
    assertOnlyTheDirectRoomIsAnswered();
  }

  /** The same question without mention in {@link #DM} then in {@link #BIG}: only the first is answered. */
  private void assertOnlyTheDirectRoomIsAnswered() throws Exception {
    homeserver.syncBatches.add(roomBatch("s2", DM, "", message("$dm", ALICE, "m.text", "Le CSE est-il consulté ?")));
    homeserver.syncBatches.add(roomBatch("s3", BIG, "", message("$big", ALICE, "m.text", "Le CSE est-il consulté ?")));
    bot.syncOnce();
    bot.syncOnce();
    assertEquals(1, bodies().size(), bodies().toString());
    assertEquals("$dm", repliesTo(0));
  }

  @Test
  void anInvitationMarkedDirectIsADirectConversation() throws Exception {
    String invite = """
        {"next_batch":"s1","rooms":{"join":{},"leave":{},"invite":{"%s":{"invite_state":{"events":[
          {"type":"m.room.member","state_key":"%s","sender":"%s","content":{"membership":"invite","is_direct":true}}]}}}}}"""
        .formatted(DM, ME, ALICE);
    homeserver.syncBatches.add(invite);
    bot.syncOnce(); // the server cannot count its members (403 here): the invitation said it is direct
    homeserver.syncBatches.add(roomBatch("s2", DM, "", message("$dm", ALICE, "m.text", "Le CSE est-il consulté ?")));
    bot.syncOnce();
    assertEquals(List.of(DM), homeserver.joins);
    assertEquals("$dm", repliesTo(0));
  }

  @Test
  void saysOncePerRoomThatItCannotReadEncryptedMessages() throws Exception {
    catchUp();
    String encrypted = """
        {"type":"m.room.encrypted","event_id":"%s","sender":"%s","origin_server_ts":1,
         "content":{"algorithm":"m.megolm.v1.aes-sha2","ciphertext":"AwgAEnAC","session_id":"s","device_id":"D"}}""";
    homeserver.syncBatches.add(batch("s2", 2, encrypted.formatted("$e1", ALICE), encrypted.formatted("$e2", ALICE)));
    bot.syncOnce();
    restart();
    homeserver.syncBatches.add(batch("s3", 2, encrypted.formatted("$e3", ALICE)));
    bot.syncOnce();
    assertEquals(List.of("Je ne peux pas lire les messages chiffrés de bout en bout. Pour me poser une question, "
        + "écrivez-moi dans un salon sans chiffrement (dans Element, à la création du salon, désactivez « Activer le "
        + "chiffrement de bout en bout »)."), bodies());
    assertEquals("$e1", repliesTo(0));
  }

  @Test
  void answersAThreadQuestionInItsThread() throws Exception {
    catchUp();
    String inThread = event("$q", ALICE, """
        {"msgtype":"m.text","body":"!question Le CSE est-il consulté ?",
         "m.relates_to":{"rel_type":"m.thread","event_id":"$racine","is_falling_back":true,
                         "m.in_reply_to":{"event_id":"$avant"}}}""");
    homeserver.syncBatches.add(batch("s2", 5, inThread));
    bot.syncOnce();
    JsonNode relation = homeserver.sent.get(0).content().path("m.relates_to");
    assertEquals("{\"rel_type\":\"m.thread\",\"event_id\":\"$racine\",\"is_falling_back\":false,"
        + "\"m.in_reply_to\":{\"event_id\":\"$q\"}}", relation.toString());
    assertEquals("m.annotation", homeserver.sent.get(1).content().path("m.relates_to").path("rel_type").asText());
  }

  @Test
  void reactionsOnAnswersGivenBeforeARestartAreRecorded() throws Exception {
    String answer = answeredQuestion();
    String replyId = members.lines.get(0).split(" ")[2];

    restart();
    homeserver.syncBatches.add(batch("s3", 5, reaction("$r", ALICE, answer, "👍")));
    bot.syncOnce();
    assertEquals("feedback " + members.pseudonym(Platform.MATRIX, ALICE) + " " + replyId + " up ", members.lines.get(1));
  }

  @Test
  void thanksInReplyToTheBotGetAShortAcknowledgement() throws Exception {
    String answer = answeredQuestion();
    String thanks = event("$merci", ALICE, """
        {"msgtype":"m.text","body":"> <%s> « Le comité social… »\\n\\nMerci !",
         "m.relates_to":{"m.in_reply_to":{"event_id":"%s"}},"m.mentions":{"user_ids":["%s"]}}"""
        .formatted(ME, answer, ME));
    homeserver.syncBatches.add(batch("s3", 5, thanks));
    bot.syncOnce();
    assertEquals("Avec plaisir ! Posez une autre question quand vous voulez.", bodies().get(1));
    assertEquals("$merci", repliesTo(1));
    assertEquals(1, members.lines.size(), "thanks are not a question");
    assertEquals(4, homeserver.sent.size(), "no 👍/👎 under an acknowledgement");
  }

  @Test
  void aThumbInReplyToAnAnswerIsAVoteOnIt() throws Exception {
    String answer = answeredQuestion();
    String replyId = members.lines.get(0).split(" ")[2];
    homeserver.syncBatches.add(batch("s3", 5, event("$v", ALICE, """
        {"msgtype":"m.text","body":"👎 hors sujet","m.relates_to":{"m.in_reply_to":{"event_id":"%s"}}}"""
        .formatted(answer))));
    bot.syncOnce();
    assertEquals("feedback " + members.pseudonym(Platform.MATRIX, ALICE) + " " + replyId + " down Le CSE est-il consulté ?",
        members.lines.get(1));
  }

  @Test
  void tellsAboutTheRateLimitOncePerWindow() throws Exception {
    catchUp();
    String[] questions = new String[9];
    for (int i = 0; i < questions.length; i++) {
      questions[i] = message("$q" + i, ALICE, "m.text", "!question Le CSE est-il consulté ? " + i);
    }
    homeserver.syncBatches.add(batch("s2", 5, questions));
    bot.syncOnce();
    List<String> bodies = bodies();
    assertEquals(7, bodies.size(), bodies.toString());
    assertTrue(bodies.get(6).startsWith("Doucement 🙂"), bodies.get(6));
    assertEquals("$q6", repliesTo(6));
    assertEquals(6, members.lines.size());
  }
}
