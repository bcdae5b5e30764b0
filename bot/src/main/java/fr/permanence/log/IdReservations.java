package fr.permanence.log;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out question ids that no other process writing the same log can also hand out, and that
 * are never handed out again (an erased question's id stays unused): ids are reserved in blocks
 * from the log's {@code counter} row, which only grows. Blocks start at one id (a one-shot
 * {@code ask} wastes none) and double up to {@value #MAX_BLOCK}, so a busy bot reserves rarely.
 *
 * <p>Thread-safe: {@link #next()} is synchronized; it uses a connection of its own, not the writer's.
 */
final class IdReservations implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(IdReservations.class);
  /** A reservation per 64 questions: a round trip every few minutes on the busiest helpdesk. */
  static final int MAX_BLOCK = 64;
  /** A member may wait this long for a reservation at worst (a lock held by another process). */
  private static final Duration MAX_WAIT = Duration.ofMillis(500);
  /** After a failed reservation, questions go unlogged at once for this long instead of each waiting. */
  private static final Duration BACK_OFF = Duration.ofSeconds(5);

  private final LogConfig config;
  private final Duration busyTimeout;
  private Connection connection;
  private long next;
  private long end;
  private int block = 1;
  private long retryAfterNanos;
  private boolean failedBefore;

  IdReservations(LogConfig config, Duration busyTimeout) {
    this.config = config;
    this.busyTimeout = busyTimeout.compareTo(MAX_WAIT) < 0 ? busyTimeout : MAX_WAIT;
  }

  /** The next id, or -1 when none can be reserved now (database unavailable: the question is not logged). */
  synchronized long next() {
    if (next >= end && !reserve()) {
      return -1;
    }
    return next++;
  }

  private boolean reserve() {
    if (failedBefore && System.nanoTime() - retryAfterNanos < 0) {
      return false;
    }
    try {
      if (connection != null) {
        try {
          return reserveOn(connection);
        } catch (SQLException e) {
          if (!config.dialect().connectionLost(e)) {
            throw e;
          }
          // The kept connection died (server restarted): one more try at once on a new one.
          log.info("question log: id connection lost ({}); reconnecting", e.getMessage());
          close();
        }
      }
      connection = config.dialect().connect(config.url(), config.user(), config.password(), busyTimeout);
      return reserveOn(connection);
    } catch (SQLException e) {
      // Locked past the timeout, disk full, server gone: try a new connection after a pause.
      log.warn("question log: no id could be reserved ({}); questions are not logged for the next {} s",
          e.getMessage(), BACK_OFF.toSeconds());
      failedBefore = true;
      retryAfterNanos = System.nanoTime() + BACK_OFF.toNanos();
      close();
      return false;
    }
  }

  private boolean reserveOn(Connection connection) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(
        "UPDATE counter SET next = next + ? WHERE name = 'question' RETURNING next")) {
      p.setLong(1, block);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("the log has no question counter");
        }
        end = rs.getLong(1);
        next = end - block;
      }
    }
    block = Math.min(MAX_BLOCK, block * 2);
    failedBefore = false;
    return true;
  }

  @Override
  public synchronized void close() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // Closing a broken connection may fail too; it is dropped either way.
        log.debug("question log: closing the id connection failed", e);
      }
      connection = null;
    }
  }
}
