package fr.permanence.conversation;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Limits and wording of the conversation core.
 *
 * @param contact the union's contact line shown when the bot cannot help ("permanence@… ou 01 …"),
 *     or ""
 * @param maxInputChars longest accepted message
 * @param messagesPerWindow messages one person may send per {@code window}
 * @param window the rate limit's window
 * @param zone time zone of dates shown to moderators
 */
public record ConversationSettings(
    String contact, int maxInputChars, int messagesPerWindow, Duration window, ZoneId zone) {
  /** A question longer than this is a document pasted whole, not a question: it searches badly. */
  public static final int DEFAULT_MAX_INPUT_CHARS = 1000;
  /** Six questions a minute is more than anyone types; a script or a stuck key sends more. */
  public static final int DEFAULT_MESSAGES_PER_WINDOW = 6;
  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(1);

  public ConversationSettings {
    contact = contact == null ? "" : contact.strip();
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(zone, "zone");
  }

  /** The defaults with {@code contact}, showing dates in {@code zone}. */
  public static ConversationSettings defaults(String contact, ZoneId zone) {
    return new ConversationSettings(contact, DEFAULT_MAX_INPUT_CHARS, DEFAULT_MESSAGES_PER_WINDOW, DEFAULT_WINDOW, zone);
  }
}
