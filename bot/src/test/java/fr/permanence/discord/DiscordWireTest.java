package fr.permanence.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.permanence.app.Moderation;
import fr.permanence.app.StartupFailure;
import fr.permanence.conversation.Command;
import fr.permanence.conversation.Fixtures;
import fr.permanence.conversation.MutableClock;
import fr.permanence.conversation.RecordingMembers;
import fr.permanence.conversation.TestServices;
import fr.permanence.discord.LoopbackDiscord.Request;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Discord adapter at the wire: the real JDA 6, unmodified, connected to {@link LoopbackDiscord}
 * (REST and gateway on loopback). Events go in as Discord sends them; the assertions are on the
 * HTTP requests JDA makes.
 */
class DiscordWireTest {
  /**
   * An upper bound only: every wait ends as soon as the awaited request arrives. 15 s proved too
   * tight once with five builds sharing two cores (the gateway session opened late).
   */
  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir Path tmp;
  private final RecordingMembers members = new RecordingMembers();
  private final CompletableFuture<StartupFailure> stopped = new CompletableFuture<>();
  private LoopbackDiscord discord;
  private Moderation corpus;
  private DiscordBot bot;

  @BeforeEach
  void setUp() throws Exception {
    discord = new LoopbackDiscord();
    MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:30:00Z"));
    corpus = TestServices.corpus(tmp, clock);
  }

  private DiscordBot bot(String token, Duration readyTimeout) {
    bot = new DiscordBot(TestServices.service(members, corpus, new MutableClock(Instant.parse("2026-03-02T09:30:00Z"))),
        new DiscordSettings(token, "Formateurs", "Modération", tmp.resolve("data"), 100_000, discord.api(), readyTimeout),
        Executors.newFixedThreadPool(2), stopped::complete);
    return bot;
  }

  private void connected() throws Exception {
    bot(LoopbackDiscord.TOKEN, WAIT).start();
    discord.await(r -> r.is("PUT", "applications/" + LoopbackDiscord.BOT + "/commands"), WAIT);
  }

  @AfterEach
  void tearDown() throws Exception {
    try {
      if (bot != null) {
        bot.close();
      }
      // Whatever the test did, no message the bot sent may ping anyone.
      for (Request r : discord.requests) {
        if (r.is("POST", "channels/\\d+/messages") || r.is("PATCH", "webhooks/.*")
            || (r.is("POST", "interactions/.*") && r.body().path("type").asInt() == 4)) {
          JsonNode body = r.is("POST", "interactions/.*") ? r.body().path("data") : r.body();
          assertEquals("[]", body.path("allowed_mentions").path("parse").toString(), r.path() + " " + body);
          assertFalse(body.path("allowed_mentions").path("replied_user").asBoolean(true), r.path() + " " + body);
        }
      }
    } finally {
      discord.close();
      corpus.close();
    }
  }

  private static boolean channelMessage(Request r) {
    return r.is("POST", "channels/" + LoopbackDiscord.CHANNEL + "/messages");
  }

  private static boolean directMessage(Request r) {
    return r.is("POST", "channels/" + LoopbackDiscord.dmChannel(LoopbackDiscord.MEMBER) + "/messages");
  }

  @Test
  void connectsWithTheTokenDeclaresTheCommandsAndAnswersAMention() throws Exception {
    connected();
    Request declared = discord.await(r -> r.is("PUT", "applications/\\d+/commands"), WAIT);
    assertEquals("Bot " + LoopbackDiscord.TOKEN, declared.authorization());
    assertEquals(SlashCommands.all().size(), declared.body().size());

    discord.guildMessage("980000000000000001", "<@" + LoopbackDiscord.BOT + "> Le CSE est-il consulté ?", true);
    JsonNode answer = discord.await(DiscordWireTest::channelMessage, WAIT).body();
    assertTrue(answer.path("content").asText().startsWith("« Le comité social"), answer.toString());
    assertEquals("980000000000000001", answer.path("message_reference").path("message_id").asText());
    assertEquals("Sources", answer.path("embeds").path(0).path("title").asText());
  }

  @Test
  void aQuestionSentWithAPictureReachesTheCoreAsSentWithFilesNotRead() throws Exception {
    connected();
    discord.guildMessageWithPicture("980000000000000011", "<@" + LoopbackDiscord.BOT + "> Le CSE est-il consulté ?");
    JsonNode answer = discord.await(DiscordWireTest::channelMessage, WAIT).body();
    String content = answer.path("content").asText();
    assertTrue(content.startsWith(Fixtures.FILES_NOT_READ + "\n« Le comité social"), content);
    assertFalse(discord.requests.stream().anyMatch(r -> r.path().contains("fiche-de-paie")), "the picture is not fetched");
  }

  @Test
  void aMalformedEventDoesNotStopTheNextOnes() throws Exception {
    connected();
    discord.dispatch("MESSAGE_CREATE", new ObjectMapper().readTree(
        "{\"id\":\"not-a-snowflake\",\"channel_id\":\"" + LoopbackDiscord.CHANNEL + "\",\"content\":42}"));
    discord.dispatch("INTERACTION_CREATE", new ObjectMapper().readTree("{\"type\":2}"));
    discord.guildMessage("980000000000000009", "<@" + LoopbackDiscord.BOT + "> " + "très long ".repeat(200), true);
    JsonNode tooLong = discord.await(DiscordWireTest::channelMessage, WAIT).body();
    assertTrue(tooLong.path("content").asText().startsWith("Votre message fait "), tooLong.toString());
  }

  @Test
  void everyoneHereAndRolesInMemberTextPingNobody() throws Exception {
    connected();
    String text = "@everyone @here <@&" + LoopbackDiscord.TRAINER_ROLE + "> <@940000000000000002>";
    discord.guildMessage("980000000000000002", "<@" + LoopbackDiscord.BOT + "> " + text + " le CSE ?", true);
    JsonNode answer = discord.await(DiscordWireTest::channelMessage, WAIT).body();
    assertEquals("[]", answer.path("allowed_mentions").path("parse").toString());
    assertFalse(answer.path("allowed_mentions").has("users"));
    assertFalse(answer.path("allowed_mentions").has("roles"));

    // A slash command echoing the member's text: the edited reply allows no mention either.
    String i1 = discord.slash("passage", null, List.<String[]>of(new String[] {"identifiant", text}));
    JsonNode echoed = discord.await(r -> r.is("PATCH", "webhooks/.*/token-" + i1 + "/messages/@original"), WAIT)
        .body();
    assertTrue(echoed.path("content").asText().contains("@everyone @here"), echoed.toString());
    assertEquals("[]", echoed.path("allowed_mentions").path("parse").toString());
  }

  @Test
  void trainerCommandsByMentionAreRefusedInTheChannelAndNotRun() throws Exception {
    connected();
    discord.guildMessage("980000000000000003", "<@" + LoopbackDiscord.BOT + "> !formateurs resume", true,
        LoopbackDiscord.TRAINER_ROLE);
    JsonNode refusal = discord.await(DiscordWireTest::channelMessage, WAIT).body();
    assertEquals(DiscordBot.inChannel(Command.SUMMARY), refusal.path("content").asText());
    assertEquals("Je ne réponds pas à « formateurs resume » dans un salon, où tout le monde lirait la réponse : "
        + "utilisez la commande /formateurs resume, dont la réponse n'est visible que par vous.",
        refusal.path("content").asText());

    discord.guildMessage("980000000000000004", "<@" + LoopbackDiscord.BOT + "> !corpus retirer guide", true,
        LoopbackDiscord.MODERATOR_ROLE);
    discord.await(r -> channelMessage(r) && r.body().path("content").asText().contains("corpus retirer"), WAIT);
    assertEquals(1, corpus.editor().list().size(), "the document is still there");
    assertTrue(members.lines.isEmpty(), "nothing run, nothing logged: " + members.lines);
    assertFalse(discord.requests.stream().anyMatch(r -> r.is("POST", "users/@me/channels")));
  }

  @Test
  void privateMemberCommandsByMentionAreAnsweredInDirectMessages() throws Exception {
    connected();
    discord.guildMessage("980000000000000005", "<@" + LoopbackDiscord.BOT + "> !aide", true);
    Request opened = discord.await(r -> r.is("POST", "users/@me/channels"), WAIT);
    assertEquals(LoopbackDiscord.MEMBER, opened.body().path("recipient_id").asText());
    JsonNode help = discord.await(DiscordWireTest::directMessage, WAIT).body();
    assertTrue(help.path("content").asText().contains("/question"), help.toString());
    discord.await(r -> r.is("PUT", "channels/" + LoopbackDiscord.CHANNEL + "/messages/980000000000000005/reactions/"
        + DiscordBot.SENT_PRIVATELY + "/@me"), WAIT);
    assertFalse(discord.requests.stream().anyMatch(DiscordWireTest::channelMessage), discord.summary());
  }

  @Test
  void closedDirectMessagesGetAPointerToTheSlashCommandNotTheAnswer() throws Exception {
    connected();
    discord.directMessagesClosed = true;
    discord.guildMessage("980000000000000006", "<@" + LoopbackDiscord.BOT + "> !aide", true);
    JsonNode notice = discord.await(DiscordWireTest::channelMessage, WAIT).body();
    assertEquals("Je n'ai pas pu vous répondre en message privé (les vôtres sont peut-être fermés pour ce serveur) : "
        + "la commande /aide vous répond sans que les autres le voient.", notice.path("content").asText());
  }

  @Test
  void directMessagesAreAnsweredWhereTheyCameFrom() throws Exception {
    connected();
    discord.directMessage("980000000000000007", "Le CSE est-il consulté ?");
    JsonNode answer = discord.await(DiscordWireTest::directMessage, WAIT).body();
    assertTrue(answer.path("content").asText().startsWith("« Le comité social"), answer.toString());
  }

  @Test
  void directMessagesCarryNoServerRole() throws Exception {
    connected();
    discord.directMessage("980000000000000010", "!formateurs resume");
    JsonNode refused = discord.await(DiscordWireTest::directMessage, WAIT).body();
    assertEquals("Cette commande est réservée aux formateurs et formatrices.", refused.path("content").asText());
    assertFalse(discord.requests.stream().anyMatch(DiscordWireTest::channelMessage), discord.summary());
  }

  @Test
  void slashCommandsOfTrainersAreEphemeralAndChecked() throws Exception {
    connected();
    String i2 = discord.slash("formateurs", "resume", List.of(), LoopbackDiscord.TRAINER_ROLE);
    JsonNode deferred = discord.await(r -> r.is("POST", "interactions/" + i2 + "/token-" + i2 + "/callback"),
        WAIT).body();
    assertEquals(5, deferred.path("type").asInt()); // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
    assertEquals(64, deferred.path("data").path("flags").asInt()); // EPHEMERAL
    JsonNode summary = discord.await(r -> r.is("PATCH", "webhooks/.*/token-" + i2 + "/messages/@original"), WAIT)
        .body();
    assertEquals("Résumé : 0 lignes.", summary.path("content").asText());

    String i3 = discord.slash("formateurs", "resume", List.of());
    JsonNode refused = discord.await(r -> r.is("PATCH", "webhooks/.*/token-" + i3 + "/messages/@original"), WAIT)
        .body();
    assertEquals("Cette commande est réservée aux formateurs et formatrices.", refused.path("content").asText());
  }

  @Test
  void theTrainersReportIsAFileInTheEphemeralReply() throws Exception {
    connected();
    String id = discord.slash("formateurs", "rapport", List.of(), LoopbackDiscord.TRAINER_ROLE);
    assertEquals(64, discord.await(r -> r.is("POST", "interactions/" + id + "/.*/callback"), WAIT).body()
        .path("data").path("flags").asInt());
    JsonNode report = discord.await(r -> r.is("PATCH", "webhooks/.*/token-" + id + "/messages/@original"), WAIT).body();
    assertEquals(1, report.path("_files").size(), report.toString()); // sent as multipart, the file beside the JSON
    assertEquals("[]", report.path("allowed_mentions").path("parse").toString());
  }

  @Test
  void foreignButtonsAreAcknowledged() throws Exception {
    connected();
    String i4 = discord.button("sondage:oui");
    JsonNode reply = discord.await(r -> r.is("POST", "interactions/" + i4 + "/.*/callback"), WAIT).body();
    assertEquals(4, reply.path("type").asInt()); // CHANNEL_MESSAGE_WITH_SOURCE
    assertEquals(64, reply.path("data").path("flags").asInt());
    assertEquals(DiscordBot.FOREIGN_BUTTON, reply.path("data").path("content").asText());
  }

  @Test
  void voteButtonsAreDeferredPrivatelyAndRecorded() throws Exception {
    connected();
    discord.directMessage("980000000000000008", "Le CSE est-il consulté ?");
    JsonNode answer = discord.await(DiscordWireTest::directMessage, WAIT).body();
    String up = answer.path("components").path(0).path("components").path(0).path("custom_id").asText();
    assertTrue(up.startsWith("fb:up:"), answer.toString());
    String i5 = discord.button(up);
    assertEquals(5, discord.await(r -> r.is("POST", "interactions/" + i5 + "/.*/callback"), WAIT).body()
        .path("type").asInt());
    JsonNode thanks = discord.await(r -> r.is("PATCH", "webhooks/.*/token-" + i5 + "/messages/@original"), WAIT)
        .body();
    assertEquals("Merci pour votre retour !", thanks.path("content").asText());
  }

  @Test
  void aRefusedTokenIsAConfigurationErrorSaidInFrench() {
    discord.refuseToken = true;
    StartupFailure failure = assertThrows(StartupFailure.class, () -> bot("faux", WAIT).start());
    assertEquals(StartupFailure.CONFIGURATION, failure.exitStatus());
    assertTrue(failure.getMessage().startsWith("Discord refuse le jeton du bot (HTTP 401) : PERMANENCE_DISCORD_TOKEN"),
        failure.getMessage());
    assertFalse(discord.requests.stream().anyMatch(r -> r.authorization() == null || !r.authorization().startsWith("Bot ")));
  }

  @Test
  void jdasOwnTokenCheckRefusedIsAConfigurationErrorToo() {
    discord.refuseSelf = true; // /gateway/bot accepts the token, JDA's login check does not
    StartupFailure failure = assertThrows(StartupFailure.class, () -> bot(LoopbackDiscord.TOKEN, WAIT).start());
    assertEquals(StartupFailure.CONFIGURATION, failure.exitStatus());
    assertTrue(failure.getMessage().contains("PERMANENCE_DISCORD_TOKEN"), failure.getMessage());
  }

  @Test
  void aGatewayRefusingTheSessionIsAConfigurationError() {
    discord.refuseIdentify = true;
    StartupFailure failure = assertThrows(StartupFailure.class, () -> bot(LoopbackDiscord.TOKEN, WAIT).start());
    assertEquals(StartupFailure.CONFIGURATION, failure.exitStatus());
    assertTrue(failure.getMessage().contains("PERMANENCE_DISCORD_TOKEN"), failure.getMessage());
  }

  @Test
  void anUnreachableGatewayIsTransient() {
    discord.deadGateway = true;
    StartupFailure failure = assertThrows(StartupFailure.class, () -> bot(LoopbackDiscord.TOKEN, WAIT).start());
    assertEquals(StartupFailure.TRANSIENT, failure.exitStatus());
    assertTrue(failure.getMessage().startsWith("La passerelle de Discord (127.0.0.1:"), failure.getMessage());
    assertTrue(failure.getMessage().contains(") est injoignable ("), failure.getMessage());
  }

  @Test
  void aGatewayThatNeverOpensASessionIsTransient() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      discord.gatewayOverride = URI.create("ws://127.0.0.1:" + silent.getLocalPort() + "/"); // accepts, never answers
      StartupFailure failure = assertThrows(StartupFailure.class,
          () -> bot(LoopbackDiscord.TOKEN, Duration.ofSeconds(3)).start());
      assertEquals(StartupFailure.TRANSIENT, failure.exitStatus());
      assertTrue(failure.getMessage().startsWith("La passerelle de Discord (127.0.0.1) n'a pas ouvert de session en 3 s"),
          failure.getMessage());
    }
  }

  @Test
  void anUnreachableApiIsTransient() throws Exception {
    discord.close();
    StartupFailure failure = assertThrows(StartupFailure.class, () -> bot(LoopbackDiscord.TOKEN, WAIT).start());
    assertEquals(StartupFailure.TRANSIENT, failure.exitStatus());
    assertTrue(failure.getMessage().startsWith("Discord est injoignable (127.0.0.1"), failure.getMessage());
    discord = new LoopbackDiscord(); // for tearDown
  }

  @Test
  void aTokenResetWhileRunningStopsTheProcessAsAConfigurationError() throws Exception {
    connected();
    assertNull(stopped.getNow(null));
    discord.closeSessions(4004, "Authentication failed.");
    StartupFailure failure = stopped.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertEquals(StartupFailure.CONFIGURATION, failure.exitStatus());
  }
}
