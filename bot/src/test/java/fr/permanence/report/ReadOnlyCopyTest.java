package fr.permanence.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.log.LogDatabase;
import fr.permanence.log.LogOptions;
import fr.permanence.log.QuestionLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trainer copies the log (with its WAL) somewhere read-only and runs the report on the copy. */
class ReadOnlyCopyTest {
  @TempDir Path dir;

  @Test
  void theReportReadsAReadOnlyCopyOfTheLog() throws Exception {
    Path live = Files.createDirectories(dir.resolve("live"));
    Path copy = Files.createDirectories(dir.resolve("copy"));
    Path readOnly = Files.createDirectories(dir.resolve("ro"));
    int total;
    try (QuestionLog log = QuestionLog.open(live, LogOptions.defaults().withClock(Clock.fixed(ReportFixture.NOW, ZoneOffset.UTC)))) {
      ReportFixture.fill(live);
      total = ReportFixture.generator(live).review("30d").total();
      // Copied while the bot runs: the recent questions are still in the WAL, not the main file.
      for (String suffix : new String[] {"", "-wal"}) {
        Path f = live.resolve(LogDatabase.FILE_NAME + suffix);
        if (Files.exists(f)) {
          Files.copy(f, copy.resolve(LogDatabase.FILE_NAME + suffix));
        }
      }
      assertTrue(log.available());
    }
    Process mount = new ProcessBuilder("mount", "--bind", "-o", "ro", copy.toString(), readOnly.toString())
        .redirectErrorStream(true).start();
    String output = new String(mount.getInputStream().readAllBytes()).strip();
    if (mount.waitFor() != 0) {
      System.out.println("SKIPPED: a read-only mount needs root: " + output);
      Assumptions.abort("cannot bind-mount read-only: " + output);
    }
    try {
      assertTrue(total > 10);
      Review review = ReportFixture.generator(readOnly).review("30d");
      assertEquals(total, review.total());
      assertTrue(ReportGenerator.render(review, ReportFormat.HTML).contains("Questions sans réponse"));
    } finally {
      new ProcessBuilder("umount", readOnly.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
