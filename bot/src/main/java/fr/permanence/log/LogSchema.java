package fr.permanence.log;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The log's tables, versioned with {@code PRAGMA user_version}: migration {@code n} (1-based)
 * brings a database from version {@code n-1} to {@code n}. Never edit a released migration;
 * append a new one.
 */
final class LogSchema {
  /** Each entry is one migration: the statements it runs, in order, in one transaction. */
  private static final List<List<String>> MIGRATIONS = List.of(
      List.of(
          """
          CREATE TABLE question (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,             -- epoch milliseconds, UTC
            platform TEXT NOT NULL,
            channel TEXT NOT NULL,           -- pseudonym, never a raw id
            asker TEXT NOT NULL,             -- pseudonym, never a raw id
            text TEXT NOT NULL,              -- the question, verbatim
            answerable INTEGER NOT NULL CHECK (answerable IN (0, 1)),
            latency_us INTEGER NOT NULL,
            mode TEXT NOT NULL
          )""",
          "CREATE INDEX question_at ON question(at)",
          "CREATE INDEX question_asker ON question(platform, asker)",
          """
          CREATE TABLE citation (
            question_id INTEGER NOT NULL REFERENCES question(id) ON DELETE CASCADE,
            rank INTEGER NOT NULL,           -- 0 for the best passage
            passage_id TEXT NOT NULL,
            doc TEXT NOT NULL,
            title TEXT NOT NULL,
            article TEXT,                    -- "L2312-8", or NULL outside the Code du travail
            score REAL NOT NULL,
            PRIMARY KEY (question_id, rank)
          ) WITHOUT ROWID""",
          """
          CREATE TABLE feedback (
            question_id INTEGER NOT NULL REFERENCES question(id) ON DELETE CASCADE,
            asker TEXT NOT NULL,             -- pseudonym of whoever rated
            at INTEGER NOT NULL,
            rating INTEGER NOT NULL CHECK (rating IN (-1, 1)),
            reason TEXT NOT NULL,
            PRIMARY KEY (question_id, asker)
          ) WITHOUT ROWID""",
          "CREATE INDEX feedback_asker ON feedback(asker)"));

  private LogSchema() {}

  /** The version this code writes. */
  static int currentVersion() {
    return MIGRATIONS.size();
  }

  /**
   * Brings the database up to {@link #currentVersion()}.
   *
   * @return the version found before migrating
   * @throws SQLException when a migration fails (the database is left at its previous version)
   * @throws IllegalStateException when the database was written by a newer version of the bot
   */
  static int migrate(Connection connection) throws SQLException {
    int found = version(connection);
    if (found > currentVersion()) {
      throw new IllegalStateException("the question log has schema version " + found
          + ", newer than this bot's " + currentVersion() + ": update the bot");
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      for (int v = found; v < currentVersion(); v++) {
        for (String sql : MIGRATIONS.get(v)) {
          statement.execute(sql);
        }
        // PRAGMA takes no bound parameters; v + 1 is our own integer.
        statement.execute("PRAGMA user_version = " + (v + 1));
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
    return found;
  }

  static int version(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }
}
