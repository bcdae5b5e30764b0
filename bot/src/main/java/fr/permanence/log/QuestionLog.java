package fr.permanence.log;

import fr.permanence.files.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The question log: every answered question, pseudonymized, in a SQLite file of the data
 * directory or in a PostgreSQL database shared by several bot instances. Writes go through one
 * background thread fed by a bounded queue, so recording a question costs a member microseconds
 * and can never block or break an answer: a locked, full, damaged or unreachable database
 * degrades to warnings, and the writer reconnects by itself once it is usable again. Ids are
 * reserved from the database ({@link IdReservations}) and handed out at once, so feedback can
 * refer to an answer before its row is written, and the number shown is the one written.
 * Operations run in the order they were asked, so {@code oubli} also erases questions still
 * waiting in the queue.
 *
 * <p>Visibility: a question is visible to readers (the trainers' report, the command line, another
 * process) once committed, which happens shortly after {@link #record} returns. {@link #flush}
 * waits for that: once it returns true, every question recorded before it was called, from any
 * thread, is committed and seen by any connection opened afterwards.
 *
 * <p>This class is the façade: it checks and pseudonymises what callers pass, hands out ids and
 * waits for results; {@link LogWriter} owns the queue, the thread and the connection, and
 * {@link LogStatements} the SQL.
 *
 * <p>Thread-safe: every public method may be called from any thread.
 */
public final class QuestionLog implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(QuestionLog.class);

  /** How long a member waits for feedback or oubli to be written before being told it failed. */
  private static final Duration SYNC_WAIT = Duration.ofSeconds(30);
  /** Longest feedback reason kept: a short reason, not an essay. */
  static final int MAX_REASON_CHARS = 500;
  /** After the first dropped question, warn again only every so many, not flood the log. */
  private static final int WARN_EVERY = 1_000;

  private final LogConfig config;
  private final Pseudonymizer pseudonyms;
  /** Null when the log is unavailable. */
  private final LogWriter writer;
  private final IdReservations ids;
  /** Questions never queued (no id, or the writer behind); those the writer lost are {@link LogWriter#lost()}. */
  private final AtomicLong refused = new AtomicLong();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final String unavailable;

  /**
   * A log writing through {@code writer}, or an unavailable one.
   *
   * @param writer the started writer, or null when the log is unavailable
   * @param unavailable why the log is unavailable, or null
   */
  private QuestionLog(LogConfig config, LogOptions options, Pseudonymizer pseudonyms, LogWriter writer,
      String unavailable) {
    this.config = config;
    this.pseudonyms = pseudonyms;
    this.writer = writer;
    this.unavailable = unavailable;
    this.ids = writer == null ? null : new IdReservations(writer::reserve, options.ticker());
    if (writer == null) {
      closed.set(true);
    }
  }

  /** A log whose writer connects now ({@code connection}) or on its first write (null). */
  private static QuestionLog started(LogConfig config, LogOptions options, Pseudonymizer pseudonyms,
      Connection connection) {
    LogWriter writer = new LogWriter(config, options, pseudonyms, connection);
    writer.start();
    return new QuestionLog(config, options, pseudonyms, writer, null);
  }

  /** Opens (or creates) the SQLite log of a data directory; see {@link #open(LogConfig, LogOptions)}. */
  public static QuestionLog open(Path dataDir, LogOptions options) {
    Objects.requireNonNull(dataDir, "dataDir");
    return open(LogConfig.sqlite(dataDir), options);
  }

  /**
   * Opens (or creates) the log. Never throws: when the log cannot be opened, the returned log is
   * unavailable, records nothing and says why in a warning.
   */
  public static QuestionLog open(LogConfig config, LogOptions options) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(options, "options");
    Connection connection = null;
    try {
      Path file = config.sqliteFile();
      if (file != null) {
        OwnerOnly.createDirectories(file.toAbsolutePath().getParent());
      }
      Pseudonymizer pseudonyms = Pseudonymizer.loadOrCreate(config.secretFile());
      try {
        connection = LogDatabase.openForWriting(config, options.busyTimeout());
      } catch (SQLException e) {
        if (!config.dialect().unavailable(e) && !config.dialect().connectionLost(e)) {
          throw e;
        }
        // Locked, full or unreachable for now: the log connects as soon as it can, without a restart.
        log.warn("question log {} not reachable yet ({}); questions are logged again as soon as it is",
            config.describe(), e.getMessage());
        return started(config, options, pseudonyms, null);
      }
      return started(config, options, pseudonyms, connection);
    } catch (IOException | UncheckedIOException | SQLException | IllegalStateException e) {
      // The bot must answer even without its log: degrade, and say so loudly once.
      String why = e.getMessage();
      log.warn("question log {} unavailable, questions will NOT be logged: {}", config.describe(), why, e);
      WriterConnection.closeQuietly(connection);
      return new QuestionLog(config, options, null, null, why == null ? e.toString() : why);
    }
  }

  /** The SQLite file, or null when the log is on a server. */
  public Path file() {
    return config.sqliteFile();
  }

  /** Where the log is. */
  public LogConfig config() {
    return config;
  }

  /** Whether questions are being logged. */
  public boolean available() {
    return unavailable == null && !closed.get();
  }

  /** The keyed pseudonym of a member: what trainers and the corpus audit see instead of the id. */
  public String pseudonym(String platform, String rawId) {
    // Without its secret the log cannot pseudonymise; a fixed label reveals nothing either.
    return pseudonyms == null ? "m-inconnu" : pseudonyms.member(platform, rawId);
  }

  /**
   * Logs a question. Returns at once (after reserving a block of ids now and then), whatever state
   * the database is in.
   *
   * @return the id to refer to the answer in {@link #feedback}, or -1 when it is not logged
   */
  public long record(Asked asked) {
    Objects.requireNonNull(asked, "asked");
    if (!available()) {
      return -1;
    }
    String channel = pseudonyms.channel(asked.platform(), asked.channel());
    String asker = pseudonyms.member(asked.platform(), asked.asker());
    long id = ids.next();
    if (id < 0) {
      refused.incrementAndGet();
      return -1;
    }
    if (!writer.insert(id, asked, channel, asker)) {
      long n = refused.incrementAndGet() + writer.lost();
      if (n % WARN_EVERY == 1) {
        log.warn("question log writer is behind ({} waiting); {} question(s) not logged so far",
            writer.waiting(), n);
      }
      return -1;
    }
    return id;
  }

  /**
   * Attaches a rating to an answer, replacing the rater's previous one, and waits for it to be
   * written.
   *
   * @return true when stored; false when the answer is unknown (expired, erased) or the log is down
   */
  public boolean feedback(long questionId, String platform, String asker, Rating rating, String reason) {
    return await(feedbackAsync(questionId, platform, asker, rating, reason), false, "feedback");
  }

  /** {@link #feedback} without waiting: for event threads of chat platforms. */
  public CompletableFuture<Boolean> feedbackAsync(
      long questionId, String platform, String asker, Rating rating, String reason) {
    Objects.requireNonNull(rating, "rating");
    if (!available() || questionId < 1) {
      return CompletableFuture.completedFuture(false);
    }
    String why = reason == null ? "" : reason.strip();
    if (why.length() > MAX_REASON_CHARS) {
      why = why.substring(0, MAX_REASON_CHARS);
    }
    return writer.rate(questionId, pseudonyms.member(platform, asker), rating, why);
  }

  /** {@code oubli}: erases every question and rating of a member; returns how many rows went. */
  public int forget(String platform, String asker) {
    return erase(platform, asker).total();
  }

  /**
   * {@code oubli}: erases every question of a member (with their citations and the ratings they
   * received) and every rating they gave, including what is still waiting to be written.
   *
   * @throws LogUnavailableException in French, when the erasure could not be done
   */
  public Erasure erase(String platform, String asker) {
    if (!available()) {
      throw new LogUnavailableException("Le journal des questions est indisponible ("
          + (unavailable == null ? "fermé" : unavailable) + ") : rien n'a pu être effacé, réessayez plus tard.");
    }
    Erasure erased = await(writer.forget(platform, pseudonyms.member(platform, asker)), null, "oubli");
    if (erased == null) {
      throw new LogUnavailableException(
          "L'effacement n'a pas pu être fait (journal occupé ou en panne) : réessayez dans un moment.");
    }
    return erased;
  }

  /**
   * Marks a gap (an unanswered subject of the report) as handled, with what was done about it.
   *
   * @return whether it was written
   */
  public boolean markGapHandled(String gap, String note) {
    if (!available()) {
      return false;
    }
    return await(writer.markGapHandled(gap, note == null ? "" : note.strip()), false, "gap");
  }

  /** Erases the questions older than the retention period now; returns how many went. */
  public int purge() {
    if (!available()) {
      return 0;
    }
    return await(writer.purge(), 0, "purge");
  }

  /**
   * Waits until everything asked before this call, from any thread, is written. When it returns
   * true, every question {@link #record} took before the call is committed, so any connection
   * opened afterwards (a report, the command line, another process or server session) sees it,
   * and so is everything else asked before (feedback, erasures and marked gaps, which also say
   * through their own results whether they were written). This holds because a
   * single writer takes every operation from one FIFO queue, commits a batch before completing
   * anything in it, and readers open their own connection after the commit (a SQLite WAL reader
   * or a PostgreSQL READ COMMITTED statement sees every transaction committed before it starts).
   *
   * <p>Questions the log had already given up on before the call (a failed write, warned about
   * and counted in {@link #droppedCount()}) are not waited for. Thread-safe; several threads may
   * flush at once.
   *
   * @return true as above; false on timeout, when a question recorded before could not be written,
   *     or when the log is unavailable
   */
  public boolean flush(Duration timeout) {
    if (!available()) {
      return false;
    }
    return writer.flush(timeout);
  }

  /**
   * Says, in French, that a question could not be logged and where the log is: for the person at
   * the console, so a question lost to a log down, locked or silent is never lost unnoticed.
   */
  public String notLoggedNotice() {
    return "Attention : cette question n'a pas pu être enregistrée dans le journal des questions ("
        + config.describe() + (unavailable != null ? ", indisponible" : ", injoignable, occupé ou trop lent")
        + ") : elle ne figurera pas dans le bilan des formateurs et ne peut pas être notée.";
  }

  /** Questions not logged (writer behind, no id could be reserved, or their write failed), since opening. */
  public long droppedCount() {
    return refused.get() + (writer == null ? 0 : writer.lost());
  }

  /** Writes what is queued, then closes the database. */
  @Override
  public void close() {
    if (writer == null || !closed.compareAndSet(false, true)) {
      return;
    }
    writer.close();
  }

  private static <T> T await(CompletableFuture<T> future, T onFailure, String what) {
    try {
      return future.get(SYNC_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      log.warn("question log: {} failed", what, e.getCause());
    } catch (TimeoutException e) {
      log.warn("question log: {} not written within {}", what, SYNC_WAIT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return onFailure;
  }
}
