package fr.permanence.moderation;

import fr.permanence.files.AtomicFiles;
import fr.permanence.sql.Database;
import fr.permanence.sql.SqlDialect;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The audit table of corpus changes: a SQLite file of the data folder, readable by its owner
 * only, or the {@code corpus_audit} table of the PostgreSQL server that keeps the question log.
 * The database is opened on first use, not at start: a damaged, locked or unreachable audit
 * never stops the bot from answering; {@link #problem()} says why it cannot be used, and
 * moderators' changes are refused with that reason until it is repaired.
 *
 * <p>Each line names the corpus it concerns (the data folder's {@link
 * fr.permanence.files.DataFolder#corpusId() id}): instances sharing a server each read and
 * restore their own changes only. Lines written before there were ids (in a folder's own SQLite
 * file) belong to that folder.
 *
 * <p>Thread-safe: every call opens its own connection; the database serialises writers, and a
 * writer from another process is waited for up to {@link #BUSY_TIMEOUT}.
 */
public final class CorpusAudit {
  /**
   * How long a call waits for another process holding the database: longer than any audit
   * write (milliseconds), shorter than a moderator's patience.
   */
  static final Duration BUSY_TIMEOUT = Duration.ofSeconds(5);
  /** The component the audit's schema version is kept under (beside the question log's, on a server). */
  static final String COMPONENT = "corpus_audit";

  /**
   * Migration {@code n} (1-based) brings the table from version {@code n-1} to {@code n}; never
   * edit a released one. The first creates the table only when missing: files written before
   * versions were kept have it already.
   */
  private static final List<List<String>> MIGRATIONS = List.of(
      List.of("""
          CREATE TABLE IF NOT EXISTS corpus_audit (
            id {identity},
            at TEXT NOT NULL,                -- ISO-8601 instant, UTC
            moderator TEXT NOT NULL,         -- pseudonym, never a platform id
            action TEXT NOT NULL,
            slug TEXT NOT NULL,
            checksum TEXT NOT NULL,
            archive TEXT NOT NULL DEFAULT ''
          )"""),
      List.of(
          // Which data folder's corpus a line concerns, when several instances share the table.
          "ALTER TABLE corpus_audit ADD COLUMN corpus TEXT NOT NULL DEFAULT ''",
          "CREATE INDEX corpus_audit_corpus ON corpus_audit(corpus, id)"));

  private final Database database;
  private final Path idFile;

  /**
   * The audit in {@code database}; nothing is opened yet.
   *
   * @param idFile the file holding this corpus's id (created on first use)
   */
  public CorpusAudit(Database database, Path idFile) {
    this.database = Objects.requireNonNull(database, "database");
    this.idFile = Objects.requireNonNull(idFile, "idFile").toAbsolutePath();
  }

  /** Records one change; throws {@link AuditUnavailableException} (French) when it cannot. */
  public void record(AuditEntry entry) {
    try (Connection c = open();
        PreparedStatement s = c.prepareStatement("INSERT INTO corpus_audit"
            + " (at, moderator, action, slug, checksum, archive, corpus) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, entry.at().toString());
      s.setString(2, entry.moderator());
      s.setString(3, entry.action());
      s.setString(4, entry.slug());
      s.setString(5, entry.checksum());
      s.setString(6, entry.archive());
      s.setString(7, corpusId());
      s.executeUpdate();
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  /** The latest {@code limit} entries, newest first; throws {@link AuditUnavailableException} when unreadable. */
  public List<AuditEntry> latest(int limit) {
    List<AuditEntry> entries = new ArrayList<>();
    try (Connection c = open();
        PreparedStatement s = c.prepareStatement("SELECT at, moderator, action, slug, checksum, archive"
            + " FROM corpus_audit WHERE corpus IN (?, ?) ORDER BY id DESC LIMIT ?")) {
      s.setString(1, corpusId());
      s.setString(2, database.dialect() == SqlDialect.SQLITE ? "" : corpusId());
      s.setInt(3, limit);
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
    Connection c;
    try {
      c = database.connectForWriting(BUSY_TIMEOUT);
    } catch (IOException e) {
      throw new SQLException("cannot create " + database.describe() + ": " + e.getMessage(), e);
    }
    try {
      if (database.dialect() == SqlDialect.SQLITE) {
        addArchiveColumn(c);
      }
      database.dialect().migrate(c, COMPONENT, MIGRATIONS);
      return c;
    } catch (SQLException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  /** A file written before archives were kept has the table without its archive column: add it. */
  private static void addArchiveColumn(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      boolean table = false;
      boolean archive = false;
      try (ResultSet r = s.executeQuery("PRAGMA table_info(corpus_audit)")) {
        while (r.next()) {
          table = true;
          archive |= "archive".equals(r.getString("name"));
        }
      }
      if (table && !archive) {
        s.executeUpdate("ALTER TABLE corpus_audit ADD COLUMN archive TEXT NOT NULL DEFAULT ''");
      }
    }
  }

  /** This corpus's id, made on first use. */
  private String corpusId() throws SQLException {
    try {
      String id = AtomicFiles.writeStringOnce(idFile, UUID.randomUUID() + "\n").strip();
      if (id.isEmpty()) {
        throw new SQLException(idFile + " is empty: delete it, a new id will be made");
      }
      return id;
    } catch (IOException e) {
      throw new SQLException("cannot read or create " + idFile + ": " + e.getMessage(), e);
    }
  }

  private AuditUnavailableException unavailable(SQLException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("SQLITE_BUSY") || message.contains("SQLITE_LOCKED")) {
      return new AuditUnavailableException("Le journal des modifications du corpus (" + where()
          + ") est occupé par un autre programme depuis plus de " + BUSY_TIMEOUT.toSeconds()
          + " secondes : réessayez dans un instant.", e);
    }
    if (database.dialect() != SqlDialect.SQLITE && database.dialect().unavailable(e)) {
      return new AuditUnavailableException("Le journal des modifications du corpus (" + where()
          + ") est injoignable pour l'instant (" + message + ") : réessayez dans un instant ; les réponses continuent.",
          e);
    }
    return new AuditUnavailableException(damaged(message), e);
  }

  /** The file's name, or the server's address without credentials. */
  private String where() {
    Path file = database.sqliteFile();
    return file == null ? database.describe() : file.getFileName().toString();
  }

  private String damaged(String why) {
    return "Le journal des modifications du corpus (" + database.describe() + ") est illisible (" + why + ") : les "
        + "modifications du corpus sont suspendues tant qu'il n'est pas réparé ou mis de côté ; les réponses "
        + "continuent.";
  }
}
