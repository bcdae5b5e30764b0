package fr.permanence.log;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log's one writing connection, shared by the writer thread (a batch at a time) and id
 * reservations (between batches): opened when first needed, replaced after a failure (a failed
 * commit or rollback can leave it unusable, e.g. after a full disk), and the pseudonym secret
 * checked against the first connection opened.
 *
 * <p>Thread-safety: {@link #reserve} may be called from any thread; every other method only by a
 * thread holding the lock ({@link #lock}/{@link #unlock}). The lock is fair, so a reservation waits
 * for one batch at most, never for a stream of them.
 */
final class WriterConnection {
  private static final Logger log = LoggerFactory.getLogger(WriterConnection.class);

  /** The longest a member waits for ids to be reserved (the writer finishing a batch, another process's lock). */
  private static final Duration RESERVE_WAIT = Duration.ofSeconds(1);

  private final LogConfig config;
  private final LogOptions options;
  private final Pseudonymizer pseudonyms;
  private final ReentrantLock lock = new ReentrantLock(true);
  /** The connection, null until opened and after a failure; its statements, prepared on it. */
  private Connection connection;
  private LogStatements sql;
  /** When the pseudonym secret last changed while questions existed, or null; set on connecting. */
  private Instant keyChanged;
  /** Whether the secret was checked against the log since opening. */
  private boolean keyChecked;
  /**
   * Whether the last attempt to connect failed (read without the lock by {@link LogWriter#close}):
   * the database is down, locked or silent, and another attempt would most likely wait its full
   * timeout again.
   */
  private volatile boolean unreachable;

  /**
   * Takes {@code opened} as the connection, checking the pseudonym secret against it at once so a
   * change is reported at start-up.
   *
   * @param opened the log's connection, or null when opening it just failed (it is tried again when first needed)
   */
  WriterConnection(LogConfig config, LogOptions options, Pseudonymizer pseudonyms, Connection opened) {
    this.config = config;
    this.options = options;
    this.pseudonyms = pseudonyms;
    this.unreachable = opened == null;
    if (opened != null) {
      lock.lock();
      try {
        adopt(opened);
      } catch (SQLException e) {
        log.warn("question log {}: checking the pseudonym secret failed ({}); retried on the next write",
            config.describe(), e.getMessage());
        closeQuietly(opened);
      } finally {
        lock.unlock();
      }
    }
  }

  void lock() {
    lock.lock();
  }

  void unlock() {
    lock.unlock();
  }

  /** Whether there is a connection, opening one when there is none; false when the database is unusable. */
  boolean connected() {
    if (connection != null && sql != null) {
      return true;
    }
    try {
      if (connection == null) {
        adopt(LogDatabase.openForWriting(config, options.busyTimeout()));
      }
      sql = new LogStatements(connection, config.dialect());
      unreachable = false;
      return true;
    } catch (SQLException | IOException | RuntimeException e) {
      log.warn("question log {} still unavailable: {}", config.describe(), e.getMessage());
      unreachable = true;
      disconnect();
      return false;
    }
  }

  /** Whether the last attempt to connect failed; safe without the lock. */
  boolean unreachable() {
    return unreachable;
  }

  /** The statements of the current connection; only after {@link #connected} said true. */
  LogStatements sql() {
    return sql;
  }

  void commit() throws SQLException {
    connection.commit();
  }

  /** When the pseudonym secret last changed while questions existed, or null. */
  Instant keyChanged() {
    return keyChanged;
  }

  /** Whether question {@code id} is in the log (a commit reported as failed may have written it). */
  boolean written(long id) throws SQLException {
    boolean found = sql.exists(id);
    connection.commit();
    return found;
  }

  /** Drops the connection and its statements; the next {@link #connected} opens a new one. */
  void disconnect() {
    if (sql != null) {
      sql.closeQuietly();
      sql = null;
    }
    closeQuietly(connection);
    connection = null;
  }

  /**
   * Reserves {@code n} ids, between two of the writer's batches, in a transaction of its own;
   * another process's lock is waited for up to the busy timeout.
   *
   * @return the id after the last one reserved
   */
  long reserve(int n) throws SQLException {
    try {
      if (!lock.tryLock(RESERVE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new SQLException("the question log writer is busy");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while reserving ids", e);
    }
    try {
      for (int attempt = 0; ; attempt++) {
        if (!connected()) {
          throw new SQLException("the question log database cannot be reached");
        }
        try {
          long end = sql.reserve(n);
          connection.commit();
          return end;
        } catch (SQLException e) {
          disconnect();
          // A server that dropped the connection may take a new one at once; anything else waits.
          if (attempt > 0 || !config.dialect().connectionLost(e)) {
            throw e;
          }
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /** Takes a freshly opened connection as the log's, checking the secret against it the first time. */
  private void adopt(Connection opened) throws SQLException {
    if (!keyChecked) {
      keyChanged = KeyCheck.verify(opened, pseudonyms, options.clock().instant(), config);
      keyChecked = true;
    }
    opened.setAutoCommit(false);
    connection = opened;
  }

  static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // A connection broken by the failure being handled may not close cleanly; it is dropped anyway.
      log.debug("question log: closing the database failed", e);
    }
  }
}
