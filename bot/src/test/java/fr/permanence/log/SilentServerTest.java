package fr.permanence.log;

import static fr.permanence.log.LogFixtures.asked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fr.permanence.sql.SqlDialect;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL address where something accepts connections and never answers (a hung server, a
 * firewall that swallows packets after the handshake, the wrong service on the port): opening the
 * log, or a connection, gives up after the driver's login timeout instead of blocking the bot's
 * start forever, closing the log does not wait for yet another attempt, and a report says the
 * server did not answer rather than blaming rights. The server is a real loopback socket.
 */
class SilentServerTest {
  /**
   * Far above the login timeout the dialect sets (5 s): only reached when nothing bounds the wait,
   * which is the defect this test guards against.
   */
  private static final Duration NEVER = Duration.ofSeconds(60);
  /** How long one attempt to log in lasts against a silent server. */
  private static final Duration LOGIN_TIMEOUT = SqlDialect.LOGIN_TIMEOUT;

  @TempDir Path data;

  @Test
  void aConnectionToAServerThatNeverAnswersTimesOutAsUnreachable() throws Exception {
    try (SilentServer server = new SilentServer()) {
      SQLException e = assertTimeoutPreemptively(NEVER, () -> {
        try {
          SqlDialect.POSTGRESQL.connect(server.url(), "", "", Duration.ofSeconds(5)).close();
          throw new AssertionError("a silent server cannot open a connection");
        } catch (SQLException expected) {
          return expected;
        }
      });
      assertEquals("08001", e.getSQLState(), e.getMessage());
      assertTrue(SqlDialect.POSTGRESQL.connectionLost(e), "retried later, like a server that is down");
      assertTrue(server.accepted() >= 1, "the driver did reach the socket");
    }
  }

  /**
   * Once an attempt to connect failed, a question is not held for another login on the member's
   * thread: its id reservation fails at once (the question goes unlogged), and the writer is asked
   * to try again in the background, where nobody waits. The address's login timeout of two seconds
   * keeps the test short.
   */
  @Test
  void aQuestionNeverWaitsForALoginOnceTheServerWasFoundSilent() throws Exception {
    try (LoggedLines warnings = new LoggedLines(WriterConnection.class); SilentServer server = new SilentServer()) {
      LogConfig config = silentLog(server.url() + "?loginTimeout=2");
      assertTimeoutPreemptively(NEVER, () -> {
        try (QuestionLog log = QuestionLog.open(config, config.options())) {
          // The opening's attempt failed; wait for the writer's own (its hourly purge) to fail too.
          while (warnings.messages().isEmpty()) {
            Thread.sleep(10);
          }
          long start = System.nanoTime();
          assertEquals(-1, log.record(asked(Instant.parse("2026-03-15T10:00:00Z"), "alice", "Congés ?", "cdt#L1")));
          Duration took = Duration.ofNanos(System.nanoTime() - start);
          // A login would take two seconds; recording takes microseconds, a second is a loaded machine's margin.
          assertTrue(took.compareTo(Duration.ofSeconds(1)) < 0, "the question waited " + took);
          // The writer tries again by itself: a third login, on its thread.
          while (server.accepted() < 3) {
            Thread.sleep(10);
          }
        }
      });
    }
  }

  /**
   * A report's connection, whose lock wait is 10 s, gives up on a silent server after the login
   * timeout too: the login's bound used to follow the lock wait, twice it, and a report took 20 s
   * to say the server was silent.
   */
  @Test
  void aReportGivesUpAfterTheLoginTimeoutNotTwiceItsLockWait() throws Exception {
    try (SilentServer server = new SilentServer()) {
      LogConfig config = silentLog(server);
      long start = System.nanoTime();
      LogUnavailableException e = assertThrows(LogUnavailableException.class, () -> LogDatabase.openForReading(config));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertTrue(e.getMessage().startsWith("Le journal " + server.url() + " n'a pas répondu à temps"), e.getMessage());
      // A margin for a loaded machine, far below the 20 s it took.
      assertTrue(took.compareTo(LOGIN_TIMEOUT.plusSeconds(3)) < 0, "gave up after " + took);
    }
  }

  @Test
  void theLogOpensWithoutItAndAQuestionIsStillAnsweredAtOnce() throws Exception {
    try (SilentServer server = new SilentServer()) {
      LogConfig config = silentLog(server);
      assertTimeoutPreemptively(NEVER, () -> {
        try (QuestionLog log = QuestionLog.open(config, config.options())) {
          // Unreachable for now, not refused: the writer connects once the server answers.
          assertTrue(log.available());
          assertEquals(-1, log.record(asked(Instant.parse("2026-03-15T10:00:00Z"), "alice", "Congés ?", "cdt#L1")));
        }
      });
    }
  }

  @Test
  void closingTheLogOfAServerThatNeverAnsweredWaitsForNoFurtherLogin() throws Exception {
    try (SilentServer server = new SilentServer()) {
      LogConfig config = silentLog(server);
      assertTimeoutPreemptively(NEVER, () -> {
        // Opening tries once (given up after the login timeout); the writer starts a second attempt.
        QuestionLog log = QuestionLog.open(config, config.options());
        // On a loaded machine the writer may already be at its next attempt when closing starts:
        // what counts is that closing adds none.
        int beforeClosing = Math.max(2, server.accepted());
        long start = System.nanoTime();
        log.close();
        Duration closing = Duration.ofNanos(System.nanoTime() - start);
        // Closing used to wait out the writer's attempt, then make a third for its last batch: a
        // command that had printed its answer exited 20 to 30 s later.
        assertTrue(server.accepted() <= beforeClosing,
            "no login attempt for closing: " + server.accepted() + " after " + beforeClosing);
        assertTrue(closing.compareTo(LOGIN_TIMEOUT) < 0, "closed without waiting out a login: " + closing);
      });
    }
  }

  /**
   * Closing while the writer tries to log in for a batch it took from the queue (a rating) counts
   * that batch among what is not written: the queue alone is empty by then. The address's own
   * login timeout of one second (it takes precedence over the dialect's) keeps the test short.
   */
  @Test
  void closingCountsTheBatchTheWriterIsTryingToWrite() throws Exception {
    try (LoggedLines warnings = new LoggedLines(LogWriter.class); SilentServer server = new SilentServer()) {
      LogConfig config = silentLog(server.url() + "?loginTimeout=1");
      assertTimeoutPreemptively(NEVER, () -> {
        // Login attempts: the opening's, the writer's hourly purge, then the rating's batch.
        QuestionLog log = QuestionLog.open(config, config.options());
        log.feedbackAsync(1, "console", "alice", Rating.UP, "");
        while (server.accepted() < 3) {
          Thread.sleep(10);
        }
        log.close();
      });
      assertEquals(List.of("question log " + config.describe() + " unreachable at closing; 1 item(s) not written"),
          warnings.messages().stream().filter(m -> m.contains("at closing")).toList());
    }
  }

  @Test
  void aReportSaysTheServerDidNotAnswerInTimeRatherThanToCheckRights() throws Exception {
    try (SilentServer server = new SilentServer()) {
      LogConfig config = silentLog(server);
      SQLException silent = assertThrows(SQLException.class,
          () -> SqlDialect.POSTGRESQL.connect(server.url(), "", "", Duration.ofSeconds(1)).close());
      assertEquals("Le journal " + server.url() + " n'a pas répondu à temps : le serveur accepte la connexion mais"
          + " ne répond pas (surchargé, bloqué, ou un autre service sur ce port). Vérifiez que PostgreSQL fonctionne"
          + " à cette adresse, puis réessayez.", LogDatabase.readFailure(config, silent, "droits").getMessage());
    }
    int closedPort;
    try (ServerSocket nobody = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = nobody.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/permanence";
    SQLException refused = assertThrows(SQLException.class,
        () -> SqlDialect.POSTGRESQL.connect(url, "", "", Duration.ofSeconds(1)).close());
    assertEquals("Le serveur du journal " + url + " refuse la connexion ou est introuvable (" + refused.getMessage()
        + ") : vérifiez l'adresse et le port (PERMANENCE_LOG_URL) et que PostgreSQL est démarré, puis réessayez.",
        LogDatabase.readFailure(silentLog(url), refused, "droits").getMessage());
    // Anything else keeps the caller's advice (rights, another database, damage).
    assertEquals("droits", LogDatabase.readFailure(silentLog(url), new SQLException("permission denied", "42501"),
        "droits").getMessage());
  }

  /** The lines a class logs while this is open: logback's list appender on the class's logger. */
  private static final class LoggedLines implements AutoCloseable {
    private final Logger logger;
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    LoggedLines(Class<?> source) {
      logger = (Logger) LoggerFactory.getLogger(source);
      lines.start();
      logger.addAppender(lines);
    }

    /** The messages so far, formatted; the writer thread may be adding one (logback appends under the appender's lock). */
    List<String> messages() {
      synchronized (lines) {
        return lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
      }
    }

    @Override
    public void close() {
      logger.detachAppender(lines);
    }
  }

  private LogConfig silentLog(SilentServer server) {
    return silentLog(server.url());
  }

  private LogConfig silentLog(String url) {
    LogConfig sqlite = LogConfig.sqlite(data);
    return new LogConfig(url, "", "", sqlite.secretFile(), sqlite.retention());
  }
}
