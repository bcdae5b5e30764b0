package fr.permanence.conversation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A line of text read by {@link CommandGrammar}: the command, its free text and its named
 * options.
 *
 * @param command what is asked
 * @param text what follows the command words, options taken out (the question, an article
 *     number, a document's short name…)
 * @param options named options: "vote" and "raison" for feedback, "titre", "annee"… written
 *     {@code --titre …} for corpus commands, "unknown" for a mistyped command word
 */
public record ParsedCommand(Command command, String text, Map<String, String> options) {
  public ParsedCommand {
    Objects.requireNonNull(command, "command");
    text = text == null ? "" : text.strip();
    options = options == null ? Map.of() : Map.copyOf(options);
  }

  /** The option {@code name}, or "". */
  public String option(String name) {
    return options.getOrDefault(name, "");
  }

  /**
   * The text's words, where a quoted part ("…", '…' or « … ») is one word without its quotes:
   * {@code "Mon guide.pdf" guide} gives two words.
   */
  public List<String> words() {
    return CommandGrammar.words(text);
  }

  /** The message the core handles, as sent by {@code userId} with {@code roles} on {@code platform}. */
  public Incoming incoming(Platform platform, String channelId, String userId, String displayName, Set<Role> roles,
      boolean fromBot, Attachment attachment) {
    return new Incoming(platform, channelId, userId, displayName, roles, fromBot, command, text, options, attachment);
  }

  /** A copy with {@code text} and {@code extra} options added (the adapter's own reading). */
  public ParsedCommand with(String newText, Map<String, String> extra) {
    Map<String, String> merged = new HashMap<>(options);
    merged.putAll(extra);
    return new ParsedCommand(command, newText, merged);
  }
}
