package fr.permanence.conversation;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A message or command as the adapters hand it to the conversation core.
 *
 * @param platform where it comes from
 * @param channelId the channel, room or DM it was sent in
 * @param userId the sender's platform id (pseudonymised before anything is stored)
 * @param displayName the sender's display name, or "" (never stored)
 * @param roles what the sender may do; always contains {@link Role#MEMBER}
 * @param fromBot true when another bot sent it: the core never answers bots
 * @param command what is asked
 * @param text the free text: the question, a passage id, an article number, a slug…
 * @param options named options (Discord's slash command options; "vote" for feedback…)
 * @param attachment the file sent with it, or null
 */
public record Incoming(
    Platform platform, String channelId, String userId, String displayName, Set<Role> roles, boolean fromBot,
    Command command, String text, Map<String, String> options, Attachment attachment) {
  public Incoming {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(command, "command");
    channelId = channelId == null ? "" : channelId;
    displayName = displayName == null ? "" : displayName;
    roles = roles == null ? Set.of(Role.MEMBER) : Set.copyOf(roles);
    text = text == null ? "" : text.strip();
    options = options == null ? Map.of() : Map.copyOf(options);
  }

  /**
   * The option an adapter sets on a question sent with files, to the number of files: the bot
   * reads none of them (only a moderator's corpus command takes a file), and its answer says so.
   */
  public static final String FILES_NOT_READ = "fichiers-non-lus";

  /** A plain member's command without options nor attachment. */
  public static Incoming of(Platform platform, String channelId, String userId, Command command, String text) {
    return new Incoming(platform, channelId, userId, "", Set.of(Role.MEMBER), false, command, text, Map.of(), null);
  }

  /** The option {@code name}, or "". */
  public String option(String name) {
    return options.getOrDefault(name, "").strip();
  }

  /** The same message with {@code roles}. */
  public Incoming withRoles(Set<Role> newRoles) {
    return new Incoming(platform, channelId, userId, displayName, newRoles, fromBot, command, text, options, attachment);
  }
}
