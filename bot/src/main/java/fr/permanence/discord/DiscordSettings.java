package fr.permanence.discord;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the bot connects to Discord and whom it trusts.
 *
 * @param token the bot token (Developer Portal → Bot)
 * @param trainerRole name of the server role whose members are trainers
 * @param moderatorRole name of the server role whose members moderate the corpus
 * @param dataDir where attachments are downloaded before being checked
 * @param maxUploadBytes largest file accepted by {@code /corpus ajouter}
 */
public record DiscordSettings(String token, String trainerRole, String moderatorRole, Path dataDir, long maxUploadBytes) {
  public DiscordSettings {
    Objects.requireNonNull(token, "token");
    trainerRole = trainerRole == null ? "" : trainerRole.strip();
    moderatorRole = moderatorRole == null ? "" : moderatorRole.strip();
    Objects.requireNonNull(dataDir, "dataDir");
  }
}
