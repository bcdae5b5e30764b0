package fr.permanence.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import fr.permanence.conversation.ConversationService;
import fr.permanence.conversation.MutableClock;
import fr.permanence.conversation.RecordingMembers;
import fr.permanence.conversation.TestServices;
import fr.permanence.app.Moderation;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot against the loopback homeserver, over a real corpus folder and a recorded question
 * log: what the Matrix tests share.
 */
abstract class MatrixBotFixture {
  static final String ME = "@permanence:example.org";
  static final String ROOM = "!salle:example.org";
  static final String ALICE = "@alice:example.org";
  static final String MOD = "@modo:example.org";

  @TempDir Path tmp;
  TestHomeserver homeserver;
  Moderation corpus;
  MutableClock clock;
  final RecordingMembers members = new RecordingMembers();
  final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
  final Sleeper recording = d -> {
    sleeps.add(d);
    Thread.sleep(1);
  };
  MatrixSettings settings;
  MatrixBot bot;

  @BeforeEach
  void setUp() throws Exception {
    homeserver = new TestHomeserver();
    homeserver.members.put(ROOM, List.of(ME, ALICE, MOD, "@carol:example.org", "@dan:example.org"));
    clock = new MutableClock(Instant.parse("2026-03-02T09:30:00Z"));
    corpus = TestServices.corpus(tmp, clock);
    settings = settings(new MatrixRoles("", MatrixRoles.DEFAULT_TRAINER_LEVEL, MatrixRoles.DEFAULT_MODERATOR_LEVEL,
        Set.of(), Set.of(MOD)));
    bot = newBot(TestServices.service(members, corpus, clock));
  }

  MatrixSettings settings(MatrixRoles roles) {
    return new MatrixSettings(homeserver.uri(), TestHomeserver.TOKEN, ME, Set.of(ALICE), Set.of("trusted.org"),
        tmp.resolve("data"), roles, Duration.ofMillis(200));
  }

  /** A bot over the data folder, as a new process would start after a restart. */
  MatrixBot newBot(ConversationService service) {
    return new MatrixBot(new MatrixClient(homeserver.uri(), TestHomeserver.TOKEN, HttpClient.newHttpClient(), recording),
        settings, service, recording);
  }

  /** Stops the bot and starts another over the same data folder and question log. */
  void restart() throws Exception {
    bot.close();
    bot = newBot(TestServices.service(members, corpus, clock));
  }

  @AfterEach
  void tearDown() throws Exception {
    bot.close();
    corpus.close();
    homeserver.close();
  }

  static String message(String eventId, String sender, String msgtype, String body) {
    return """
        {"type":"m.room.message","event_id":"%s","sender":"%s","origin_server_ts":1772443800000,
         "content":{"msgtype":"%s","body":"%s"}}""".formatted(eventId, sender, msgtype, body);
  }

  /** A message with a content written out: relations, mentions… */
  static String event(String eventId, String sender, String content) {
    return """
        {"type":"m.room.message","event_id":"%s","sender":"%s","origin_server_ts":1772443800000,"content":%s}"""
        .formatted(eventId, sender, content);
  }

  static String batch(String next, int members, String... events) {
    return roomBatch(next, ROOM, "\"summary\":{\"m.joined_member_count\":" + members + "},", events);
  }

  /** A batch for one room; {@code summary} is "" or a summary member followed by a comma. */
  static String roomBatch(String next, String room, String summary, String... events) {
    return """
        {"next_batch":"%s","rooms":{"join":{"%s":{%s
         "state":{"events":[]},"timeline":{"events":[%s],"limited":false,"prev_batch":"p-%s"},
         "ephemeral":{"events":[]},"account_data":{"events":[]}}},"invite":{},"leave":{}}}"""
        .formatted(next, room, summary, String.join(",", events), next);
  }

  static String file(String eventId, String sender, String caption, String fileName, String mxc, long size) {
    return """
        {"type":"m.room.message","event_id":"%s","sender":"%s","origin_server_ts":1772443800000,
         "content":{"msgtype":"m.file","body":"%s","filename":"%s","url":"%s",
                    "info":{"mimetype":"text/plain","size":%d}}}""".formatted(eventId, sender, caption, fileName, mxc, size);
  }

  static String reaction(String eventId, String sender, String target, String key) {
    return """
        {"type":"m.reaction","event_id":"%s","sender":"%s","origin_server_ts":1772443900000,
         "content":{"m.relates_to":{"rel_type":"m.annotation","event_id":"%s","key":"%s"}}}"""
        .formatted(eventId, sender, target, key);
  }

  void catchUp() throws Exception {
    homeserver.syncBatches.add(batch("s1", 5));
    bot.syncOnce();
  }

  /** Catches up, then has Alice ask a question ($q); returns the answer's event id. */
  String answeredQuestion() throws Exception {
    catchUp();
    homeserver.syncBatches.add(batch("s2", 5, message("$q", ALICE, "m.text", "!question Le CSE est-il consulté ?")));
    bot.syncOnce();
    return homeserver.sent.get(0).eventId();
  }

  /** The bodies of the messages the bot sent, in order. */
  List<String> bodies() {
    synchronized (homeserver.sent) {
      return homeserver.sent.stream().filter(x -> x.type().equals("m.room.message"))
          .map(x -> x.content().path("body").asText()).toList();
    }
  }

  /** The event the bot's message {@code index} replies to. */
  String repliesTo(int index) {
    JsonNode content = homeserver.sent.stream().filter(x -> x.type().equals("m.room.message")).toList().get(index).content();
    return content.path("m.relates_to").path("m.in_reply_to").path("event_id").asText();
  }

  static void assertStartsWith(String prefix, String actual) {
    assertEquals(prefix, actual.substring(0, Math.min(prefix.length(), actual.length())), actual);
  }
}
