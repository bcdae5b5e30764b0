package fr.permanence.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * At most {@code limit} messages per person within a sliding {@code window}, and one notice per
 * person and window when they go over. Safe for use by several threads (every method is
 * synchronized).
 */
final class RateLimiter {
  /** Above this many tracked people, those idle for a whole window are forgotten. */
  private static final int PURGE_ABOVE = 10_000;

  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> recent = new HashMap<>();
  /** Until when each person refused has been told: more refusals before then stay silent. */
  private final Map<String, Instant> toldUntil = new HashMap<>();

  RateLimiter(int limit, Duration window, Clock clock) {
    if (limit < 1) {
      throw new IllegalArgumentException("rate limit must allow at least one message: " + limit);
    }
    this.limit = limit;
    this.window = window;
    this.clock = clock;
  }

  /** Counts a message from {@code key}; empty when allowed, else how long to wait. */
  synchronized Optional<Duration> acquire(String key) {
    Instant now = clock.instant();
    Instant horizon = now.minus(window);
    if (recent.size() > PURGE_ABOVE) {
      purge(horizon);
    }
    Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
    while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
      times.pollFirst();
    }
    if (times.size() >= limit) {
      return Optional.of(Duration.between(horizon, times.peekFirst()));
    }
    times.addLast(now);
    return Optional.empty();
  }

  /**
   * After {@link #acquire} refused {@code key}: whether this is the first refusal of the window,
   * which the person must be told of; later refusals within the window are silent.
   */
  synchronized boolean firstRefusal(String key) {
    Instant now = clock.instant();
    Instant until = toldUntil.get(key);
    if (until != null && now.isBefore(until)) {
      return false;
    }
    toldUntil.put(key, now.plus(window));
    return true;
  }

  private void purge(Instant horizon) {
    toldUntil.values().removeIf(until -> !until.isAfter(horizon.plus(window)));
    for (Iterator<Deque<Instant>> it = recent.values().iterator(); it.hasNext(); ) {
      Deque<Instant> times = it.next();
      if (times.isEmpty() || !times.peekLast().isAfter(horizon)) {
        it.remove();
      }
    }
  }
}
