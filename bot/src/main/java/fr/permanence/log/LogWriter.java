package fr.permanence.log;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The question log's single writer thread: it takes operations from one bounded FIFO queue and
 * applies them in batches, one transaction each, on the log's connection ({@link WriterConnection}),
 * replaced after a failure and reopened by itself once the database is usable again. What cannot
 * be written is dropped with a warning (and counted, for {@link #flush}), never retried forever.
 *
 * <p>Thread-safe: the queueing methods ({@link #insert}, {@link #rate}, {@link #forget},
 * {@link #markGapHandled}, {@link #purge}, {@link #flush}, {@link #reserve}) may be called from any
 * thread; {@link #start} and {@link #close} once each, by the log that owns this writer. The
 * connection is used under its lock only, by the writer thread and by id reservations.
 */
final class LogWriter implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(LogWriter.class);

  /** Rows written per transaction at most: bounds what one failed commit can lose under load. */
  private static final int MAX_BATCH = 256;
  /** How often the writer erases questions past retention while the bot runs. */
  private static final Duration PURGE_INTERVAL = Duration.ofHours(1);
  /** How long {@link #close()} lets the writer finish the queue. */
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);
  /**
   * How often {@link #close()} looks whether the writer's connection attempt failed meanwhile:
   * a tenth of a second is unnoticeable at exit and costs nothing while waiting.
   */
  private static final Duration UNREACHABLE_CHECK = Duration.ofMillis(100);
  /**
   * How long {@link #close()} lets an interrupted writer drop and count what is left: an
   * interrupted PostgreSQL login returns within milliseconds; a SQLite call, which ignores
   * interrupts, ends within its busy timeout, not waited for past this second.
   */
  private static final Duration STOP_WAIT = Duration.ofSeconds(1);

  private final LogConfig config;
  private final LogOptions options;
  private final BlockingQueue<Task> queue;
  /** Questions the writer gave up on (their id was handed out, their row never written): {@link #flush} checks it. */
  private final AtomicLong lost = new AtomicLong();
  /**
   * Items that write something, queued or in the writer's hands (the batch it is writing, its own
   * hourly purge), not yet written nor given up on: what {@link #close} reports as not written. The
   * queue alone would miss the batch in flight, which a silent server holds for a whole login.
   */
  private final AtomicLong unwritten = new AtomicLong();
  private final Thread thread;
  /** The connection, shared with id reservations. */
  private final WriterConnection database;

  /**
   * Prepares the writer and checks the pseudonym secret against {@code connection} at once; the
   * thread starts with {@link #start}.
   *
   * @param connection the log's connection when it could be opened now, or null to connect on the
   *     first write
   */
  LogWriter(LogConfig config, LogOptions options, Pseudonymizer pseudonyms, Connection connection) {
    this.config = config;
    this.options = options;
    this.queue = new ArrayBlockingQueue<>(options.queueCapacity());
    this.database = new WriterConnection(config, options, pseudonyms, connection);
    this.thread = Thread.ofPlatform().name("question-log-writer").daemon().unstarted(this::writeLoop);
  }

  /** Starts the writer thread. */
  void start() {
    thread.start();
  }

  /** Queues a question; false when the queue is full (the writer is behind). */
  boolean insert(long id, Asked asked, String channel, String asker) {
    return offer(new Insert(id, asked, channel, asker));
  }

  /** Questions waiting to be written. */
  int waiting() {
    return queue.size();
  }

  /** Questions given up on since opening: their id was handed out, their row never written. */
  long lost() {
    return lost.get();
  }

  /** Queues a rating; completes with whether it was stored. */
  CompletableFuture<Boolean> rate(long questionId, String asker, Rating rating, String reason) {
    Rate task = new Rate(questionId, asker, rating, reason, new CompletableFuture<>());
    return submit(task, task.done(), false);
  }

  /** Queues an erasure of a member's questions and ratings; fails when it could not be done. */
  CompletableFuture<Erasure> forget(String platform, String asker) {
    Forget task = new Forget(platform, asker, new CompletableFuture<>());
    return submit(task, task.done(), null);
  }

  /** Queues a gap marked handled; completes with whether it was written. */
  CompletableFuture<Boolean> markGapHandled(String gap, String note) {
    GapHandled task = new GapHandled(gap, note, new CompletableFuture<>());
    return submit(task, task.done(), false);
  }

  /** Queues a purge of the questions past retention; completes with how many went. */
  CompletableFuture<Integer> purge() {
    Purge task = new Purge(new CompletableFuture<>());
    return submit(task, task.done(), 0);
  }

  /** See {@link QuestionLog#flush}. */
  boolean flush(Duration timeout) {
    // Read before queueing the flush, compared with the count the writer reads when it reaches the
    // flush: exactly the questions queued before the flush and lost since this call.
    long lostBefore = lost.get();
    Flush task = new Flush(new CompletableFuture<>());
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      // Waiting for room is part of flushing: a writer far behind is what a flush waits for anyway.
      if (!offer(task, timeout)) {
        return false;
      }
      long lostAtFlush = task.done().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      return lostAtFlush == lostBefore;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      log.warn("question log flush failed", e.getCause());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Writes what is queued, then closes the database; gives up (interrupting the thread) after a
   * while, or at once when the database is unreachable: its last connection attempt failed, so
   * another would only wait out the connection timeout again (a PostgreSQL server that accepts
   * and never answers holds each attempt for its whole login timeout) before dropping the same
   * items. The interrupted writer abandons the attempt and drops what is queued, counted and
   * warned about.
   */
  @Override
  public void close() {
    try {
      Duration wait = database.unreachable() ? Duration.ZERO : CLOSE_WAIT;
      if (!offer(new Stop(), wait)) {
        log.warn("question log queue still full after {}; {} item(s) not written", wait, unwritten.get());
        thread.interrupt();
        return;
      }
      long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
      while (thread.isAlive()) {
        if (database.unreachable()) {
          log.warn("question log {} unreachable at closing; {} item(s) not written", config.describe(),
              unwritten.get());
          thread.interrupt();
          thread.join(STOP_WAIT.toMillis());
          return;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          log.warn("question log writer still busy after {}; {} item(s) not written", CLOSE_WAIT, unwritten.get());
          thread.interrupt();
          return;
        }
        thread.join(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), UNREACHABLE_CHECK.toMillis())));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      thread.interrupt();
    }
  }

  /** Queues {@code task} if there is room now, counted in {@link #unwritten} first so a close never misses it. */
  private boolean offer(Task task) {
    unwritten.addAndGet(writes(task));
    if (queue.offer(task)) {
      return true;
    }
    unwritten.addAndGet(-writes(task));
    return false;
  }

  /** {@link #offer(Task)}, waiting up to {@code timeout} for room. */
  private boolean offer(Task task, Duration timeout) throws InterruptedException {
    unwritten.addAndGet(writes(task));
    boolean queued = false;
    try {
      queued = queue.offer(task, timeout.toNanos(), TimeUnit.NANOSECONDS);
      return queued;
    } finally {
      if (!queued) {
        unwritten.addAndGet(-writes(task));
      }
    }
  }

  /** 1 when {@code task} writes something, 0 for a flush, a reconnection or the closing's stop. */
  private static int writes(Task task) {
    return task instanceof Flush || task instanceof Reconnect || task instanceof Stop ? 0 : 1;
  }

  /**
   * See {@link WriterConnection#reserve}; fails at once while the database is unreachable (its
   * last connection attempt failed): another attempt on the caller's thread, a member's, would
   * hold the answer for a whole login when the server is silent. The writer retries in the
   * background instead, asked to by a {@link Reconnect}, and reservations resume once it has
   * connected.
   */
  long reserve(int n) throws SQLException {
    if (database.unreachable()) {
      offer(new Reconnect());
      throw new SQLException("the question log database cannot be reached; the writer tries again");
    }
    return database.reserve(n);
  }

  private <T> CompletableFuture<T> submit(Task task, CompletableFuture<T> done, T whenFull) {
    if (!offer(task)) {
      log.warn("question log queue full; {} not done", task.getClass().getSimpleName());
      done.complete(whenFull);
    }
    return done;
  }

  // ---- on the writer thread ----

  private void writeLoop() {
    Instant nextPurge = Instant.EPOCH;
    List<Task> batch = new ArrayList<>(MAX_BATCH);
    try {
      while (true) {
        Instant now = options.clock().instant();
        if (!now.isBefore(nextPurge)) {
          unwritten.incrementAndGet();
          write(List.of(new Purge(new CompletableFuture<>())));
          nextPurge = now.plus(PURGE_INTERVAL);
        }
        Task first = queue.poll(PURGE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        boolean stop = batch.getLast() instanceof Stop;
        write(batch);
        batch.clear();
        if (stop) {
          break;
        }
      }
    } catch (InterruptedException e) {
      log.warn("question log writer interrupted; {} item(s) not written", unwritten.get());
    } finally {
      failPending();
      database.lock();
      try {
        database.disconnect();
      } finally {
        database.unlock();
      }
    }
  }

  /**
   * Writes a batch in one transaction. When it fails, the connection is replaced (a failed commit
   * or rollback can leave it unusable, e.g. after a full disk) and each item is written alone, so
   * one bad item loses only itself and an item the failed commit did write is not written twice.
   */
  private void write(List<Task> batch) {
    database.lock();
    try {
      writeLocked(batch);
    } finally {
      database.unlock();
      // Written or given up on (and then counted in lost and warned about): no longer waiting.
      unwritten.addAndGet(-batch.stream().mapToInt(LogWriter::writes).sum());
    }
  }

  private void writeLocked(List<Task> batch) {
    if (!database.connected()) {
      drop(batch, new SQLException("the question log database cannot be reached"));
      return;
    }
    try {
      List<Runnable> completions = new ArrayList<>(batch.size());
      for (Task task : batch) {
        completions.add(apply(task));
      }
      database.commit();
      completions.forEach(Runnable::run);
      return;
    } catch (SQLException | RuntimeException e) {
      log.warn("question log: writing {} item(s) failed ({}); reconnecting and retrying them one by one",
          batch.size(), e.getMessage());
      database.disconnect();
    }
    for (int i = 0; i < batch.size(); i++) {
      Task task = batch.get(i);
      if (!database.connected()) {
        drop(batch.subList(i, batch.size()), new SQLException("the question log database cannot be reached"));
        return;
      }
      try {
        if (task instanceof Insert insert && database.written(insert.id())) {
          continue; // the failed commit had written it after all
        }
        Runnable completion = apply(task);
        database.commit();
        completion.run();
      } catch (SQLException e) {
        database.disconnect();
        if (config.dialect().unavailable(e)) {
          // Full, locked or gone: the rest would fail the same way; the next batch tries again.
          drop(batch.subList(i, batch.size()), e);
          return;
        }
        drop(List.of(task), e);
      } catch (RuntimeException e) {
        drop(List.of(task), e);
        database.disconnect();
      }
    }
  }

  private void drop(List<Task> tasks, Exception e) {
    long questions = tasks.stream().filter(t -> t instanceof Insert).count();
    // Counted before any task of the list is failed: a flush behind them then returns false.
    lost.addAndGet(questions);
    long others = tasks.stream().mapToInt(LogWriter::writes).sum() - questions;
    if (questions + others > 0) { // not for reconnections or flushes alone: nothing of theirs is lost
      log.warn("question log write failed ({}); {} question(s) and {} other item(s) lost",
          e.getMessage(), questions, others);
    }
    for (Task task : tasks) {
      task.fail(e);
    }
  }

  /** Runs one task inside the current transaction; returns what to do once it is committed. */
  private Runnable apply(Task task) throws SQLException {
    LogStatements sql = database.sql();
    return switch (task) {
      case Insert insert -> {
        sql.insert(insert.id(), insert.asked(), insert.channel(), insert.asker());
        yield () -> {};
      }
      case Rate rate -> {
        boolean stored = sql.rate(rate.questionId(), rate.asker(), options.clock().millis(), rate.rating(),
            rate.reason());
        yield () -> rate.done().complete(stored);
      }
      case Forget forget -> {
        Erasure erased = sql.forget(forget.platform(), forget.asker(), database.keyChanged(), options.retention());
        yield () -> {
          sql.checkpoint();
          forget.done().complete(erased);
        };
      }
      case GapHandled gap -> {
        sql.markGapHandled(gap.gap(), options.clock().millis(), gap.note());
        yield () -> gap.done().complete(true);
      }
      case Purge purge -> {
        int n = sql.purge(options.clock().instant().minus(options.retention()).toEpochMilli());
        yield () -> {
          if (n > 0) {
            log.info("question log: {} question(s) older than {} days erased", n, options.retention().toDays());
            sql.checkpoint();
          }
          purge.done().complete(n);
        };
      }
      case Flush flush -> () -> flush.done().complete(lost.get());
      case Reconnect reconnect -> () -> {};
      case Stop stop -> () -> {};
    };
  }

  private void failPending() {
    IllegalStateException closedError = new IllegalStateException("question log closed");
    for (Task task; (task = queue.poll()) != null; ) {
      task.fail(closedError);
      unwritten.addAndGet(-writes(task));
    }
  }

  // ---- what the queue carries ----

  private sealed interface Task permits Insert, Rate, Forget, GapHandled, Purge, Flush, Reconnect, Stop {
    default void fail(Exception e) {}
  }

  private record Insert(long id, Asked asked, String channel, String asker) implements Task {}

  private record Rate(long questionId, String asker, Rating rating, String reason, CompletableFuture<Boolean> done)
      implements Task {
    @Override
    public void fail(Exception e) {
      done.complete(false);
    }
  }

  private record Forget(String platform, String asker, CompletableFuture<Erasure> done) implements Task {
    @Override
    public void fail(Exception e) {
      done.completeExceptionally(e);
    }
  }

  private record GapHandled(String gap, String note, CompletableFuture<Boolean> done) implements Task {
    @Override
    public void fail(Exception e) {
      done.complete(false);
    }
  }

  private record Purge(CompletableFuture<Integer> done) implements Task {
    @Override
    public void fail(Exception e) {
      done.complete(0);
    }
  }

  private record Flush(CompletableFuture<Long> done) implements Task {
    @Override
    public void fail(Exception e) {
      done.completeExceptionally(e);
    }
  }

  /** Asks the writer to connect, which it does before any batch: nothing else to do. */
  private record Reconnect() implements Task {}

  private record Stop() implements Task {}
}
