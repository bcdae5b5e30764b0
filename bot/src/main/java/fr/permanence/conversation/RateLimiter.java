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

/** At most {@code limit} messages per person within a sliding {@code window}. */
final class RateLimiter {
  /** Above this many tracked people, those idle for a whole window are forgotten. */
  private static final int PURGE_ABOVE = 10_000;

  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> recent = new HashMap<>();

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

  private void purge(Instant horizon) {
    for (Iterator<Deque<Instant>> it = recent.values().iterator(); it.hasNext(); ) {
      Deque<Instant> times = it.next();
      if (times.isEmpty() || !times.peekLast().isAfter(horizon)) {
        it.remove();
      }
    }
  }
}
