package fr.permanence.log;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * How the question log behaves.
 *
 * @param retention how long questions are kept before {@link QuestionLog#purge()} erases them
 * @param busyTimeout how long the background writer waits for a database locked by another process
 * @param queueCapacity questions waiting to be written beyond which new ones are dropped (never waited for)
 * @param clock the time source for retention
 * @param ticker monotonic nanoseconds ({@link System#nanoTime()}), for the back-off after a failed id
 *     reservation: a wall clock may jump, and tests step this one instead of sleeping
 */
public record LogOptions(Duration retention, Duration busyTimeout, int queueCapacity, Clock clock, LongSupplier ticker) {
  /** One year: long enough to see a year of union life, short enough for GDPR art. 5(1)(e). */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(365);
  /** Generous: only the background writer waits, never a member. */
  public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);
  /** About an hour of a very busy helpdesk; at ~1 kB each, at most ~10 MB of memory. */
  public static final int DEFAULT_QUEUE_CAPACITY = 10_000;

  public LogOptions {
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(busyTimeout, "busyTimeout");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(ticker, "ticker");
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("retention must be positive: " + retention);
    }
    if (busyTimeout.isNegative()) {
      throw new IllegalArgumentException("busy timeout must not be negative: " + busyTimeout);
    }
    if (queueCapacity < 1) {
      throw new IllegalArgumentException("queue capacity must be positive: " + queueCapacity);
    }
  }

  public static LogOptions defaults() {
    return new LogOptions(DEFAULT_RETENTION, DEFAULT_BUSY_TIMEOUT, DEFAULT_QUEUE_CAPACITY, Clock.systemUTC(), System::nanoTime);
  }

  public LogOptions withRetention(Duration value) {
    return new LogOptions(value, busyTimeout, queueCapacity, clock, ticker);
  }

  public LogOptions withBusyTimeout(Duration value) {
    return new LogOptions(retention, value, queueCapacity, clock, ticker);
  }

  public LogOptions withQueueCapacity(int value) {
    return new LogOptions(retention, busyTimeout, value, clock, ticker);
  }

  public LogOptions withClock(Clock value) {
    return new LogOptions(retention, busyTimeout, queueCapacity, value, ticker);
  }

  public LogOptions withTicker(LongSupplier value) {
    return new LogOptions(retention, busyTimeout, queueCapacity, clock, value);
  }
}
