package fr.permanence.log;

import fr.permanence.sql.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statements the question log's writer applies to its connection, prepared once per
 * connection and reused. Each runs inside the connection's current transaction (autocommit off);
 * committing is the caller's. The SQL is the same on SQLite and PostgreSQL ({@code ON CONFLICT},
 * {@code RETURNING}, {@code excluded} exist on both); only {@link #checkpoint()} is SQLite's own.
 *
 * <p>Not thread-safe: used by one thread at a time, under the lock that guards its connection
 * ({@link LogWriter}).
 */
final class LogStatements {
  private static final Logger log = LoggerFactory.getLogger(LogStatements.class);

  private final Connection connection;
  private final SqlDialect dialect;
  private final PreparedStatement question;
  private final PreparedStatement citation;
  private final PreparedStatement feedback;
  private final PreparedStatement forgetRatings;
  private final PreparedStatement forgetQuestions;
  private final PreparedStatement oldest;
  private final PreparedStatement purge;
  private final PreparedStatement exists;
  private final PreparedStatement gap;
  private final PreparedStatement reserve;

  LogStatements(Connection c, SqlDialect dialect) throws SQLException {
    this.connection = c;
    this.dialect = dialect;
    reserve = c.prepareStatement("UPDATE counter SET next = next + ? WHERE name = 'question' RETURNING next");
    question = c.prepareStatement("INSERT INTO question (id, at, platform, channel, asker, text, answerable,"
        + " latency_us, mode, answer, evidence) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    citation = c.prepareStatement("INSERT INTO citation"
        + "(question_id, rank, passage_id, doc, title, article, score, section) VALUES (?,?,?,?,?,?,?,?)");
    feedback = c.prepareStatement("INSERT INTO feedback(question_id, asker, at, rating, reason)"
        + " SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM question WHERE id = ?)"
        + " ON CONFLICT (question_id, asker) DO UPDATE"
        + " SET at = excluded.at, rating = excluded.rating, reason = excluded.reason");
    forgetRatings = c.prepareStatement("DELETE FROM feedback WHERE asker = ?");
    forgetQuestions = c.prepareStatement("DELETE FROM question WHERE platform = ? AND asker = ?");
    oldest = c.prepareStatement("SELECT min(at) FROM question WHERE at < ?");
    purge = c.prepareStatement("DELETE FROM question WHERE at < ?");
    exists = c.prepareStatement("SELECT 1 FROM question WHERE id = ?");
    gap = c.prepareStatement("INSERT INTO gap_handled (gap, at, note) VALUES (?, ?, ?)"
        + " ON CONFLICT (gap) DO UPDATE SET at = excluded.at, note = excluded.note");
  }

  /** Reserves {@code n} question ids from the counter; returns the id after the last one reserved. */
  long reserve(int n) throws SQLException {
    reserve.setLong(1, n);
    try (ResultSet rs = reserve.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("the log has no question counter");
      }
      return rs.getLong(1);
    }
  }

  /** Writes a question (pseudonyms already applied) and the passages it cited, best first. */
  void insert(long id, Asked a, String channel, String asker) throws SQLException {
    PreparedStatement p = question;
    p.setLong(1, id);
    p.setLong(2, a.time().toEpochMilli());
    p.setString(3, a.platform());
    p.setString(4, channel);
    p.setString(5, asker);
    p.setString(6, a.question());
    p.setInt(7, a.answerable() ? 1 : 0);
    p.setLong(8, a.latencyMicros());
    p.setString(9, a.mode());
    p.setString(10, a.answer());
    if (Double.isNaN(a.evidence())) {
      p.setNull(11, Types.REAL);
    } else {
      p.setDouble(11, a.evidence());
    }
    p.executeUpdate();
    List<CitedPassage> cited = a.cited();
    for (int rank = 0; rank < cited.size(); rank++) {
      CitedPassage c = cited.get(rank);
      PreparedStatement q = citation;
      q.setLong(1, id);
      q.setInt(2, rank);
      q.setString(3, c.passageId());
      q.setString(4, c.doc());
      q.setString(5, c.title());
      q.setString(6, c.article());
      q.setFloat(7, c.score());
      q.setString(8, c.section());
      q.addBatch();
    }
    if (!cited.isEmpty()) {
      citation.executeBatch();
    }
  }

  /** Whether a question with this id is written. */
  boolean exists(long id) throws SQLException {
    exists.setLong(1, id);
    try (ResultSet rs = exists.executeQuery()) {
      return rs.next();
    }
  }

  /** Stores a rating, replacing the rater's previous one; false when the question is unknown. */
  boolean rate(long questionId, String asker, long atMillis, Rating rating, String reason) throws SQLException {
    PreparedStatement p = feedback;
    p.setLong(1, questionId);
    p.setString(2, asker);
    p.setLong(3, atMillis);
    p.setInt(4, rating.value());
    p.setString(5, reason);
    p.setLong(6, questionId);
    return p.executeUpdate() > 0;
  }

  /**
   * Erases a member's ratings and questions (their citations and ratings go with them).
   *
   * @param keyChanged when the pseudonym secret last changed while questions existed, or null
   */
  Erasure forget(String platform, String asker, Instant keyChanged, Duration retention) throws SQLException {
    forgetRatings.setString(1, asker);
    int ratings = forgetRatings.executeUpdate();
    forgetQuestions.setString(1, platform);
    forgetQuestions.setString(2, asker);
    int questions = forgetQuestions.executeUpdate();
    if (keyChanged == null) {
      return new Erasure(questions, ratings);
    }
    // Questions older than the secret's change are nobody's now: say they could not be erased.
    oldest.setLong(1, keyChanged.toEpochMilli());
    try (ResultSet rs = oldest.executeQuery()) {
      long first = rs.next() ? rs.getLong(1) : 0;
      if (rs.wasNull() || first == 0) {
        return new Erasure(questions, ratings);
      }
      return new Erasure(questions, ratings, keyChanged, Instant.ofEpochMilli(first).plus(retention));
    }
  }

  /** Marks a gap of the report as handled, replacing an earlier note. */
  void markGapHandled(String gapName, long atMillis, String note) throws SQLException {
    gap.setString(1, gapName);
    gap.setLong(2, atMillis);
    gap.setString(3, note);
    gap.executeUpdate();
  }

  /** Erases the questions asked before {@code beforeMillis}; returns how many went. */
  int purge(long beforeMillis) throws SQLException {
    purge.setLong(1, beforeMillis);
    return purge.executeUpdate();
  }

  /**
   * Moves erased pages out of a SQLite WAL into the (zeroed) main file, so erased text lingers
   * nowhere. Call it between transactions: it commits nothing of the caller's.
   */
  void checkpoint() {
    if (dialect != SqlDialect.SQLITE) {
      return; // PostgreSQL's autovacuum reclaims erased rows; see docs/privacy.md
    }
    try {
      // A checkpoint cannot run inside the transaction the writer keeps open between batches.
      connection.setAutoCommit(true);
      try (Statement s = connection.createStatement()) {
        s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      } finally {
        connection.setAutoCommit(false);
      }
    } catch (SQLException e) {
      // A reader holds the WAL; the next checkpoint will do it. Nothing is lost.
      log.info("question log checkpoint postponed: {}", e.getMessage());
    }
  }

  /** Closes the statements, not the connection. */
  void closeQuietly() {
    for (PreparedStatement p : List.of(question, citation, feedback, forgetRatings, forgetQuestions, oldest,
        purge, exists, gap, reserve)) {
      try {
        p.close();
      } catch (SQLException e) {
        // Statements of a broken connection may fail to close; the connection goes next.
        log.debug("question log: closing a statement failed", e);
      }
    }
  }
}
