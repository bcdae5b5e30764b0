package fr.permanence.corpus;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The audit table of corpus changes, in a SQLite file of the data directory. */
public final class CorpusAudit {
  /** The SQLite file's name inside the data directory. */
  public static final String FILE = "corpus-audit.sqlite";

  private final String url;

  /** Opens (and creates when needed) the audit table in {@code dataDir}. */
  public CorpusAudit(Path dataDir) {
    this.url = "jdbc:sqlite:" + dataDir.resolve(FILE).toAbsolutePath();
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.executeUpdate("""
          CREATE TABLE IF NOT EXISTS corpus_audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            moderator TEXT NOT NULL,
            action TEXT NOT NULL,
            slug TEXT NOT NULL,
            checksum TEXT NOT NULL)""");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open the corpus audit table " + url, e);
    }
  }

  /** Records one change. */
  public void record(AuditEntry entry) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(
            "INSERT INTO corpus_audit (at, moderator, action, slug, checksum) VALUES (?, ?, ?, ?, ?)")) {
      s.setString(1, entry.at().toString());
      s.setString(2, entry.moderator());
      s.setString(3, entry.action());
      s.setString(4, entry.slug());
      s.setString(5, entry.checksum());
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write to the corpus audit table " + url + ": " + entry, e);
    }
  }

  /** The latest {@code limit} entries, newest first. */
  public List<AuditEntry> latest(int limit) {
    List<AuditEntry> entries = new ArrayList<>();
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(
            "SELECT at, moderator, action, slug, checksum FROM corpus_audit ORDER BY id DESC LIMIT ?")) {
      s.setInt(1, limit);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          entries.add(new AuditEntry(Instant.parse(r.getString(1)), r.getString(2), r.getString(3),
              r.getString(4), r.getString(5)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the corpus audit table " + url, e);
    }
    return entries;
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url);
  }
}
