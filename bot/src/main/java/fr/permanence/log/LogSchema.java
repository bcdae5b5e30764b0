package fr.permanence.log;

import fr.permanence.sql.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The log's tables, versioned per database ({@link SqlDialect#schemaVersion}): migration {@code n}
 * (1-based) brings a database from version {@code n-1} to {@code n}. Statements are templates
 * for {@link SqlDialect#ddl}. Never edit a released migration; append a new one.
 */
final class LogSchema {
  /** The component name the schema version is kept under. */
  static final String COMPONENT = "question_log";

  /** Each entry is one migration: the statements it runs, in order, in one transaction. */
  private static final List<List<String>> MIGRATIONS = List.of(
      List.of(
          """
          CREATE TABLE question (
            id {bigint} PRIMARY KEY,
            at {bigint} NOT NULL,            -- epoch milliseconds, UTC
            platform TEXT NOT NULL,
            channel TEXT NOT NULL,           -- pseudonym, never a raw id
            asker TEXT NOT NULL,             -- pseudonym, never a raw id
            text TEXT NOT NULL,              -- the question, verbatim
            answerable INTEGER NOT NULL CHECK (answerable IN (0, 1)),
            latency_us {bigint} NOT NULL,
            mode TEXT NOT NULL
          )""",
          "CREATE INDEX question_at ON question(at)",
          "CREATE INDEX question_asker ON question(platform, asker)",
          """
          CREATE TABLE citation (
            question_id {bigint} NOT NULL REFERENCES question(id) ON DELETE CASCADE,
            rank INTEGER NOT NULL,           -- 0 for the best passage
            passage_id TEXT NOT NULL,
            doc TEXT NOT NULL,
            title TEXT NOT NULL,
            article TEXT,                    -- "L2312-8", or NULL outside the Code du travail
            score REAL NOT NULL,
            PRIMARY KEY (question_id, rank)
          ){without_rowid}""",
          """
          CREATE TABLE feedback (
            question_id {bigint} NOT NULL REFERENCES question(id) ON DELETE CASCADE,
            asker TEXT NOT NULL,             -- pseudonym of whoever rated
            at {bigint} NOT NULL,
            rating INTEGER NOT NULL CHECK (rating IN (-1, 1)),
            reason TEXT NOT NULL,
            PRIMARY KEY (question_id, asker)
          ){without_rowid}""",
          "CREATE INDEX feedback_asker ON feedback(asker)"),
      List.of(
          // The answer as sent, for trainers to read; erased with its question.
          "ALTER TABLE question ADD COLUMN answer TEXT NOT NULL DEFAULT ''",
          // How strongly the best passage matched (relative score at answer time); NULL when unknown.
          "ALTER TABLE question ADD COLUMN evidence REAL",
          // The heading the passage falls under; for an article, the Code du travail's plan above it.
          "ALTER TABLE citation ADD COLUMN section TEXT NOT NULL DEFAULT ''",
          // Ids are reserved here, by every process writing the log, and never handed out twice.
          "CREATE TABLE counter (name TEXT PRIMARY KEY, next {bigint} NOT NULL)",
          "INSERT INTO counter (name, next) SELECT 'question', coalesce(max(id), 0) + 1 FROM question",
          // Settings of the log itself: the pseudonym secret's fingerprint, when it was last changed.
          "CREATE TABLE log_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
          // Gaps (unanswered subjects) a trainer marked as handled, with what was done.
          "CREATE TABLE gap_handled (gap TEXT PRIMARY KEY, at {bigint} NOT NULL, note TEXT NOT NULL)"));

  private LogSchema() {}

  /** The version this code writes. */
  static int currentVersion() {
    return MIGRATIONS.size();
  }

  /**
   * Brings the database up to {@link #currentVersion()}.
   *
   * @return the version found before migrating
   * @throws IllegalStateException when the database was written by a newer version of the bot
   */
  static int migrate(SqlDialect dialect, Connection connection) throws SQLException {
    return dialect.migrate(connection, COMPONENT, MIGRATIONS);
  }

  static int version(SqlDialect dialect, Connection connection) throws SQLException {
    return dialect.schemaVersion(connection, COMPONENT);
  }
}
