package fr.permanence.log;

import fr.permanence.files.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The question log: every answered question, pseudonymized, in a SQLite file of the data
 * directory. Writes go through one background thread fed by a bounded queue, so recording a
 * question costs a member microseconds and can never block or break an answer: a locked, damaged
 * or read-only database degrades to warnings. Ids are handed out at once so feedback can refer to
 * an answer before its row is written; operations run in the order they were asked, so
 * {@code oubli} also erases questions still waiting in the queue.
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

  private final Path file;
  private final LogOptions options;
  private final Pseudonymizer pseudonyms;
  private final Connection connection;
  private final BlockingQueue<Task> queue;
  private final AtomicLong nextId;
  /** Ids handed out that another process had taken meanwhile, mapped to the ids really written. */
  private final Map<Long, Long> renumbered = new ConcurrentHashMap<>();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Thread writer;
  private final String unavailable;

  private QuestionLog(Path file, LogOptions options, Pseudonymizer pseudonyms, Connection connection,
      long maxId, String unavailable) {
    this.file = file;
    this.options = options;
    this.pseudonyms = pseudonyms;
    this.connection = connection;
    this.queue = new ArrayBlockingQueue<>(options.queueCapacity());
    this.nextId = new AtomicLong(maxId + 1);
    this.unavailable = unavailable;
    if (connection == null) {
      this.writer = null;
      closed.set(true);
    } else {
      this.writer = Thread.ofPlatform().name("question-log-writer").daemon().unstarted(this::writeLoop);
      writer.start();
    }
  }

  /**
   * Opens (or creates) the log of a data directory. Never throws: when the log cannot be opened,
   * the returned log is unavailable, records nothing and says why in a warning.
   */
  public static QuestionLog open(Path dataDir, LogOptions options) {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(options, "options");
    Path file = LogDatabase.file(dataDir);
    Pseudonymizer pseudonyms;
    Connection connection = null;
    try {
      OwnerOnly.createDirectories(dataDir);
      pseudonyms = Pseudonymizer.loadOrCreate(dataDir.resolve(LogDatabase.SECRET_FILE_NAME));
      connection = LogDatabase.openForWriting(file, options.busyTimeout());
      long maxId;
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM question")) {
        maxId = rs.next() ? rs.getLong(1) : 0;
      }
      connection.setAutoCommit(false);
      return new QuestionLog(file, options, pseudonyms, connection, maxId, null);
    } catch (IOException | UncheckedIOException | SQLException | IllegalStateException e) {
      // The bot must answer even without its log: degrade, and say so loudly once.
      String why = e.getMessage();
      log.warn("question log {} unavailable, questions will NOT be logged: {}", file, why, e);
      closeQuietly(connection);
      return new QuestionLog(file, options, null, null, 0, why == null ? e.toString() : why);
    }
  }

  /** The SQLite file. */
  public Path file() {
    return file;
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
   * Logs a question. Returns at once, whatever state the database is in.
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
    long id = nextId.getAndIncrement();
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

  /** Erases the questions older than the retention period now; returns how many went. */
  public int purge() {
    if (!available()) {
      return 0;
    }
    Purge task = new Purge(new CompletableFuture<>());
    Integer n = await(submit(task, task.done(), 0), 0, "purge");
    return n;
  }

  /** Waits until everything asked so far is written; false on timeout or when unavailable. */
  public boolean flush(Duration timeout) {
    if (!available()) {
      return false;
    }
    Flush task = new Flush(new CompletableFuture<>());
    try {
      submit(task, task.done(), null).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
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

  /** Questions dropped because the writer was behind, since opening. */
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
    try (PreparedStatements sql = new PreparedStatements(connection)) {
      while (true) {
        Instant now = options.clock().instant();
        if (!now.isBefore(nextPurge)) {
          runAlone(sql, new Purge(new CompletableFuture<>()));
          nextPurge = now.plus(PURGE_INTERVAL);
        }
        Task first = queue.poll(PURGE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        boolean stop = batch.getLast() instanceof Stop;
        write(sql, batch);
        batch.clear();
        if (stop) {
          break;
        }
      }
    } catch (InterruptedException e) {
      log.warn("question log writer interrupted; {} item(s) not written", queue.size());
    } catch (SQLException e) {
      log.warn("question log writer could not prepare its statements; logging stops", e);
      closed.set(true);
    } finally {
      failPending();
      closeQuietly(connection);
    }
  }

  /** Writes a batch in one transaction; if it fails, writes each item alone so one bad item loses only itself. */
  private void write(PreparedStatements sql, List<Task> batch) {
    if (batch.size() == 1) {
      runAlone(sql, batch.getFirst());
      return;
    }
    try {
      List<Runnable> completions = new ArrayList<>(batch.size());
      for (Task task : batch) {
        completions.add(apply(sql, task));
      }
      connection.commit();
      completions.forEach(Runnable::run);
    } catch (SQLException e) {
      rollback();
      if (lockedOrReadOnly(e)) {
        drop(batch, e);
        return;
      }
      for (Task task : batch) {
        runAlone(sql, task);
      }
    }
  }

  private void runAlone(PreparedStatements sql, Task task) {
    try {
      Runnable completion = apply(sql, task);
      connection.commit();
      completion.run();
    } catch (SQLException e) {
      rollback();
      drop(List.of(task), e);
    }
  }

  private void drop(List<Task> tasks, SQLException e) {
    long questions = tasks.stream().filter(t -> t instanceof Insert).count();
    log.warn("question log write failed ({}); {} question(s) and {} other item(s) lost",
        e.getMessage(), questions, tasks.size() - questions);
    for (Task task : tasks) {
      task.fail(e);
    }
  }

  /** Runs one task inside the current transaction; returns what to do once it is committed. */
  private Runnable apply(PreparedStatements sql, Task task) throws SQLException {
    return switch (task) {
      case Insert insert -> {
        insert(sql, insert);
        yield () -> {};
      }
      case Rate rate -> {
        boolean stored = rate(sql, rate);
        yield () -> rate.done().complete(stored);
      }
      case Forget forget -> {
        Erasure erased = forget(sql, forget);
        yield () -> {
          checkpoint();
          forget.done().complete(erased);
        };
      }
      case Purge purge -> {
        int n = purge(sql);
        yield () -> {
          if (n > 0) {
            log.info("question log: {} question(s) older than {} days erased", n, options.retention().toDays());
            checkpoint();
          }
          purge.done().complete(n);
        };
      }
      case Flush flush -> () -> flush.done().complete(null);
      case Stop stop -> () -> {};
    };
  }

  private void insert(PreparedStatements sql, Insert insert) throws SQLException {
    long id = insert.id();
    try {
      insertRow(sql, id, insert);
    } catch (SQLiteException e) {
      if (e.getResultCode() != SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY) {
        throw e;
      }
      // Another process writing the same log took this id: take the next free one and remember.
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery("SELECT max(id) + 1 FROM question")) {
        rs.next();
        id = rs.getLong(1);
      }
      nextId.accumulateAndGet(id + 1, Math::max);
      renumbered.put(insert.id(), id);
      insertRow(sql, id, insert);
    }
    List<CitedPassage> cited = insert.asked().cited();
    for (int rank = 0; rank < cited.size(); rank++) {
      CitedPassage c = cited.get(rank);
      PreparedStatement p = sql.citation;
      p.setLong(1, id);
      p.setInt(2, rank);
      p.setString(3, c.passageId());
      p.setString(4, c.doc());
      p.setString(5, c.title());
      p.setString(6, c.article());
      p.setFloat(7, c.score());
      p.addBatch();
    }
    if (!cited.isEmpty()) {
      sql.citation.executeBatch();
    }
  }

  private static void insertRow(PreparedStatements sql, long id, Insert insert) throws SQLException {
    Asked a = insert.asked();
    PreparedStatement p = sql.question;
    p.setLong(1, id);
    p.setLong(2, a.time().toEpochMilli());
    p.setString(3, a.platform());
    p.setString(4, insert.channel());
    p.setString(5, insert.asker());
    p.setString(6, a.question());
    p.setInt(7, a.answerable() ? 1 : 0);
    p.setLong(8, a.latencyMicros());
    p.setString(9, a.mode());
    p.executeUpdate();
  }

  private boolean rate(PreparedStatements sql, Rate rate) throws SQLException {
    long id = renumbered.getOrDefault(rate.questionId(), rate.questionId());
    PreparedStatement p = sql.feedback;
    p.setLong(1, id);
    p.setString(2, rate.asker());
    p.setLong(3, options.clock().millis());
    p.setInt(4, rate.rating().value());
    p.setString(5, rate.reason());
    p.setLong(6, id);
    return p.executeUpdate() > 0;
  }

  private Erasure forget(PreparedStatements sql, Forget forget) throws SQLException {
    sql.forgetRatings.setString(1, forget.asker());
    int ratings = sql.forgetRatings.executeUpdate();
    sql.forgetQuestions.setString(1, forget.platform());
    sql.forgetQuestions.setString(2, forget.asker());
    int questions = sql.forgetQuestions.executeUpdate();
    return new Erasure(questions, ratings);
  }

  private int purge(PreparedStatements sql) throws SQLException {
    sql.purge.setLong(1, options.clock().instant().minus(options.retention()).toEpochMilli());
    return sql.purge.executeUpdate();
  }

  /** Moves erased pages out of the WAL into the (zeroed) main file, so erased text lingers nowhere. */
  private void checkpoint() {
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

  private void rollback() {
    try {
      connection.rollback();
    } catch (SQLException e) {
      log.warn("question log rollback failed; the connection may be unusable", e);
    }
  }

  private void failPending() {
    IllegalStateException closedError = new IllegalStateException("question log closed");
    for (Task task; (task = queue.poll()) != null; ) {
      task.fail(closedError);
    }
  }

  private static boolean lockedOrReadOnly(SQLException e) {
    if (e instanceof SQLiteException s) {
      String code = s.getResultCode().name();
      return code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")
          || code.startsWith("SQLITE_READONLY") || code.startsWith("SQLITE_FULL")
          || code.startsWith("SQLITE_IOERR");
    }
    return false;
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      log.warn("question log: closing the database failed", e);
    }
  }

  /** The statements the writer reuses. */
  private static final class PreparedStatements implements AutoCloseable {
    final PreparedStatement question;
    final PreparedStatement citation;
    final PreparedStatement feedback;
    final PreparedStatement forgetRatings;
    final PreparedStatement forgetQuestions;
    final PreparedStatement purge;

    PreparedStatements(Connection c) throws SQLException {
      question = c.prepareStatement("INSERT INTO question"
          + "(id, at, platform, channel, asker, text, answerable, latency_us, mode) VALUES (?,?,?,?,?,?,?,?,?)");
      citation = c.prepareStatement("INSERT INTO citation"
          + "(question_id, rank, passage_id, doc, title, article, score) VALUES (?,?,?,?,?,?,?)");
      feedback = c.prepareStatement("INSERT INTO feedback(question_id, asker, at, rating, reason)"
          + " SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM question WHERE id = ?)"
          + " ON CONFLICT (question_id, asker) DO UPDATE"
          + " SET at = excluded.at, rating = excluded.rating, reason = excluded.reason");
      forgetRatings = c.prepareStatement("DELETE FROM feedback WHERE asker = ?");
      forgetQuestions = c.prepareStatement("DELETE FROM question WHERE platform = ? AND asker = ?");
      purge = c.prepareStatement("DELETE FROM question WHERE at < ?");
    }

    @Override
    public void close() throws SQLException {
      for (PreparedStatement p : List.of(question, citation, feedback, forgetRatings, forgetQuestions, purge)) {
        p.close();
      }
    }
  }

  // ---- what the queue carries ----

  private sealed interface Task permits Insert, Rate, Forget, Purge, Flush, Stop {
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

  private record Purge(CompletableFuture<Integer> done) implements Task {
    @Override
    public void fail(Exception e) {
      done.complete(0);
    }
  }

  private record Flush(CompletableFuture<Void> done) implements Task {
    @Override
    public void fail(Exception e) {
      done.completeExceptionally(e);
    }
  }

  private record Stop() implements Task {}
}
