package fr.permanence.log;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out question ids that no other process writing the same log can also hand out, and that
 * are never handed out again (an erased question's id stays unused): ids are reserved in blocks
 * from the log's {@code counter} row, which only grows. Blocks start at one id (a one-shot
 * {@code ask} wastes none) and double up to {@value #MAX_BLOCK}, so a busy bot reserves rarely.
 * After a failed reservation (database locked past the wait, full, unreachable), questions go
 * unlogged at once for a short while rather than each making a member wait.
 *
 * <p>Thread-safe: {@link #next()} is synchronized.
 */
final class IdReservations {
  private static final Logger log = LoggerFactory.getLogger(IdReservations.class);
  /** A reservation per 64 questions: a round trip every few minutes on the busiest helpdesk. */
  static final int MAX_BLOCK = 64;
  /** After a failed reservation, questions go unlogged at once for this long instead of each waiting. */
  private static final Duration BACK_OFF = Duration.ofSeconds(5);

  /** Reserves {@code n} ids in the database; returns the id after the last one reserved. */
  @FunctionalInterface
  interface Reserver {
    long reserve(int n) throws SQLException;
  }

  private final Reserver reserver;
  /** Monotonic nanoseconds ({@link System#nanoTime()} outside tests). */
  private final LongSupplier ticker;
  private long next;
  private long end;
  private int block = 1;
  private long retryAfterNanos;
  private boolean failedBefore;

  IdReservations(Reserver reserver, LongSupplier ticker) {
    this.reserver = reserver;
    this.ticker = ticker;
  }

  /** The next id, or -1 when none can be reserved now (database unavailable: the question is not logged). */
  synchronized long next() {
    if (next >= end && !reserve()) {
      return -1;
    }
    return next++;
  }

  private boolean reserve() {
    if (failedBefore && ticker.getAsLong() - retryAfterNanos < 0) {
      return false;
    }
    try {
      end = reserver.reserve(block);
      next = end - block;
      block = Math.min(MAX_BLOCK, block * 2);
      failedBefore = false;
      return true;
    } catch (SQLException e) {
      log.warn("question log: no id could be reserved ({}); questions are not logged for the next {} s",
          e.getMessage(), BACK_OFF.toSeconds());
      failedBefore = true;
      retryAfterNanos = ticker.getAsLong() + BACK_OFF.toNanos();
      return false;
    }
  }
}
