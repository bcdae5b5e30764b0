package fr.permanence.conversation;

import fr.permanence.answer.Citation;
import java.util.List;
import java.util.Objects;

/**
 * The core's platform-neutral reply; adapters only lay it out.
 *
 * @param id a short id of this reply, which feedback refers to
 * @param title a heading (the cited passage's source when showing a passage), or ""
 * @param text the French message, plain text with « » quotes; may be long, adapters cut it to
 *     their limits
 * @param sources the citations of the quoted passages, best first
 * @param actions buttons or reactions offered with it
 * @param ephemeral seen by the asker only
 * @param file a file sent with it, or null
 */
public record Reply(
    String id, String title, String text, List<Citation> sources, List<Action> actions, boolean ephemeral,
    ReplyFile file) {
  public Reply {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    title = title == null ? "" : title;
    sources = List.copyOf(sources);
    actions = List.copyOf(actions);
  }

  /** A plain message. */
  public static Reply text(String id, String text, boolean ephemeral) {
    return new Reply(id, "", text, List.of(), List.of(), ephemeral, null);
  }
}
