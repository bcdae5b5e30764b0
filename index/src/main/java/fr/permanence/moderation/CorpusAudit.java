package fr.permanence.moderation;

import fr.permanence.files.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The audit table of corpus changes, in a SQLite file of the data folder, readable by its owner
 * only. The file is opened on first use, not at start: a damaged or locked audit never stops the
 * bot from answering; {@link #problem()} says why it cannot be used, and moderators' changes are
 * refused with that reason until it is repaired.
 *
 * <p>Thread-safe: every call opens its own connection; SQLite serialises writers, and a writer
 * from another process is waited for up to {@link #BUSY_TIMEOUT}.
 */
public final class CorpusAudit {
  /**
   * How long a call waits for another process holding the database: longer than any audit
   * write (milliseconds), shorter than a moderator's patience.
   */
  static final Duration BUSY_TIMEOUT = Duration.ofSeconds(5);

  private final Path file;
  private final String url;

  /** The audit table in {@code file}; nothing is opened yet. */
  public CorpusAudit(Path file) {
    this.file = file.toAbsolutePath();
    this.url = "jdbc:sqlite:" + this.file;
  }

  /** Records one change; throws {@link AuditUnavailableException} (French) when it cannot. */
  public void record(AuditEntry entry) {
    try (Connection c = open();
        PreparedStatement s = c.prepareStatement(
            "INSERT INTO corpus_audit (at, moderator, action, slug, checksum, archive) VALUES (?, ?, ?, ?, ?, ?)")) {
      s.setString(1, entry.at().toString());
      s.setString(2, entry.moderator());
      s.setString(3, entry.action());
      s.setString(4, entry.slug());
      s.setString(5, entry.checksum());
      s.setString(6, entry.archive());
      s.executeUpdate();
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  /** The latest {@code limit} entries, newest first; throws {@link AuditUnavailableException} when unreadable. */
  public List<AuditEntry> latest(int limit) {
    List<AuditEntry> entries = new ArrayList<>();
    try (Connection c = open();
        PreparedStatement s = c.prepareStatement(
            "SELECT at, moderator, action, slug, checksum, archive FROM corpus_audit ORDER BY id DESC LIMIT ?")) {
      s.setInt(1, limit);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          entries.add(new AuditEntry(Instant.parse(r.getString(1)), r.getString(2), r.getString(3),
              r.getString(4), r.getString(5), r.getString(6)));
        }
      }
    } catch (SQLException e) {
      throw unavailable(e);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new AuditUnavailableException(damaged("une date illisible"), e);
    }
    return entries;
  }

  /** Why the audit cannot be used now (French), or empty when it can; never throws. */
  public Optional<String> problem() {
    try (Connection c = open(); Statement s = c.createStatement()) {
      s.executeQuery("SELECT count(*) FROM corpus_audit").close();
      return Optional.empty();
    } catch (SQLException e) {
      return Optional.of(unavailable(e).getMessage());
    } catch (RuntimeException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** A connection with the table in place (created, or given its newer columns, when needed). */
  private Connection open() throws SQLException {
    try {
      OwnerOnly.createDirectories(file.getParent());
      if (!Files.exists(file)) {
        OwnerOnly.createFile(file);
      }
      OwnerOnly.restrict(file);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      // Another process created it between the check and the creation: it is there.
    } catch (IOException e) {
      throw new SQLException("cannot create " + file + ": " + e.getMessage(), e);
    }
    Properties properties = new Properties();
    properties.setProperty("busy_timeout", String.valueOf(BUSY_TIMEOUT.toMillis()));
    Connection c = DriverManager.getConnection(url, properties);
    try (Statement s = c.createStatement()) {
      s.executeUpdate("""
          CREATE TABLE IF NOT EXISTS corpus_audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            moderator TEXT NOT NULL,
            action TEXT NOT NULL,
            slug TEXT NOT NULL,
            checksum TEXT NOT NULL,
            archive TEXT NOT NULL DEFAULT '')""");
      boolean hasArchive = false;
      try (ResultSet r = s.executeQuery("PRAGMA table_info(corpus_audit)")) {
        while (r.next()) {
          hasArchive |= "archive".equals(r.getString("name"));
        }
      }
      if (!hasArchive) { // written by a version without archives
        s.executeUpdate("ALTER TABLE corpus_audit ADD COLUMN archive TEXT NOT NULL DEFAULT ''");
      }
      return c;
    } catch (SQLException e) {
      c.close();
      throw e;
    }
  }

  private AuditUnavailableException unavailable(SQLException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("SQLITE_BUSY") || message.contains("SQLITE_LOCKED")) {
      return new AuditUnavailableException("Le journal des modifications du corpus (" + file.getFileName()
          + ") est occupé par un autre programme depuis plus de " + BUSY_TIMEOUT.toSeconds()
          + " secondes : réessayez dans un instant.", e);
    }
    return new AuditUnavailableException(damaged(message), e);
  }

  private String damaged(String why) {
    return "Le journal des modifications du corpus (" + file + ") est illisible (" + why + ") : les "
        + "modifications du corpus sont suspendues tant qu'il n'est pas réparé ou mis de côté ; les réponses "
        + "continuent.";
  }
}
