package fr.permanence.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import fr.permanence.conversation.Action;
import fr.permanence.conversation.Command;
import fr.permanence.conversation.ConversationService;
import fr.permanence.conversation.Attachment;
import fr.permanence.conversation.Role;
import fr.permanence.moderation.UploadPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import fr.permanence.conversation.Incoming;
import fr.permanence.conversation.Platform;
import fr.permanence.conversation.Reply;
import fr.permanence.conversation.CommandGrammar;
import fr.permanence.conversation.ParsedCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot in Matrix rooms: long-polls /sync, joins rooms it is invited to by allowed people,
 * answers mentions, direct messages and {@code !commands} with an {@code m.notice} replying to
 * the question, and records 👍/👎 reactions on its answers as feedback. The first sync (no saved
 * token) only catches up: old messages are never answered.
 */
public final class MatrixBot implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MatrixBot.class);
  private static final String PREFIX = "!";
  private static final String UP = "👍";
  private static final String DOWN = "👎";
  /** First wait after a network error; doubled at each new failure. */
  static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
  /** Longest wait between two attempts to reach the homeserver. */
  static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
  /** Answers whose reactions still count as feedback (older ones are forgotten, oldest first). */
  private static final int REMEMBERED_ANSWERS = 5000;
  /** A room with this many joined members (the member and the bot) is a direct conversation. */
  private static final int DIRECT_ROOM_MEMBERS = 2;

  private final MatrixClient client;
  private final UploadPolicy uploads;
  private final MatrixSettings settings;
  private final ConversationService conversation;
  private final Sleeper sleeper;
  private final SinceToken since;
  private final MatrixFormat format = new MatrixFormat();
  private final Map<String, JsonNode> powerLevels = new HashMap<>();
  private final Map<String, Integer> joinedMembers = new HashMap<>();
  private final Map<String, String> replyIdsByEvent = new LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > REMEMBERED_ANSWERS;
    }
  };
  private volatile boolean running;
  private Thread loop;

  public MatrixBot(MatrixClient client, MatrixSettings settings, ConversationService conversation, Sleeper sleeper) {
    this(client, settings, conversation, sleeper, UploadPolicy.defaults());
  }

  /** @param uploads what moderators may send to the corpus */
  public MatrixBot(MatrixClient client, MatrixSettings settings, ConversationService conversation, Sleeper sleeper,
      UploadPolicy uploads) {
    this.uploads = uploads;
    this.client = client;
    this.settings = settings;
    this.conversation = conversation;
    this.sleeper = sleeper;
    this.since = new SinceToken(settings.dataDir());
  }

  /** Starts the sync loop in its own thread. */
  public synchronized void start() {
    if (loop != null) {
      throw new IllegalStateException("the Matrix bot is already running");
    }
    running = true;
    loop = new Thread(this::run, "matrix-sync");
    loop.start();
  }

  /** Stops the loop: the current long-poll is interrupted; the saved token stays. */
  @Override
  public synchronized void close() throws InterruptedException {
    running = false;
    if (loop != null) {
      loop.interrupt();
      loop.join(Duration.ofSeconds(10));
      loop = null;
    }
  }

  private void run() {
    Duration backoff = FIRST_BACKOFF;
    while (running) {
      try {
        syncOnce();
        backoff = FIRST_BACKOFF;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // close() asked us to stop
        return;
      } catch (IOException | MatrixException e) {
        if (e instanceof MatrixException m && !m.transientFailure() && m.status() != 429) {
          LOG.error("the homeserver refuses the bot (check the access token): {}", e.getMessage());
        } else {
          LOG.warn("cannot reach the homeserver, trying again in {} s: {}", backoff.toSeconds(), e.getMessage());
        }
        try {
          sleeper.sleep(backoff);
        } catch (InterruptedException stop) {
          Thread.currentThread().interrupt(); // close() asked us to stop while waiting
          return;
        }
        backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
      }
    }
  }

  /**
   * One /sync and its handling; saves the new token afterwards. Without a saved token this is the
   * catch-up sync: invitations are handled, messages are not answered.
   */
  public void syncOnce() throws IOException, InterruptedException {
    Optional<String> token = since.read();
    boolean catchUp = token.isEmpty();
    JsonNode batch = client.sync(token, catchUp ? Duration.ZERO : settings.syncTimeout());
    handleInvites(batch.path("rooms").path("invite"));
    JsonNode joined = batch.path("rooms").path("join");
    for (Map.Entry<String, JsonNode> room : joined.properties()) {
      trackRoom(room.getKey(), room.getValue());
      if (!catchUp) {
        for (JsonNode event : room.getValue().path("timeline").path("events")) {
          handleEvent(room.getKey(), event);
        }
      }
    }
    String next = batch.path("next_batch").asText("");
    if (!next.isEmpty()) {
      since.write(next);
    }
  }

  private void handleInvites(JsonNode invites) throws IOException, InterruptedException {
    for (Map.Entry<String, JsonNode> room : invites.properties()) {
      String inviter = "";
      for (JsonNode event : room.getValue().path("invite_state").path("events")) {
        if ("m.room.member".equals(event.path("type").asText()) && settings.userId().equals(event.path("state_key").asText())
            && "invite".equals(event.path("content").path("membership").asText())) {
          inviter = event.path("sender").asText();
        }
      }
      if (settings.allowsInviter(inviter)) {
        LOG.info("joining {} on invitation from {}", room.getKey(), inviter);
        client.join(room.getKey());
      } else {
        LOG.info("declining invitation to {} from {} (not in PERMANENCE_MATRIX_ALLOWED)", room.getKey(), inviter);
        client.leave(room.getKey());
      }
    }
  }

  private void trackRoom(String roomId, JsonNode room) {
    JsonNode count = room.path("summary").path("m.joined_member_count");
    if (count.canConvertToInt()) {
      joinedMembers.put(roomId, count.asInt());
    }
    for (String section : new String[] {"state", "timeline"}) {
      for (JsonNode event : room.path(section).path("events")) {
        if ("m.room.power_levels".equals(event.path("type").asText()) && event.has("state_key")) {
          powerLevels.put(roomId, event.path("content"));
        }
      }
    }
  }

  private void handleEvent(String roomId, JsonNode event) throws IOException, InterruptedException {
    String sender = event.path("sender").asText();
    if (sender.equals(settings.userId())) {
      return;
    }
    switch (event.path("type").asText()) {
      case "m.room.message" -> handleMessage(roomId, event, sender);
      case "m.reaction" -> handleReaction(roomId, event, sender);
      default -> { } // membership, state, redactions…: nothing to answer
    }
  }

  private void handleMessage(String roomId, JsonNode event, String sender) throws IOException, InterruptedException {
    JsonNode content = event.path("content");
    if ("m.replace".equals(content.path("m.relates_to").path("rel_type").asText())) {
      return; // an edit of an earlier message, answered already
    }
    String msgtype = content.path("msgtype").asText();
    if ("m.file".equals(msgtype)) {
      handleFile(roomId, event, sender);
      return;
    }
    boolean fromBot = "m.notice".equals(msgtype); // bots speak in notices, and never answer notices
    if (!fromBot && !"m.text".equals(msgtype)) {
      return;
    }
    String body = withoutReplyFallback(content.path("body").asText(""));
    boolean mentioned = mentions(content, body);
    boolean direct = joinedMembers.getOrDefault(roomId, 0) == DIRECT_ROOM_MEMBERS;
    String text = mentioned ? withoutMention(body) : body;
    Optional<ParsedCommand> parsed = CommandGrammar.parse(text, PREFIX, mentioned || direct);
    if (parsed.isEmpty()) {
      return;
    }
    Incoming incoming = parsed.get().incoming(Platform.MATRIX, roomId, sender, "", roles(roomId, sender), fromBot,
        null);
    answer(roomId, event, incoming);
  }

  /**
   * A file sent with a caption "!corpus ajouter Titre" (or "!corpus remplacer nom"): a
   * moderator adds or replaces a document. Name, type and size are checked before download, and
   * only a moderator's file is downloaded at all.
   */
  private void handleFile(String roomId, JsonNode event, String sender) throws IOException, InterruptedException {
    JsonNode content = event.path("content");
    String fileName = content.path("filename").asText(content.path("body").asText(""));
    String caption = content.has("filename") ? content.path("body").asText("") : "";
    Optional<ParsedCommand> parsed = CommandGrammar.parse(caption, PREFIX, false);
    if (parsed.isEmpty() || !(parsed.get().command() == Command.CORPUS_ADD || parsed.get().command() == Command.CORPUS_REPLACE)) {
      return; // a file shared in the room, not sent to the bot
    }
    Set<Role> roles = roles(roomId, sender);
    Incoming incoming = parsed.get().incoming(Platform.MATRIX, roomId, sender, "", roles, false, null);
    if (!roles.contains(Role.MODERATOR)) {
      answer(roomId, event, incoming); // the core refuses, and says why
      return;
    }
    Optional<String> problem = uploads.problem(fileName, content.path("info").path("mimetype").asText(""),
        content.path("info").path("size").asLong(0));
    if (problem.isPresent()) {
      send(roomId, event, Reply.text("fichier", problem.get(), true));
      return;
    }
    Path downloaded = Files.createTempFile("permanence-matrix-", "-" + fileName.replaceAll("[^\\w.-]", "_"));
    try {
      long size = client.download(content.path("url").asText(""), uploads.maxBytes(), downloaded);
      answer(roomId, event, parsed.get().incoming(Platform.MATRIX, roomId, sender, "", roles, false,
          new Attachment(fileName, size, downloaded)));
    } catch (IOException e) {
      LOG.error("could not download {} from the homeserver", fileName, e);
      send(roomId, event, Reply.text("fichier", "Je n'ai pas pu télécharger « " + fileName
          + " » depuis le serveur Matrix : réessayez dans un moment.", true));
    } finally {
      Files.deleteIfExists(downloaded);
    }
  }

  private void answer(String roomId, JsonNode event, Incoming incoming) throws IOException, InterruptedException {
    Optional<Reply> reply = conversation.handle(incoming);
    if (reply.isPresent()) {
      send(roomId, event, reply.get());
    }
  }

  /** Sends {@code reply} in reply to {@code event}, with 👍/👎 reactions under an answer. */
  private void send(String roomId, JsonNode event, Reply reply) throws IOException, InterruptedException {
    String eventId = event.path("event_id").asText();
    String sent = client.send(roomId, "m.room.message", txnId(eventId, "reply"), format.notice(reply, eventId));
    if (reply.actions().stream().anyMatch(a -> a.kind() == Action.Kind.FEEDBACK_UP)) {
      synchronized (replyIdsByEvent) {
        replyIdsByEvent.put(sent, reply.id());
      }
      client.send(roomId, "m.reaction", txnId(eventId, "up"), format.reaction(sent, UP));
      client.send(roomId, "m.reaction", txnId(eventId, "down"), format.reaction(sent, DOWN));
    }
  }

  private void handleReaction(String roomId, JsonNode event, String sender) throws IOException, InterruptedException {
    JsonNode relation = event.path("content").path("m.relates_to");
    if (!"m.annotation".equals(relation.path("rel_type").asText())) {
      return;
    }
    String replyId;
    synchronized (replyIdsByEvent) {
      replyId = replyIdsByEvent.get(relation.path("event_id").asText());
    }
    String key = relation.path("key").asText().replace("\uFE0F", ""); // emoji presentation selector
    if (replyId == null || !(key.startsWith(UP) || key.startsWith(DOWN))) {
      return;
    }
    Incoming feedback = new Incoming(Platform.MATRIX, roomId, sender, "", roles(roomId, sender), false, Command.FEEDBACK,
        replyId, Map.of("vote", key.startsWith(UP) ? "up" : "down"), null);
    conversation.handle(feedback); // the reaction is the feedback: no thank-you message cluttering the room
  }

  private boolean mentions(JsonNode content, String body) {
    for (JsonNode id : content.path("m.mentions").path("user_ids")) {
      if (settings.userId().equals(id.asText())) {
        return true;
      }
    }
    return body.contains(settings.userId()) || body.toLowerCase(java.util.Locale.ROOT).startsWith(localpart() + ":");
  }

  private String withoutMention(String body) {
    String text = body.replace(settings.userId(), " ").strip();
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith(localpart() + ":")) {
      text = text.substring(localpart().length() + 1);
    }
    return text.replaceAll("^[\\s:,]+", "").strip();
  }

  private String localpart() {
    String id = settings.userId();
    int colon = id.indexOf(':');
    return (colon > 0 ? id.substring(1, colon) : id.substring(1)).toLowerCase(java.util.Locale.ROOT);
  }

  /** The body without the "> <@alice:x> earlier message" lines clients put before a reply. */
  static String withoutReplyFallback(String body) {
    if (!body.startsWith(">")) {
      return body;
    }
    String[] lines = body.split("\n", -1);
    int i = 0;
    while (i < lines.length && lines[i].startsWith(">")) {
      i++;
    }
    return String.join("\n", java.util.Arrays.copyOfRange(lines, i, lines.length)).strip();
  }

  private Set<Role> roles(String roomId, String sender) throws IOException, InterruptedException {
    JsonNode levels = powerLevels.get(roomId);
    if (levels == null) {
      levels = client.powerLevels(roomId);
      powerLevels.put(roomId, levels);
    }
    JsonNode own = levels.path("users").path(sender);
    int level = own.canConvertToInt() ? own.asInt() : levels.path("users_default").asInt(0);
    Set<Role> roles = EnumSet.of(Role.MEMBER);
    if (level >= settings.trainerLevel()) {
      roles.add(Role.TRAINER);
    }
    if (level >= settings.moderatorLevel()) {
      roles.add(Role.MODERATOR);
    }
    return roles;
  }

  /** The same transaction id every time the same event is answered: the homeserver drops duplicates. */
  static String txnId(String eventId, String purpose) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest((eventId + "|" + purpose).getBytes(StandardCharsets.UTF_8));
      return "permanence-" + HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
