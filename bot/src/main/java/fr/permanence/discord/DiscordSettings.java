package fr.permanence.discord;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the bot connects to Discord and whom it trusts.
 *
 * @param token the bot token (Developer Portal → Bot)
 * @param trainerRole name of the server role whose members are trainers
 * @param moderatorRole name of the server role whose members moderate the corpus
 * @param dataDir where attachments are downloaded before being checked
 * @param maxUploadBytes largest file accepted by {@code /corpus ajouter}
 * @param api Discord's REST API, ending with a slash; {@link #DEFAULT_API} but for a proxy or a test server
 * @param readyTimeout how long the gateway may take to accept the session before start-up gives up
 */
public record DiscordSettings(
    String token, String trainerRole, String moderatorRole, Path dataDir, long maxUploadBytes, URI api,
    Duration readyTimeout) {
  /** The API version JDA 6 speaks. */
  public static final URI DEFAULT_API = URI.create("https://discord.com/api/v10/");
  /**
   * Discord answers an IDENTIFY within seconds; a minute covers a slow network and JDA's own
   * back-off between attempts, and is short enough for systemd to show the failure soon.
   */
  public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(60);

  public DiscordSettings {
    Objects.requireNonNull(token, "token");
    trainerRole = trainerRole == null ? "" : trainerRole.strip();
    moderatorRole = moderatorRole == null ? "" : moderatorRole.strip();
    Objects.requireNonNull(dataDir, "dataDir");
    api = api == null ? DEFAULT_API : api.toString().endsWith("/") ? api : URI.create(api + "/");
    readyTimeout = readyTimeout == null ? DEFAULT_READY_TIMEOUT : readyTimeout;
  }

  /** With Discord's own API and the default start-up wait. */
  public DiscordSettings(String token, String trainerRole, String moderatorRole, Path dataDir, long maxUploadBytes) {
    this(token, trainerRole, moderatorRole, dataDir, maxUploadBytes, DEFAULT_API, DEFAULT_READY_TIMEOUT);
  }

  /** Never prints the token (a record's default toString would). */
  @Override
  public String toString() {
    return "DiscordSettings[api=" + api + ", trainerRole=" + trainerRole + ", moderatorRole=" + moderatorRole + "]";
  }
}
