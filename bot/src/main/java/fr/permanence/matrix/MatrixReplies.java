package fr.permanence.matrix;

import fr.permanence.conversation.Action;
import fr.permanence.conversation.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the core's replies to a room: an {@code m.notice} replying to the event (in its thread),
 * 👍/👎 reactions under an answer, and the answer's event id remembered for the votes to come.
 * Sending is idempotent: each event's reply has a transaction id derived from the event, so the
 * homeserver drops a second copy; a reply computed but not delivered (the homeserver went away)
 * is kept and sent again as it is when the event comes again, so the core neither answers nor
 * logs twice.
 *
 * <p>Not thread-safe: used by the sync thread only.
 */
final class MatrixReplies {
  private static final Logger LOG = LoggerFactory.getLogger(MatrixReplies.class);
  private static final String UP = "👍";
  private static final String DOWN = "👎";
  /** Replies waiting to be sent again: a batch is tried again until it passes, so a few suffice. */
  private static final int PENDING_REPLIES = 100;

  private final MatrixClient client;
  private final MatrixMemory memory;
  private final MatrixFormat format = new MatrixFormat();
  private final Map<String, Reply> pending = MatrixMemory.bounded(PENDING_REPLIES);

  MatrixReplies(MatrixClient client, MatrixMemory memory) {
    this.client = client;
    this.memory = memory;
  }

  /** Whether a reply to {@code eventId} was computed but not delivered yet. */
  boolean pending(String eventId) {
    return pending.containsKey(eventId);
  }

  /**
   * Sends the reply to {@code eventId}: the pending one if there is one, else what {@code core}
   * answers (nothing when it stays silent).
   */
  void answer(String roomId, String eventId, String threadRoot, Supplier<Optional<Reply>> core)
      throws IOException, InterruptedException {
    Reply reply = pending.get(eventId);
    if (reply == null) {
      Optional<Reply> fresh = core.get();
      if (fresh.isEmpty()) {
        return;
      }
      reply = fresh.get();
      pending.put(eventId, reply);
    }
    send(roomId, eventId, threadRoot, reply, "reply");
    pending.remove(eventId);
  }

  /**
   * Sends {@code reply} in reply to {@code eventId} (in the thread rooted at {@code threadRoot}
   * unless ""), with 👍/👎 reactions under an answer; {@code purpose} tells apart several messages
   * answering the same event.
   */
  void send(String roomId, String eventId, String threadRoot, Reply reply, String purpose)
      throws IOException, InterruptedException {
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
