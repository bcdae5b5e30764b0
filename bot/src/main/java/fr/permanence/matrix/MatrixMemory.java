package fr.permanence.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.permanence.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the bot must remember across restarts, in {@code matrix-memory.json}: the events it has
 * handled (so that none is answered or logged twice when a batch comes again), its answers'
 * event ids with the core's reply ids (so that 👍/👎 on an answer given before a restart still
 * count), and what it learnt of its rooms (joined member counts, rooms marked direct, rooms told
 * that it cannot read encrypted messages). Each part
 * is bounded, oldest forgotten first. Room and event ids only: nothing here names a person.
 *
 * <p>Not thread-safe: used by the sync thread only.
 */
final class MatrixMemory {
  private static final Logger LOG = LoggerFactory.getLogger(MatrixMemory.class);
  /**
   * Handled events kept: a batch comes again only when its {@code since} was not saved, so a few
   * batches' worth suffice; a thousand is hours of a busy union's rooms.
   */
  static final int HANDLED_EVENTS = 1000;
  /** Answers whose reactions still count as feedback: weeks of questions. */
  static final int ANSWERS = 5000;
  /** Rooms remembered: far more than a union's bot is in. */
  static final int ROOMS = 10_000;

  private final ObjectMapper json = new ObjectMapper();
  private final Path file;
  private final Map<String, Boolean> handled = bounded(HANDLED_EVENTS);
  private final Map<String, String> answers = bounded(ANSWERS);
  private final Map<String, Integer> joinedCounts = bounded(ROOMS);
  private final Map<String, Boolean> markedDirect = bounded(ROOMS);
  private final Map<String, Boolean> toldEncrypted = bounded(ROOMS);
  private boolean changed;

  /** @param file where the memory is kept ({@code DataFolder.matrixMemory()}) */
  MatrixMemory(Path file) {
    this.file = file;
    load();
  }

  boolean handled(String eventId) {
    return handled.containsKey(eventId);
  }

  void markHandled(String eventId) {
    changed |= handled.put(eventId, Boolean.TRUE) == null;
  }

  /** The core's reply id of the answer sent as {@code eventId}. */
  Optional<String> replyId(String eventId) {
    return Optional.ofNullable(answers.get(eventId));
  }

  void rememberAnswer(String eventId, String replyId) {
    answers.put(eventId, replyId);
    changed = true;
  }

  /** Whether {@code eventId} is one of the bot's answers. */
  boolean isAnswer(String eventId) {
    return answers.containsKey(eventId);
  }

  Optional<Integer> joinedCount(String roomId) {
    return Optional.ofNullable(joinedCounts.get(roomId));
  }

  void joinedCount(String roomId, int count) {
    changed |= !Integer.valueOf(count).equals(joinedCounts.put(roomId, count));
  }

  /** The count is no longer known: people joined or left and the server did not say how many remain. */
  void forgetJoinedCount(String roomId) {
    changed |= joinedCounts.remove(roomId) != null;
  }

  /** Whether the room was marked direct (the invitation's {@code is_direct}, the account's {@code m.direct}). */
  boolean markedDirect(String roomId) {
    return markedDirect.containsKey(roomId);
  }

  void markDirect(String roomId) {
    changed |= markedDirect.put(roomId, Boolean.TRUE) == null;
  }

  /** Whether the room was told that the bot cannot read encrypted messages. */
  boolean toldEncrypted(String roomId) {
    return toldEncrypted.containsKey(roomId);
  }

  void tellEncrypted(String roomId) {
    changed |= toldEncrypted.put(roomId, Boolean.TRUE) == null;
  }

  /** Writes the memory if anything changed since the last save. */
  void save() {
    if (!changed) {
      return;
    }
    ObjectNode root = json.createObjectNode();
    handled.keySet().forEach(root.putArray("handled")::add);
    ObjectNode a = root.putObject("answers");
    answers.forEach(a::put);
    ObjectNode counts = root.putObject("joinedCounts");
    joinedCounts.forEach(counts::put);
    markedDirect.keySet().forEach(root.putArray("direct")::add);
    toldEncrypted.keySet().forEach(root.putArray("toldEncrypted")::add);
    try {
      AtomicFiles.writeString(file, root.toString());
      changed = false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the Matrix bot's memory " + file, e);
    }
  }

  private void load() {
    try {
      if (!Files.isRegularFile(file)) {
        return;
      }
      JsonNode root = json.readTree(file.toFile());
      root.path("handled").forEach(id -> handled.put(id.asText(), Boolean.TRUE));
      root.path("answers").properties().forEach(e -> answers.put(e.getKey(), e.getValue().asText()));
      root.path("joinedCounts").properties().forEach(e -> joinedCounts.put(e.getKey(), e.getValue().asInt()));
      root.path("direct").forEach(id -> markedDirect.put(id.asText(), Boolean.TRUE));
      root.path("toldEncrypted").forEach(id -> toldEncrypted.put(id.asText(), Boolean.TRUE));
    } catch (IOException e) {
      // A damaged file must not keep the bot from starting: set it aside for inspection, start afresh.
      Path aside = file.resolveSibling(file.getFileName() + ".damaged");
      LOG.error("the Matrix bot's memory {} is unreadable ({}); moved to {}, starting afresh", file, e.getMessage(), aside);
      try {
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException moveFailed) {
        throw new UncheckedIOException("cannot set aside the damaged Matrix memory " + file, moveFailed);
      }
    }
  }

  /** A map keeping its {@code max} most recently inserted entries; not thread-safe, as its users. */
  static <V> Map<String, V> bounded(int max) {
    return new LinkedHashMap<>(16, 0.75f, false) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > max;
      }
    };
  }
}
