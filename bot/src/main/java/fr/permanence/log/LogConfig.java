package fr.permanence.log;

import fr.permanence.sql.Database;
import fr.permanence.sql.SqlDialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Where the question log lives and how long it keeps questions, read from the environment:
 *
 * <ul>
 *   <li>{@code PERMANENCE_LOG_URL}: {@code jdbc:postgresql://host:port/base} to share one log between
 *       several bot instances (the corpus audit is kept there too); unset, the log is
 *       {@value LogDatabase#FILE_NAME} in the data folder;
 *   <li>{@code PERMANENCE_LOG_USER}, {@code PERMANENCE_LOG_PASSWORD} (or
 *       {@code PERMANENCE_LOG_PASSWORD_FILE}): the server account;
 *   <li>{@code PERMANENCE_LOG_SECRET_FILE}: the pseudonym secret, the same file content on every
 *       instance sharing a log (default {@value LogDatabase#SECRET_FILE_NAME} in the data folder,
 *       created on first run); never stored in the database;
 *   <li>{@code PERMANENCE_LOG_RETENTION_DAYS}: how long questions are kept (default 365).
 * </ul>
 *
 * @param url the JDBC address of the log
 * @param user the database account, or "" (SQLite has none)
 * @param password the account's password, or ""
 * @param secretFile the pseudonym secret's file
 * @param retention how long questions are kept
 */
public record LogConfig(String url, String user, String password, Path secretFile, Duration retention) {
  public LogConfig {
    Database database = new Database(url, user, password);
    user = database.user();
    password = database.password();
    Objects.requireNonNull(secretFile, "secretFile");
    Objects.requireNonNull(retention, "retention");
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("La durée de conservation doit être positive : " + retention.toDays() + " jours.");
    }
  }

  /** The SQLite log of a data folder, with its secret beside it and the default retention. */
  public static LogConfig sqlite(Path dataDir) {
    return new LogConfig(Database.sqlite(LogDatabase.file(dataDir)).url(), "", "",
        dataDir.resolve(LogDatabase.SECRET_FILE_NAME), LogOptions.DEFAULT_RETENTION);
  }

  /**
   * The log configured by the environment for a data folder.
   *
   * @throws IllegalArgumentException in French, for a value it cannot use
   */
  public static LogConfig from(Map<String, String> env, Path dataDir) {
    LogConfig base = sqlite(dataDir);
    String url = value(env, "PERMANENCE_LOG_URL");
    String password = value(env, "PERMANENCE_LOG_PASSWORD");
    String passwordFile = value(env, "PERMANENCE_LOG_PASSWORD_FILE");
    if (password.isEmpty() && !passwordFile.isEmpty()) {
      try {
        password = Files.readString(Path.of(passwordFile), StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new IllegalArgumentException("PERMANENCE_LOG_PASSWORD_FILE : impossible de lire " + passwordFile
            + " (" + e.getMessage() + ").", e);
      }
    }
    String secret = value(env, "PERMANENCE_LOG_SECRET_FILE");
    String days = value(env, "PERMANENCE_LOG_RETENTION_DAYS");
    Duration retention = base.retention();
    if (!days.isEmpty()) {
      try {
        retention = Duration.ofDays(Long.parseLong(days));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("PERMANENCE_LOG_RETENTION_DAYS doit être un nombre de jours, pas « "
            + days + " ».", e);
      }
    }
    return new LogConfig(url.isEmpty() ? base.url() : url, value(env, "PERMANENCE_LOG_USER"), password,
        secret.isEmpty() ? base.secretFile() : Path.of(secret), retention);
  }

  private static String value(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null ? "" : v.strip();
  }

  /** Where the log lives, with its account. */
  public Database database() {
    return new Database(url, user, password);
  }

  public SqlDialect dialect() {
    return database().dialect();
  }

  /** The SQLite file, or null when the log is on a server. */
  public Path sqliteFile() {
    return database().sqliteFile();
  }

  /** The same log somewhere else (for {@code log migrate}). */
  public LogConfig withUrl(String otherUrl, String otherUser, String otherPassword) {
    return new LogConfig(otherUrl, otherUser, otherPassword, secretFile, retention);
  }

  /** The log's options with this retention. */
  public LogOptions options() {
    return LogOptions.defaults().withRetention(retention);
  }

  /** Where the log is, for messages: the file, or the address without credentials. */
  public String describe() {
    return database().describe();
  }

  /** Never prints the password. */
  @Override
  public String toString() {
    return "LogConfig[" + describe() + ", user=" + user + ", retention=" + retention.toDays() + "d]";
  }

}
