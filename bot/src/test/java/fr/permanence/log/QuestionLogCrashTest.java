package fr.permanence.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two processes write the same log at once and are killed (SIGKILL) mid-write: each loses at most
 * the row it was writing, every id it printed is its own row, and the log goes on.
 */
class QuestionLogCrashTest {
  /** Enough acknowledged rows per writer that the kill lands in the middle of steady writing. */
  private static final int ACKNOWLEDGED_BEFORE_KILL = 150;
  private static final String ACK = "ack ";

  @TempDir Path data;

  @ParameterizedTest(name = "{0}")
  @MethodSource("fr.permanence.log.LogBackend#both")
  void killedWritersLoseAtMostTheRowInFlight(LogBackend backend) throws Exception {
    LogConfig config = backend.config(data);
    try (QuestionLog first = QuestionLog.open(config, config.options())) {
      assertTrue(first.available()); // schema and secret exist before the children race
    }
    List<Writer> writers = List.of(start(config, "alpha"), start(config, "beta"));
    try {
      for (Writer w : writers) {
        w.readAcks(ACKNOWLEDGED_BEFORE_KILL);
      }
    } finally {
      for (Writer w : writers) {
        // SIGKILL: no shutdown hook, no close. Through the handle, so our end of the pipe stays open.
        w.process.toHandle().destroyForcibly();
      }
    }
    for (Writer w : writers) {
      assertTrue(w.process.waitFor(30, TimeUnit.SECONDS));
      w.readAcks(Integer.MAX_VALUE); // ids printed after our last read were written too
      w.out.close();
    }
    if (backend == LogBackend.SQLITE) {
      assertEquals("ok", LogBackend.string(config, "PRAGMA integrity_check"));
    }
    Set<Long> all = new HashSet<>();
    for (Writer w : writers) {
      long rows = LogBackend.count(config, "SELECT count(*) FROM question WHERE text LIKE '" + w.label + " %'");
      assertTrue(rows == w.acks.size() || rows == w.acks.size() + 1, rows + " rows for " + w.acks.size() + " acknowledged");
      for (long id : w.acks) {
        // The number a process printed is the row it wrote, never another process's.
        assertTrue(LogBackend.string(config, "SELECT text FROM question WHERE id = " + id).startsWith(w.label + " "),
            w.label + " printed " + id);
        assertTrue(all.add(id), "id " + id + " handed out twice");
      }
    }
    assertEquals(LogBackend.count(config, "SELECT count(*) FROM question"),
        LogBackend.count(config, "SELECT count(*) FROM citation"));
    // And the log opens and goes on after the crash, with an id never used before.
    long max = LogBackend.count(config, "SELECT max(id) FROM question");
    try (QuestionLog log = QuestionLog.open(config, config.options())) {
      long id = log.record(LogFixtures.asked(Instant.now(), "after", "après la panne"));
      assertTrue(id > max, "new id " + id + " after " + max);
      assertTrue(log.flush(Duration.ofSeconds(30)));
    }
  }

  private Writer start(LogConfig config, String label) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), config.url(),
        config.secretFile().toString(), label)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    return new Writer(label, child,
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)));
  }

  private static final class Writer {
    final String label;
    final Process process;
    final BufferedReader out;
    final List<Long> acks = new ArrayList<>();

    Writer(String label, Process process, BufferedReader out) {
      this.label = label;
      this.process = process;
      this.out = out;
    }

    void readAcks(int wanted) throws Exception {
      for (int n = 0; n < wanted; ) {
        String line = out.readLine();
        if (line == null) {
          assertTrue(wanted == Integer.MAX_VALUE, label + " stopped early, exit " + (process.isAlive() ? "-" : process.exitValue()));
          return;
        }
        if (line.startsWith(ACK)) {
          acks.add(Long.parseLong(line.substring(ACK.length())));
          n++;
        }
      }
    }
  }
}
