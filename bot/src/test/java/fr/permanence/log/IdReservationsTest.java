package fr.permanence.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Ids in doubling blocks, and the back-off that keeps a member from waiting on a database that
 * cannot reserve ids: after a failure, questions go unlogged without asking the database again
 * until the back-off has passed.
 */
class IdReservationsTest {
  /** A counter row in memory: records each block asked for, fails while {@link #down} is set. */
  private static final class Counter implements IdReservations.Reserver {
    final List<Integer> asked = new ArrayList<>();
    final AtomicBoolean down = new AtomicBoolean();
    long last;

    @Override
    public long reserve(int n) throws SQLException {
      asked.add(n);
      if (down.get()) {
        throw new SQLException("database is locked");
      }
      last += n;
      return last + 1;
    }
  }

  private final Counter counter = new Counter();
  private final AtomicLong ticker = new AtomicLong();
  private final IdReservations ids = new IdReservations(counter, ticker::get);

  @Test
  void blocksDoubleUpToTheMaximumAndIdsFollowEachOther() {
    List<Long> handed = new ArrayList<>();
    for (int i = 0; i < 1 + 2 + 4 + 8 + 16 + 32 + 64 + 64 + 1; i++) {
      handed.add(ids.next());
    }
    assertEquals(List.of(1, 2, 4, 8, 16, 32, 64, 64, 64), counter.asked);
    for (int i = 0; i < handed.size(); i++) {
      assertEquals(i + 1, handed.get(i));
    }
  }

  @Test
  void afterAFailedReservationQuestionsAreDroppedWithoutAskingAgainUntilTheBackOffHasPassed() {
    assertEquals(1, ids.next());
    counter.down.set(true);
    for (int i = 0; i < 100; i++) {
      assertEquals(-1, ids.next());
    }
    assertEquals(List.of(1, 2), counter.asked, "one failed reservation for a hundred questions");

    counter.down.set(false);
    ticker.addAndGet(Duration.ofSeconds(4).toNanos());
    assertEquals(-1, ids.next(), "still backing off, though the database is back");
    assertEquals(List.of(1, 2), counter.asked);

    ticker.addAndGet(Duration.ofSeconds(1).toNanos()); // five seconds after the failure
    assertEquals(2, ids.next());
    assertEquals(3, ids.next());
    assertEquals(List.of(1, 2, 2), counter.asked, "the failed block is asked again, not doubled");
  }
}
