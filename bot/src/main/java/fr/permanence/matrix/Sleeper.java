package fr.permanence.matrix;

import java.time.Duration;

/** Waits; the tests record the waits instead of spending them. */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration duration) throws InterruptedException;

  /** Really waits. */
  static Sleeper system() {
    return d -> Thread.sleep(d.toMillis());
  }
}
