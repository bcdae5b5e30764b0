package fr.permanence.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import fr.permanence.app.StartupFailure;
import fr.permanence.conversation.Action;
import fr.permanence.conversation.Attachment;
import fr.permanence.conversation.Command;
import fr.permanence.conversation.ConversationService;
import fr.permanence.conversation.Incoming;
import fr.permanence.conversation.ParsedCommand;
import fr.permanence.conversation.Platform;
import fr.permanence.conversation.Reply;
import fr.permanence.conversation.Role;
import fr.permanence.files.DataFolder;
import fr.permanence.moderation.UploadPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot in Matrix rooms: joins rooms it is invited to by allowed people, answers mentions,
 * direct messages, replies to its messages and {@code !commands} with an {@code m.notice}
 * replying to the question (in its thread, if it was asked in one), and records 👍/👎 reactions
 * on its answers as feedback. It only translates: {@link MatrixSync} runs the sync loop,
 * {@link MatrixMessages} reads events, {@link RoomState} knows roles and direct rooms,
 * {@link MatrixUploads} fetches files, {@link MatrixFormat} lays replies out, the conversation
 * core decides.
 *
 * <p>Each event and each invitation is handled on its own: what goes wrong with one (a room
 * where the bot may not speak, a missing file, a failed join, an exception or an {@link Error}
 * in the core or a document parser) is logged, the member told when possible, and the batch goes
 * on. Only transport failures stop a batch, which is then tried again; handled events are
 * remembered across restarts ({@link MatrixMemory}), so none is answered or logged twice.
 *
 * <p>Thread-safety: {@link #start} and {@link #close} may be called from any thread; events are
 * handled in the sync thread only.
 */
public final class MatrixBot implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MatrixBot.class);
  private static final String UP = "👍";
  private static final String DOWN = "👎";
  /**
   * Replies computed but not yet delivered (the homeserver went away while sending): sent again
   * as they are when the batch comes again, so the core neither answers nor logs twice. A few
   * suffice: a batch is tried again until it passes.
   */
  private static final int PENDING_REPLIES = 100;

  private final MatrixClient client;
  private final MatrixSettings settings;
  private final ConversationService conversation;
  private final MatrixMemory memory;
  private final RoomState rooms;
  private final MatrixMessages messages;
  private final MatrixUploads uploads;
  private final MatrixSync sync;
  private final MatrixFormat format = new MatrixFormat();
  private final Map<String, Reply> pending = new LinkedHashMap<>(16, 0.75f, false) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Reply> eldest) {
      return size() > PENDING_REPLIES;
    }
  };

  public MatrixBot(MatrixClient client, MatrixSettings settings, ConversationService conversation, Sleeper sleeper) {
    this(client, settings, conversation, sleeper, UploadPolicy.defaults());
  }

  /** @param uploads what moderators may send to the corpus */
  public MatrixBot(MatrixClient client, MatrixSettings settings, ConversationService conversation, Sleeper sleeper,
      UploadPolicy uploads) {
    this.client = client;
    this.settings = settings;
    this.conversation = conversation;
    DataFolder data = new DataFolder(settings.dataDir());
    this.memory = new MatrixMemory(data.matrixMemory());
    this.rooms = new RoomState(client, settings.roles(), memory);
    this.messages = new MatrixMessages(settings.userId());
    this.uploads = new MatrixUploads(client, uploads, data.uploads());
    this.sync = new MatrixSync(client, new SinceToken(data.matrixSince()), settings.syncTimeout(), sleeper, this::handle);
  }

  /**
   * Starts the sync loop in its own thread. {@code onFatal} hears it if the bot must stop for
   * good (the access token was revoked): the process should exit with its status.
   */
  public void start(Consumer<StartupFailure> onFatal) {
    sync.start(onFatal);
  }

  /** Stops the loop: the current long-poll is interrupted; the saved token stays. */
  @Override
  public void close() throws InterruptedException {
    sync.close();
  }

  /** One /sync and its handling (the loop's step, for tests and checks). */
  public void syncOnce() throws IOException, InterruptedException {
    sync.syncOnce();
  }

  private void handle(JsonNode batch, boolean catchUp) throws IOException, InterruptedException {
    for (JsonNode data : batch.path("account_data").path("events")) {
      if ("m.direct".equals(data.path("type").asText())) {
        rooms.directAccountData(data.path("content"));
      }
    }
    for (Map.Entry<String, JsonNode> invite : batch.path("rooms").path("invite").properties()) {
      isolated("invitation to " + invite.getKey(), () -> handleInvite(invite.getKey(), invite.getValue()));
    }
    for (Map.Entry<String, JsonNode> room : batch.path("rooms").path("join").properties()) {
      isolated("state of " + room.getKey(), () -> rooms.update(room.getKey(), room.getValue()));
      if (!catchUp) {
        for (JsonNode event : room.getValue().path("timeline").path("events")) {
          handleEvent(room.getKey(), event);
        }
      }
    }
    memory.save();
  }

  private void handleInvite(String roomId, JsonNode invite) throws IOException, InterruptedException {
    String inviter = "";
    boolean direct = false;
    for (JsonNode event : invite.path("invite_state").path("events")) {
      if ("m.room.member".equals(event.path("type").asText()) && settings.userId().equals(event.path("state_key").asText())
          && "invite".equals(event.path("content").path("membership").asText())) {
        inviter = event.path("sender").asText();
        direct = event.path("content").path("is_direct").asBoolean(false);
      }
    }
    if (settings.allowsInviter(inviter)) {
      LOG.info("joining {} on invitation from {}", roomId, inviter);
      client.join(roomId);
      if (direct) {
        rooms.markDirect(roomId);
      }
    } else {
      LOG.info("declining invitation to {} from {} (not in PERMANENCE_MATRIX_ALLOWED)", roomId, inviter);
      client.leave(roomId);
    }
  }

  /** Handles one timeline event, at most once, whatever it throws but transport failures. */
  private void handleEvent(String roomId, JsonNode event) throws IOException, InterruptedException {
    String eventId = event.path("event_id").asText("");
    if (eventId.isEmpty() || memory.handled(eventId)) {
      return; // handled in an earlier attempt at this batch, or before a restart
    }
    boolean done = isolated("event " + eventId + " in " + roomId, () -> {
      Optional<MatrixMessages.Translated> asked = translate(roomId, event);
      if (asked.isPresent()) {
        try {
          act(roomId, event, asked.get());
        } catch (IOException | InterruptedException e) {
          throw e;
        } catch (MatrixException e) {
          if (e.transientFailure() || e.unknownToken()) {
            throw e;
          }
          LOG.warn("event {} in {}: the homeserver refused a request: {}", eventId, roomId, e.getMessage());
          tellFailure(roomId, event, asked.get());
        } catch (RuntimeException | Error e) {
          // A bug or a hostile document in the core or a parser: this event only, the member is told.
          LOG.error("event {} in {} could not be handled", eventId, roomId, e);
          tellFailure(roomId, event, asked.get());
        }
      }
    });
    if (done) {
      memory.markHandled(eventId);
      memory.save();
    }
  }

  private Optional<MatrixMessages.Translated> translate(String roomId, JsonNode event)
      throws IOException, InterruptedException {
    boolean text = "m.room.message".equals(event.path("type").asText())
        && "m.text".equals(event.path("content").path("msgtype").asText());
    // Whether the room is direct matters to plain text only; it may cost a call to the homeserver.
    boolean direct = text && !event.path("sender").asText().equals(settings.userId()) && rooms.direct(roomId);
    return messages.translate(event, direct, memory::isAnswer);
  }

  private void act(String roomId, JsonNode event, MatrixMessages.Translated asked) throws IOException, InterruptedException {
    String sender = event.path("sender").asText();
    switch (asked) {
      case MatrixMessages.Text t -> answer(roomId, event, t.threadRoot(),
          voteOnRepliedAnswer(t).incoming(Platform.MATRIX, roomId, sender, "", rooms.roles(sender), false, null));
      case MatrixMessages.Upload u -> upload(roomId, event, sender, u);
      case MatrixMessages.Vote v -> vote(roomId, sender, v);
    }
  }

  /** "👎 hors sujet" in reply to an answer: a vote on that answer, with its reason. */
  private ParsedCommand voteOnRepliedAnswer(MatrixMessages.Text t) {
    ParsedCommand p = t.parsed();
    if (p.command() != Command.FEEDBACK || !p.text().isEmpty()) {
      return p;
    }
    return memory.replyId(t.repliedTo()).map(replyId -> p.with(replyId, Map.of())).orElse(p);
  }

  /**
   * A file sent with a caption "!corpus ajouter Titre" (or "!corpus remplacer nom"): a
   * moderator adds or replaces a document. Name, type and size are checked before download, and
   * only a moderator's file is downloaded at all.
   */
  private void upload(String roomId, JsonNode event, String sender, MatrixMessages.Upload u)
      throws IOException, InterruptedException {
    Set<Role> roles = rooms.roles(sender);
    if (!roles.contains(Role.MODERATOR)) {
      answer(roomId, event, u.threadRoot(), incoming(roomId, sender, u.parsed().command(), u.parsed().text(),
          u.parsed().options(), roles, null)); // the core refuses, and says why
      return;
    }
    Optional<String> problem = uploads.problem(u);
    if (problem.isPresent()) {
      send(roomId, event, u.threadRoot(), Reply.text("fichier", problem.get(), true), "reply");
      return;
    }
    String eventId = event.path("event_id").asText();
    if (pending.containsKey(eventId)) {
      answer(roomId, event, u.threadRoot(), null); // downloaded and handled already; only the sending failed
      return;
    }
    try {
      uploads.withDownload(u, file -> {
        answer(roomId, event, u.threadRoot(), incoming(roomId, sender, u.parsed().command(), u.parsed().text(),
            u.parsed().options(), roles, file));
        return null;
      });
    } catch (MatrixException e) {
      if (e.transientFailure() || e.unknownToken() || pending.containsKey(eventId)) {
        throw e;
      }
      LOG.warn("could not download {} from the homeserver: {}", u.fileName(), e.getMessage());
      send(roomId, event, u.threadRoot(), Reply.text("fichier", "Je n'ai pas pu télécharger « " + u.fileName()
          + " » depuis le serveur Matrix : réessayez dans un moment, ou renvoyez le fichier.", true), "reply");
    }
  }

  private void vote(String roomId, String sender, MatrixMessages.Vote v) {
    Optional<String> replyId = memory.replyId(v.answerEventId());
    if (replyId.isEmpty()) {
      return; // a reaction to another message, or to an answer too old to be remembered
    }
    // The reaction is the feedback: no thank-you message cluttering the room.
    conversation.handle(incoming(roomId, sender, Command.FEEDBACK, replyId.get(),
        Map.of("vote", v.helpful() ? "up" : "down"), Set.of(Role.MEMBER), null));
  }

  private static Incoming incoming(String roomId, String sender, Command command, String text,
      Map<String, String> options, Set<Role> roles, Attachment file) {
    return new Incoming(Platform.MATRIX, roomId, sender, "", roles, false, command, text, options, file);
  }

  /**
   * Asks the core (unless a reply to this event is waiting to be sent again) and sends its reply.
   * {@code incoming} may be null only when a reply is pending.
   */
  private void answer(String roomId, JsonNode event, String threadRoot, Incoming incoming)
      throws IOException, InterruptedException {
    String eventId = event.path("event_id").asText();
    Reply reply = pending.get(eventId);
    if (reply == null) {
      Optional<Reply> fresh = conversation.handle(incoming);
      if (fresh.isEmpty()) {
        return;
      }
      reply = fresh.get();
      pending.put(eventId, reply);
    }
    send(roomId, event, threadRoot, reply, "reply");
    pending.remove(eventId);
  }

  /** Sends {@code reply} in reply to {@code event}, with 👍/👎 reactions under an answer. */
  private void send(String roomId, JsonNode event, String threadRoot, Reply reply, String purpose)
      throws IOException, InterruptedException {
    String eventId = event.path("event_id").asText();
    String sent = client.send(roomId, "m.room.message", txnId(eventId, purpose), format.notice(reply, eventId, threadRoot));
    boolean feedback = reply.actions().stream().anyMatch(a -> a.kind() == Action.Kind.FEEDBACK_UP);
    memory.rememberAnswer(sent, feedback ? reply.id() : "");
    if (feedback) {
      try {
        client.send(roomId, "m.reaction", txnId(eventId, "up"), format.reaction(sent, UP));
        client.send(roomId, "m.reaction", txnId(eventId, "down"), format.reaction(sent, DOWN));
      } catch (MatrixException e) {
        if (e.transientFailure() || e.unknownToken()) {
          throw e;
        }
        // The answer is there; members can still react themselves.
        LOG.warn("could not add the 👍/👎 reactions in {}: {}", roomId, e.getMessage());
      }
    }
  }

  /** Tells the member their message could not be handled, if the room lets the bot speak. */
  private void tellFailure(String roomId, JsonNode event, MatrixMessages.Translated asked) throws InterruptedException {
    if (asked instanceof MatrixMessages.Vote) {
      return; // a reaction expects no message
    }
    String threadRoot = switch (asked) {
      case MatrixMessages.Text t -> t.threadRoot();
      case MatrixMessages.Upload u -> u.threadRoot();
      case MatrixMessages.Vote v -> "";
    };
    try {
      send(roomId, event, threadRoot, conversation.failure(), "failure");
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not tell the member about the failure in {}: {}", roomId, e.getMessage());
    }
  }

  /** A step that may fail on its own without stopping the batch. */
  @FunctionalInterface
  private interface Step {
    void run() throws IOException, InterruptedException;
  }

  /**
   * Runs {@code step}; transport failures (network, 5xx, rate limit, refused token) go up to the
   * loop, which tries the batch again; anything else is logged and the batch goes on. Returns
   * whether the step is over, successfully or not.
   */
  private static boolean isolated(String what, Step step) throws IOException, InterruptedException {
    try {
      step.run();
      return true;
    } catch (IOException | InterruptedException e) {
      throw e;
    } catch (MatrixException e) {
      if (e.transientFailure() || e.unknownToken()) {
        throw e;
      }
      LOG.warn("{}: the homeserver refused a request: {}", what, e.getMessage());
      return true;
    } catch (RuntimeException | Error e) {
      // Including errors (a parser's StackOverflowError…): they concern this step only.
      LOG.error("{} could not be handled", what, e);
      return true;
    }
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
