package fr.permanence.matrix;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How the bot reaches its homeserver and whom it listens to.
 *
 * @param homeserver the homeserver's base address, e.g. https://matrix.example.org
 * @param accessToken the bot account's access token
 * @param userId the bot's Matrix id, e.g. @permanence:example.org
 * @param allowedUsers users whose invitations the bot accepts (@alice:example.org)
 * @param allowedServers servers whose users' invitations the bot accepts (example.org)
 * @param dataDir where the sync token and the bot's memory of its rooms are kept
 * @param roles who is a trainer or a moderator
 * @param syncTimeout how long one /sync long-poll waits for events
 */
public record MatrixSettings(
    URI homeserver, String accessToken, String userId, Set<String> allowedUsers, Set<String> allowedServers,
    Path dataDir, MatrixRoles roles, Duration syncTimeout) {
  /** Long enough to spare the server, short enough to notice a shutdown quickly. */
  public static final Duration DEFAULT_SYNC_TIMEOUT = Duration.ofSeconds(30);

  public MatrixSettings {
    Objects.requireNonNull(homeserver, "homeserver");
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(userId, "userId");
    allowedUsers = Set.copyOf(allowedUsers);
    allowedServers = Set.copyOf(allowedServers);
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(roles, "roles");
    Objects.requireNonNull(syncTimeout, "syncTimeout");
  }

  /** Whether an invitation from {@code inviter} may be accepted. */
  public boolean allowsInviter(String inviter) {
    int colon = inviter.indexOf(':');
    return allowedUsers.contains(inviter) || (colon > 0 && allowedServers.contains(inviter.substring(colon + 1)));
  }
}
