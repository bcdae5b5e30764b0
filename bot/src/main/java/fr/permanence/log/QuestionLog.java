package fr.permanence.log;

import fr.permanence.files.OwnerOnly;
import fr.permanence.sql.SqlDialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
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
 * <p>Thread-safe: every public method may be called from any thread.
 */
public final class QuestionLog implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(QuestionLog.class);

  /** Rows written per transaction at most: bounds what one failed commit can lose under load. */
  private static final int MAX_BATCH = 256;
  /** How often the writer erases questions past retention while the bot runs. */
  private static final Duration PURGE_INTERVAL = Duration.ofHours(1);
  /** How long a member waits for feedback or oubli to be written before being told it failed. */
  private static final Duration SYNC_WAIT = Duration.ofSeconds(30);
  /** How long {@link #close()} lets the writer finish the queue. */
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);
  /** Longest feedback reason kept: a short reason, not an essay. */
  static final int MAX_REASON_CHARS = 500;
  /** After the first dropped question, warn again only every so many, not flood the log. */
  private static final int WARN_EVERY = 1_000;
  /** The longest a member waits for ids to be reserved (the writer finishing a batch, another process's lock). */
  private static final Duration RESERVE_WAIT = Duration.ofSeconds(1);

  private final LogConfig config;
  private final LogOptions options;
  private final Pseudonymizer pseudonyms;
  private final IdReservations ids;
  private final BlockingQueue<Task> queue;
  private final AtomicLong dropped = new AtomicLong();
  /** Questions the writer gave up on (their id was handed out, their row never written): {@link #flush} checks it. */
  private final AtomicLong lost = new AtomicLong();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Thread writer;
  private final String unavailable;
  /** When the pseudonym secret last changed while questions existed, or null; set on connecting. */
  private Instant keyChanged;
  /** Whether the secret was checked against the log since opening. */
  private boolean keyChecked;
  /**
   * Guards the connection: the writer holds it per batch, an id reservation between batches. Fair,
   * so a reservation waits for one batch at most, never for a stream of them.
   */
  private final ReentrantLock database = new ReentrantLock(true);
  /** The connection, used under {@link #database} only, replaced after a failure. */
  private Connection connection;
  private Statements sql;

  private QuestionLog(LogConfig config, LogOptions options, Pseudonymizer pseudonyms, Connection connection,
      String unavailable) {
    this.config = config;
    this.options = options;
    this.pseudonyms = pseudonyms;
    this.queue = new ArrayBlockingQueue<>(options.queueCapacity());
    this.unavailable = unavailable;
    this.ids = new IdReservations(this::reserve, options.ticker());
    if (connection != null) {
      database.lock();
      try {
        // The secret is checked against the log at once, so a change is reported at start-up.
        adopt(connection);
      } catch (SQLException e) {
        log.warn("question log {}: checking the pseudonym secret failed ({}); retried on the next write",
            config.describe(), e.getMessage());
        closeQuietly(connection);
      } finally {
        database.unlock();
      }
    }
    if (pseudonyms == null) {
      this.writer = null;
      closed.set(true);
    } else {
      this.writer = Thread.ofPlatform().name("question-log-writer").daemon().unstarted(this::writeLoop);
      writer.start();
    }
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
        return new QuestionLog(config, options, pseudonyms, null, null);
      }
      return new QuestionLog(config, options, pseudonyms, connection, null);
    } catch (IOException | UncheckedIOException | SQLException | IllegalStateException e) {
      // The bot must answer even without its log: degrade, and say so loudly once.
      String why = e.getMessage();
      log.warn("question log {} unavailable, questions will NOT be logged: {}", config.describe(), why, e);
      closeQuietly(connection);
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
      dropped.incrementAndGet();
      return -1;
    }
    if (!queue.offer(new Insert(id, asked, channel, asker))) {
      long n = dropped.incrementAndGet();
      if (n % WARN_EVERY == 1) {
        log.warn("question log writer is behind ({} waiting); {} question(s) not logged so far",
            queue.size(), n);
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
    Rate task = new Rate(questionId, pseudonyms.member(platform, asker), rating, why, new CompletableFuture<>());
    return submit(task, task.done(), false);
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
    Forget task = new Forget(platform, pseudonyms.member(platform, asker), new CompletableFuture<>());
    Erasure erased = await(submit(task, task.done(), null), null, "oubli");
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
    GapHandled task = new GapHandled(gap, note == null ? "" : note.strip(), new CompletableFuture<>());
    return await(submit(task, task.done(), false), false, "gap");
  }

  /** Erases the questions older than the retention period now; returns how many went. */
  public int purge() {
    if (!available()) {
      return 0;
    }
    Purge task = new Purge(new CompletableFuture<>());
    Integer n = await(submit(task, task.done(), 0), 0, "purge");
    return n;
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
    // Read before queueing the flush, compared with the count the writer reads when it reaches the
    // flush: exactly the questions queued before the flush and lost since this call.
    long lostBefore = lost.get();
    Flush task = new Flush(new CompletableFuture<>());
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      // Waiting for room is part of flushing: a writer far behind is what a flush waits for anyway.
      if (!queue.offer(task, timeout.toNanos(), TimeUnit.NANOSECONDS)) {
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

  /** Questions not logged (writer behind, no id could be reserved, or their write failed), since opening. */
  public long droppedCount() {
    return dropped.get();
  }

  /** Writes what is queued, then closes the database. */
  @Override
  public void close() {
    if (writer == null || !closed.compareAndSet(false, true)) {
      return;
    }
    try {
      if (!queue.offer(new Stop(), CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("question log queue still full after {}; {} item(s) not written", CLOSE_WAIT, queue.size());
        writer.interrupt();
        return;
      }
      writer.join(CLOSE_WAIT.toMillis());
      if (writer.isAlive()) {
        log.warn("question log writer still busy after {}; {} item(s) not written", CLOSE_WAIT, queue.size());
        writer.interrupt();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      writer.interrupt();
    }
  }

  /**
   * Reserves {@code n} ids on the log's connection, between two of the writer's batches, in a
   * transaction of its own; another process's lock is waited for up to the busy timeout.
   *
   * @return the id after the last one reserved
   */
  private long reserve(int n) throws SQLException {
    try {
      if (!database.tryLock(RESERVE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new SQLException("the question log writer is busy");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while reserving ids", e);
    }
    try {
      for (int attempt = 0; ; attempt++) {
        if (!connected()) {
          throw new SQLException("the question log database cannot be reached");
        }
        try {
          sql.reserve.setLong(1, n);
          long end;
          try (ResultSet rs = sql.reserve.executeQuery()) {
            if (!rs.next()) {
              throw new SQLException("the log has no question counter");
            }
            end = rs.getLong(1);
          }
          connection.commit();
          return end;
        } catch (SQLException e) {
          disconnect();
          // A server that dropped the connection may take a new one at once; anything else waits.
          if (attempt > 0 || !config.dialect().connectionLost(e)) {
            throw e;
          }
        }
      }
    } finally {
      database.unlock();
    }
  }

  private <T> CompletableFuture<T> submit(Task task, CompletableFuture<T> done, T whenFull) {
    if (!queue.offer(task)) {
      log.warn("question log queue full; {} not done", task.getClass().getSimpleName());
      done.complete(whenFull);
    }
    return done;
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

  // ---- the writer thread ----

  private void writeLoop() {
    Instant nextPurge = Instant.EPOCH;
    List<Task> batch = new ArrayList<>(MAX_BATCH);
    try {
      while (true) {
        Instant now = options.clock().instant();
        if (!now.isBefore(nextPurge)) {
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
      log.warn("question log writer interrupted; {} item(s) not written", queue.size());
    } finally {
      failPending();
      database.lock();
      try {
        disconnect();
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
    }
  }

  private void writeLocked(List<Task> batch) {
    if (!connected()) {
      drop(batch, new SQLException("the question log database cannot be reached"));
      return;
    }
    try {
      List<Runnable> completions = new ArrayList<>(batch.size());
      for (Task task : batch) {
        completions.add(apply(task));
      }
      connection.commit();
      completions.forEach(Runnable::run);
      return;
    } catch (SQLException | RuntimeException e) {
      log.warn("question log: writing {} item(s) failed ({}); reconnecting and retrying them one by one",
          batch.size(), e.getMessage());
      disconnect();
    }
    for (int i = 0; i < batch.size(); i++) {
      Task task = batch.get(i);
      if (!connected()) {
        drop(batch.subList(i, batch.size()), new SQLException("the question log database cannot be reached"));
        return;
      }
      try {
        if (task instanceof Insert insert && written(insert.id())) {
          continue; // the failed commit had written it after all
        }
        Runnable completion = apply(task);
        connection.commit();
        completion.run();
      } catch (SQLException e) {
        disconnect();
        if (config.dialect().unavailable(e)) {
          // Full, locked or gone: the rest would fail the same way; the next batch tries again.
          drop(batch.subList(i, batch.size()), e);
          return;
        }
        drop(List.of(task), e);
      } catch (RuntimeException e) {
        drop(List.of(task), e);
        disconnect();
      }
    }
  }

  /** Whether the writer has a connection, opening one when it has none; false when the database is unusable. */
  private boolean connected() {
    if (connection != null && sql != null) {
      return true;
    }
    try {
      if (connection == null) {
        adopt(LogDatabase.openForWriting(config, options.busyTimeout()));
      }
      sql = new Statements(connection);
      return true;
    } catch (SQLException | IOException | RuntimeException e) {
      log.warn("question log {} still unavailable: {}", config.describe(), e.getMessage());
      disconnect();
      return false;
    }
  }

  /** Takes a freshly opened connection as the log's, checking the secret against it the first time. */
  private void adopt(Connection opened) throws SQLException {
    if (!keyChecked) {
      keyChanged = KeyCheck.verify(opened, pseudonyms, options.clock().instant(), config);
      keyChecked = true;
    }
    opened.setAutoCommit(false);
    connection = opened;
  }

  private boolean written(long id) throws SQLException {
    sql.exists.setLong(1, id);
    try (ResultSet rs = sql.exists.executeQuery()) {
      boolean found = rs.next();
      connection.commit();
      return found;
    }
  }

  private void drop(List<Task> tasks, Exception e) {
    long questions = tasks.stream().filter(t -> t instanceof Insert).count();
    // Counted before any task of the list is failed: a flush behind them then returns false.
    lost.addAndGet(questions);
    dropped.addAndGet(questions);
    log.warn("question log write failed ({}); {} question(s) and {} other item(s) lost",
        e.getMessage(), questions, tasks.size() - questions);
    for (Task task : tasks) {
      task.fail(e);
    }
  }

  /** Runs one task inside the current transaction; returns what to do once it is committed. */
  private Runnable apply(Task task) throws SQLException {
    return switch (task) {
      case Insert insert -> {
        insert(insert);
        yield () -> {};
      }
      case Rate rate -> {
        boolean stored = rate(rate);
        yield () -> rate.done().complete(stored);
      }
      case Forget forget -> {
        Erasure erased = forget(forget);
        yield () -> {
          checkpoint();
          forget.done().complete(erased);
        };
      }
      case GapHandled gap -> {
        sql.gap.setString(1, gap.gap());
        sql.gap.setLong(2, options.clock().millis());
        sql.gap.setString(3, gap.note());
        sql.gap.executeUpdate();
        yield () -> gap.done().complete(true);
      }
      case Purge purge -> {
        int n = purgeExpired();
        yield () -> {
          if (n > 0) {
            log.info("question log: {} question(s) older than {} days erased", n, options.retention().toDays());
            checkpoint();
          }
          purge.done().complete(n);
        };
      }
      case Flush flush -> () -> flush.done().complete(lost.get());
      case Stop stop -> () -> {};
    };
  }

  private void insert(Insert insert) throws SQLException {
    Asked a = insert.asked();
    PreparedStatement p = sql.question;
    p.setLong(1, insert.id());
    p.setLong(2, a.time().toEpochMilli());
    p.setString(3, a.platform());
    p.setString(4, insert.channel());
    p.setString(5, insert.asker());
    p.setString(6, a.question());
    p.setInt(7, a.answerable() ? 1 : 0);
    p.setLong(8, a.latencyMicros());
    p.setString(9, a.mode());
    p.setString(10, a.answer());
    if (Double.isNaN(a.evidence())) {
      p.setNull(11, Types.REAL);
    } else {
      p.setDouble(11, a.evidence());
    }
    p.executeUpdate();
    List<CitedPassage> cited = a.cited();
    for (int rank = 0; rank < cited.size(); rank++) {
      CitedPassage c = cited.get(rank);
      PreparedStatement q = sql.citation;
      q.setLong(1, insert.id());
      q.setInt(2, rank);
      q.setString(3, c.passageId());
      q.setString(4, c.doc());
      q.setString(5, c.title());
      q.setString(6, c.article());
      q.setFloat(7, c.score());
      q.setString(8, c.section());
      q.addBatch();
    }
    if (!cited.isEmpty()) {
      sql.citation.executeBatch();
    }
  }

  private boolean rate(Rate rate) throws SQLException {
    PreparedStatement p = sql.feedback;
    p.setLong(1, rate.questionId());
    p.setString(2, rate.asker());
    p.setLong(3, options.clock().millis());
    p.setInt(4, rate.rating().value());
    p.setString(5, rate.reason());
    p.setLong(6, rate.questionId());
    return p.executeUpdate() > 0;
  }

  private Erasure forget(Forget forget) throws SQLException {
    sql.forgetRatings.setString(1, forget.asker());
    int ratings = sql.forgetRatings.executeUpdate();
    sql.forgetQuestions.setString(1, forget.platform());
    sql.forgetQuestions.setString(2, forget.asker());
    int questions = sql.forgetQuestions.executeUpdate();
    if (keyChanged == null) {
      return new Erasure(questions, ratings);
    }
    // Questions older than the secret's change are nobody's now: say they could not be erased.
    sql.oldest.setLong(1, keyChanged.toEpochMilli());
    try (ResultSet rs = sql.oldest.executeQuery()) {
      long oldest = rs.next() ? rs.getLong(1) : 0;
      if (rs.wasNull() || oldest == 0) {
        return new Erasure(questions, ratings);
      }
      return new Erasure(questions, ratings, keyChanged, Instant.ofEpochMilli(oldest).plus(options.retention()));
    }
  }

  private int purgeExpired() throws SQLException {
    sql.purge.setLong(1, options.clock().instant().minus(options.retention()).toEpochMilli());
    return sql.purge.executeUpdate();
  }

  /** Moves erased pages out of a SQLite WAL into the (zeroed) main file, so erased text lingers nowhere. */
  private void checkpoint() {
    if (config.dialect() != SqlDialect.SQLITE || connection == null) {
      return; // PostgreSQL's autovacuum reclaims erased rows; see docs/privacy.md
    }
    try {
      // A checkpoint cannot run inside the transaction the writer keeps open between batches.
      connection.setAutoCommit(true);
      try (Statement s = connection.createStatement()) {
        s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      } finally {
        connection.setAutoCommit(false);
      }
    } catch (SQLException e) {
      // A reader holds the WAL; the next checkpoint will do it. Nothing is lost.
      log.info("question log checkpoint postponed: {}", e.getMessage());
    }
  }

  private void disconnect() {
    if (sql != null) {
      sql.closeQuietly();
      sql = null;
    }
    closeQuietly(connection);
    connection = null;
  }

  private void failPending() {
    IllegalStateException closedError = new IllegalStateException("question log closed");
    for (Task task; (task = queue.poll()) != null; ) {
      task.fail(closedError);
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // A connection broken by the failure being handled may not close cleanly; it is dropped anyway.
      log.debug("question log: closing the database failed", e);
    }
  }

  /** The statements the writer reuses. */
  private static final class Statements {
    final PreparedStatement question;
    final PreparedStatement citation;
    final PreparedStatement feedback;
    final PreparedStatement forgetRatings;
    final PreparedStatement forgetQuestions;
    final PreparedStatement oldest;
    final PreparedStatement purge;
    final PreparedStatement exists;
    final PreparedStatement gap;
    final PreparedStatement reserve;

    Statements(Connection c) throws SQLException {
      reserve = c.prepareStatement("UPDATE counter SET next = next + ? WHERE name = 'question' RETURNING next");
      question = c.prepareStatement("INSERT INTO question (id, at, platform, channel, asker, text, answerable,"
          + " latency_us, mode, answer, evidence) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
      citation = c.prepareStatement("INSERT INTO citation"
          + "(question_id, rank, passage_id, doc, title, article, score, section) VALUES (?,?,?,?,?,?,?,?)");
      feedback = c.prepareStatement("INSERT INTO feedback(question_id, asker, at, rating, reason)"
          + " SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM question WHERE id = ?)"
          + " ON CONFLICT (question_id, asker) DO UPDATE"
          + " SET at = excluded.at, rating = excluded.rating, reason = excluded.reason");
      forgetRatings = c.prepareStatement("DELETE FROM feedback WHERE asker = ?");
      forgetQuestions = c.prepareStatement("DELETE FROM question WHERE platform = ? AND asker = ?");
      oldest = c.prepareStatement("SELECT min(at) FROM question WHERE at < ?");
      purge = c.prepareStatement("DELETE FROM question WHERE at < ?");
      exists = c.prepareStatement("SELECT 1 FROM question WHERE id = ?");
      gap = c.prepareStatement("INSERT INTO gap_handled (gap, at, note) VALUES (?, ?, ?)"
          + " ON CONFLICT (gap) DO UPDATE SET at = excluded.at, note = excluded.note");
    }

    void closeQuietly() {
      for (PreparedStatement p : List.of(question, citation, feedback, forgetRatings, forgetQuestions, oldest,
          purge, exists, gap, reserve)) {
        try {
          p.close();
        } catch (SQLException e) {
          // Statements of a broken connection may fail to close; the connection goes next.
          log.debug("question log: closing a statement failed", e);
        }
      }
    }
  }

  // ---- what the queue carries ----

  private sealed interface Task permits Insert, Rate, Forget, GapHandled, Purge, Flush, Stop {
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

  private record Stop() implements Task {}
}
