package fr.permanence.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed (SIGKILL) while it writes loses at most the row it was writing. */
class QuestionLogCrashTest {
  /** Enough acknowledged rows that the kill lands in the middle of steady writing. */
  private static final int ACKNOWLEDGED_BEFORE_KILL = 300;

  private static final String ACK = "ack ";

  @TempDir Path data;

  @Test
  void aKilledWriterLosesAtMostTheRowInFlight() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), data.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    long lastAcknowledged = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (int acknowledged = 0; acknowledged < ACKNOWLEDGED_BEFORE_KILL; ) {
        String line = out.readLine();
        assertTrue(line != null, "the writer stopped early, exit " + (child.isAlive() ? "-" : child.exitValue()));
        if (line.startsWith(ACK)) {
          lastAcknowledged = Long.parseLong(line.substring(ACK.length()));
          acknowledged++;
        }
      }
      // SIGKILL: no shutdown hook, no close. Through the handle, so our end of the pipe stays open.
      child.toHandle().destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
      // Ids printed after our last read were written too; read them so the count check is exact.
      for (String line; (line = out.readLine()) != null; ) {
        if (line.startsWith(ACK)) {
          lastAcknowledged = Long.parseLong(line.substring(ACK.length()));
        }
      }
    }
    Path db = LogDatabase.file(data);
    assertEquals("ok", LogFixtures.string(db, "PRAGMA integrity_check"));
    long rows = LogFixtures.count(db, "SELECT count(*) FROM question");
    assertTrue(rows == lastAcknowledged || rows == lastAcknowledged + 1,
        rows + " rows for " + lastAcknowledged + " acknowledged");
    assertEquals(rows, LogFixtures.count(db, "SELECT count(*) FROM citation"));
    // And the log opens and goes on after the crash.
    try (QuestionLog log = QuestionLog.open(data, LogOptions.defaults())) {
      assertEquals(rows + 1, log.record(LogFixtures.asked(Instant.now(), "after", "après la panne")));
    }
  }
}
