package fr.permanence.log;

import static fr.permanence.log.LogFixtures.asked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.sql.SqlDialect;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PostgreSQL address where something accepts connections and never answers (a hung server, a
 * firewall that swallows packets after the handshake, the wrong service on the port): opening the
 * log, or a connection, gives up after the driver's login timeout instead of blocking the bot's
 * start forever. The server is a real loopback socket.
 */
class SilentServerTest {
  /**
   * Far above the login timeout the dialect sets (2 × 5 s here): only reached when nothing bounds
   * the wait, which is the defect this test guards against.
   */
  private static final Duration NEVER = Duration.ofSeconds(60);

  @TempDir Path data;

  /** Accepts every connection on a loopback port and keeps it open without sending a byte. */
  private static final class SilentServer implements AutoCloseable {
    private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private final Thread acceptor = Thread.ofVirtual().start(() -> {
      try {
        while (true) {
          accepted.add(socket.accept());
        }
      } catch (IOException closed) {
        // the test is over
      }
    });

    SilentServer() throws IOException {}

    String url() {
      return "jdbc:postgresql://127.0.0.1:" + socket.getLocalPort() + "/permanence";
    }

    @Override
    public void close() throws IOException {
      socket.close();
      for (Socket s : accepted) {
        s.close();
      }
      acceptor.interrupt();
    }
  }

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
      assertTrue(server.accepted.size() >= 1, "the driver did reach the socket");
    }
  }

  @Test
  void theLogOpensWithoutItAndAQuestionIsStillAnsweredAtOnce() throws Exception {
    try (SilentServer server = new SilentServer()) {
      LogConfig sqlite = LogConfig.sqlite(data);
      LogConfig config = new LogConfig(server.url(), "", "", sqlite.secretFile(), sqlite.retention());
      assertTimeoutPreemptively(NEVER, () -> {
        try (QuestionLog log = QuestionLog.open(config, config.options())) {
          // Unreachable for now, not refused: the writer connects once the server answers.
          assertTrue(log.available());
          assertEquals(-1, log.record(asked(Instant.parse("2026-03-15T10:00:00Z"), "alice", "Congés ?", "cdt#L1")));
        }
      });
    }
  }
}
