package fr.permanence.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import fr.permanence.app.StartupFailure;
import fr.permanence.conversation.Command;
import fr.permanence.conversation.ConversationService;
import fr.permanence.conversation.Incoming;
import fr.permanence.conversation.ParsedCommand;
import fr.permanence.conversation.Platform;
import fr.permanence.conversation.Reply;
import fr.permanence.conversation.Role;
import fr.permanence.conversation.Uploads;
import fr.permanence.files.DataFolder;
import fr.permanence.moderation.UploadPolicy;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
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
 * {@link Uploads} (shared with Discord) checks and fetches files, {@link MatrixReplies} sends
 * replies, the conversation core decides.
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

  private final MatrixClient client;
  private final MatrixSettings settings;
  private final ConversationService conversation;
  private final MatrixMemory memory;
  private final RoomState rooms;
  private final MatrixMessages messages;
  private final Uploads uploads;
  private final MatrixSync sync;
  private final MatrixReplies replies;

  public MatrixBot(MatrixClient client, MatrixSettings settings, ConversationService conversation, Sleeper sleeper) {
    this(client, settings, conversation, sleeper, UploadPolicy.defaults());
  }

  /** @param policy what moderators may send to the corpus */
  public MatrixBot(MatrixClient client, MatrixSettings settings, ConversationService conversation, Sleeper sleeper,
      UploadPolicy policy) {
    this.client = Objects.requireNonNull(client, "client");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.conversation = Objects.requireNonNull(conversation, "conversation");
    Objects.requireNonNull(sleeper, "sleeper");
    Objects.requireNonNull(policy, "policy");
    DataFolder data = new DataFolder(settings.dataDir());
    this.memory = new MatrixMemory(data.matrixMemory());
    this.rooms = new RoomState(client, settings.roles(), memory);
    this.messages = new MatrixMessages(settings.userId());
    this.uploads = new Uploads(policy, data.uploads());
    this.replies = new MatrixReplies(client, memory);
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
    // The control room is the union's choice: whoever may invite there is trusted with it.
    if (settings.allowsInviter(inviter) || roomId.equals(settings.roles().controlRoom())) {
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
    boolean[] forTheBot = {false};
    boolean done = isolated("event " + eventId + " in " + roomId, () -> {
      Optional<MatrixMessages.Translated> asked = translate(roomId, event);
      if (asked.isPresent()) {
        forTheBot[0] = true;
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
    if (done && forTheBot[0]) {
      // Chatter between members is not remembered: seeing it again costs nothing, writing would.
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
      case MatrixMessages.Text t when t.parsed().command().required() == Role.TRAINER
          && rooms.roles(sender).contains(Role.TRAINER) && !privateRoom(roomId) ->
          replies.send(roomId, id(event), t.threadRoot(), Reply.text("prive", "Les questions des membres ne "
              + "s'affichent pas dans un salon partagé : demandez-moi « " + MatrixMessages.PREFIX
              + t.parsed().command().french() + " » en message privé, ou dans le salon de contrôle.", true), "reply");
      case MatrixMessages.Text t -> {
        Incoming incoming = voteOnRepliedAnswer(t).incoming(Platform.MATRIX, roomId, sender, "", rooms.roles(sender),
            false, null);
        replies.answer(roomId, id(event), t.threadRoot(), () -> conversation.handle(incoming));
      }
      case MatrixMessages.Upload u -> upload(roomId, event, sender, u);
      case MatrixMessages.Vote v -> vote(roomId, sender, v);
      case MatrixMessages.Encrypted e -> encrypted(roomId, event);
    }
  }

  /**
   * Whether what is said in {@code roomId} stays among the people allowed to read trainers'
   * replies: a direct conversation, or the control room. Matrix has no message seen by one person
   * only.
   */
  private boolean privateRoom(String roomId) throws IOException, InterruptedException {
    return roomId.equals(settings.roles().controlRoom()) || rooms.direct(roomId);
  }

  /** Says once per room that encrypted messages cannot be read, rather than staying silent. */
  private void encrypted(String roomId, JsonNode event) throws IOException, InterruptedException {
    if (memory.toldEncrypted(roomId)) {
      return;
    }
    replies.send(roomId, id(event), "", Reply.text("chiffrement", "Je ne peux pas lire les messages chiffrés de bout en bout. "
        + "Pour me poser une question, écrivez-moi dans un salon sans chiffrement (dans Element, à la création du "
        + "salon, désactivez « Activer le chiffrement de bout en bout »).", true), "encrypted");
    memory.tellEncrypted(roomId);
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
      Incoming refused = u.parsed().incoming(Platform.MATRIX, roomId, sender, "", roles, false, null);
      replies.answer(roomId, id(event), u.threadRoot(), () -> conversation.handle(refused)); // the core says why
      return;
    }
    Optional<String> problem = uploads.problem(u.fileName(), u.mimeType(), u.size());
    if (problem.isPresent()) {
      replies.send(roomId, id(event), u.threadRoot(), Reply.text("fichier", problem.get(), true), "reply");
      return;
    }
    String eventId = id(event);
    if (replies.pending(eventId)) {
      // Downloaded and handled already; only the sending failed.
      replies.answer(roomId, eventId, u.threadRoot(), Optional::empty);
      return;
    }
    try {
      uploads.withDownload(u.fileName(), target -> client.download(u.url(), uploads.maxBytes(), target), file -> {
        Incoming withFile = u.parsed().incoming(Platform.MATRIX, roomId, sender, "", roles, false, file);
        replies.answer(roomId, eventId, u.threadRoot(), () -> conversation.handle(withFile));
        return null;
      });
    } catch (MatrixException e) {
      if (e.transientFailure() || e.unknownToken() || replies.pending(eventId)) {
        throw e;
      }
      LOG.warn("could not download {} from the homeserver: {}", u.fileName(), e.getMessage());
      replies.send(roomId, eventId, u.threadRoot(), Reply.text("fichier", "Je n'ai pas pu télécharger « " + u.fileName()
          + " » depuis le serveur Matrix : réessayez dans un moment, ou renvoyez le fichier.", true), "reply");
    }
  }

  private void vote(String roomId, String sender, MatrixMessages.Vote v) {
    Optional<String> replyId = memory.replyId(v.answerEventId());
    if (replyId.isEmpty()) {
      return; // a reaction to another message, or to an answer too old to be remembered
    }
    // The reaction is the feedback: no thank-you message cluttering the room.
    conversation.handle(new Incoming(Platform.MATRIX, roomId, sender, "", Set.of(Role.MEMBER), false, Command.FEEDBACK,
        replyId.get(), Map.of("vote", v.helpful() ? "up" : "down"), null));
  }

  private static String id(JsonNode event) {
    return event.path("event_id").asText();
  }

  /** Tells the member their message could not be handled, if the room lets the bot speak. */
  private void tellFailure(String roomId, JsonNode event, MatrixMessages.Translated asked) throws InterruptedException {
    String threadRoot = switch (asked) {
      case MatrixMessages.Text t -> t.threadRoot();
      case MatrixMessages.Upload u -> u.threadRoot();
      case MatrixMessages.Vote v -> null; // a reaction expects no message
      case MatrixMessages.Encrypted e -> null; // nothing was asked that could be read
    };
    if (threadRoot == null) {
      return;
    }
    try {
      replies.send(roomId, id(event), threadRoot, conversation.failure(), "failure");
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
}
