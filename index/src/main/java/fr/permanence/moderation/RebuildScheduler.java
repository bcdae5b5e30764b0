package fr.permanence.moderation;

import fr.permanence.corpus.RejectedDocumentException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs index rebuilds one at a time, audited and under the {@link ModerationLock}: in the
 * background for moderators in a chat (answers go on from the old index meanwhile), or in the
 * caller's thread for the command line. The "rebuilding" state is set only once the audit line
 * is written and always cleared when the rebuild ends, fails or cannot start.
 *
 * <p>Thread-safe.
 */
public final class RebuildScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RebuildScheduler.class);

  /** How long a rebuild waits for a corpus change or another process's rebuild to finish. */
  static final Duration LOCK_WAIT = Duration.ofMinutes(5);
  /** How long closing waits for a running rebuild before giving up on it. */
  private static final long CLOSE_WAIT_SECONDS = 120;

  private final IndexRebuild rebuild;
  private final ModerationLock lock;
  private final CorpusAudit audit;
  private final Clock clock;
  private final AtomicBoolean rebuilding = new AtomicBoolean();
  private final ExecutorService background;
  private volatile Instant lastStart;
  private volatile Instant lastEnd;
  private volatile String lastError = "";
  /** Notified whenever {@link #rebuilding} turns false, for {@link #awaitIdle}. */
  private final Object idle = new Object();

  /**
   * @param rebuild rebuilds the index from the corpus folder
   * @param lock shared with the {@link CorpusEditor} of the same data folder
   * @param audit where each rebuild is recorded
   * @param clock time of audit entries and of the state
   */
  public RebuildScheduler(IndexRebuild rebuild, ModerationLock lock, CorpusAudit audit, Clock clock) {
    this.rebuild = Objects.requireNonNull(rebuild, "rebuild");
    this.lock = Objects.requireNonNull(lock, "lock");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.background = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "corpus-rebuild");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Starts a rebuild in the background; false when one is already running.
   *
   * @throws RejectedDocumentException when the audit cannot record it (French reason)
   */
  public boolean start(String moderator) {
    if (!begin(moderator)) {
      return false;
    }
    try {
      background.execute(() -> run(LOCK_WAIT));
    } catch (RuntimeException e) { // closed: the rebuild never runs, so the state must not say it does
      end("le bot s'arrête");
      throw e;
    }
    return true;
  }

  /**
   * Rebuilds now, in this thread, waiting up to {@code wait} for a change or another rebuild
   * in progress; returns the number of passages.
   *
   * @throws RejectedDocumentException when a rebuild is running or the lock stayed held (French)
   * @throws Exception what the rebuild threw; the served index is unchanged
   */
  public int rebuildNow(String moderator, Duration wait) throws Exception {
    if (!begin(moderator)) {
      throw busy();
    }
    return runOrThrow(wait);
  }

  /** Where rebuilds stand; never throws. */
  public RebuildState state() {
    return new RebuildState(rebuilding.get(), lastStart, lastEnd, lastError);
  }

  /**
   * Waits until no rebuild is running, at most {@code timeout}: for the command line, which says
   * when the index it started is ready, and for tests, which must not read the corpus mid-rebuild.
   *
   * @return true when no rebuild is running, false when one still was at the timeout
   */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (idle) {
      while (rebuilding.get()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(idle, left);
      }
    }
    return true;
  }

  /** Claims the rebuilding state, audited; false when already claimed. */
  private boolean begin(String moderator) {
    if (!rebuilding.compareAndSet(false, true)) {
      return false;
    }
    try {
      audit.record(new AuditEntry(clock.instant(), moderator, "rebuild", "", "", ""));
    } catch (RuntimeException e) {
      idle(); // nothing started: the state must not stick
      throw new RejectedDocumentException("", e.getMessage(), e);
    }
    lastStart = clock.instant();
    lastEnd = null;
    return true;
  }

  private void run(Duration wait) {
    try {
      runOrThrow(wait);
    } catch (Exception e) {
      // Reported through state(): the served index is untouched and the moderator is told why.
      LOG.error("index rebuild failed", e);
    }
  }

  private int runOrThrow(Duration wait) throws Exception {
    String error = "";
    try {
      Optional<ModerationLock.Held> held = lock.acquire(wait);
      if (held.isEmpty()) {
        throw busy();
      }
      try (ModerationLock.Held h = held.get()) {
        return rebuild.rebuild();
      }
    } catch (RejectedDocumentException e) {
      error = e.getMessage();
      throw e;
    } catch (Exception | Error e) {
      error = e.getClass().getSimpleName() + " : " + e.getMessage();
      throw e;
    } finally {
      end(error);
    }
  }

  private void end(String error) {
    lastError = error;
    lastEnd = clock.instant();
    idle();
  }

  /** Clears the rebuilding state and wakes whoever waits for it. */
  private void idle() {
    synchronized (idle) {
      rebuilding.set(false);
      idle.notifyAll();
    }
  }

  private static RejectedDocumentException busy() {
    return new RejectedDocumentException("", "Une reconstruction de l'index ou une modification du corpus est "
        + "déjà en cours : réessayez dans une minute.");
  }

  /** Waits for a running rebuild to finish (bounded), then stops the rebuild thread. */
  @Override
  public void close() {
    background.shutdown();
    try {
      if (!background.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
        LOG.warn("index rebuild still running after {} s; abandoning it (the served index stays intact)",
            CLOSE_WAIT_SECONDS);
        background.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // keep the interrupt for the caller, who is shutting down
      background.shutdownNow();
    }
  }
}
