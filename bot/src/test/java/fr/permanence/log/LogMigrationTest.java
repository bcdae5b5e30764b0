package fr.permanence.log;

import static fr.permanence.log.LogFixtures.asked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code log migrate}: an instance's SQLite log copied into the shared one, twice without duplicates. */
class LogMigrationTest {
  private static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");

  @TempDir Path data;

  @ParameterizedTest(name = "into {0}")
  @MethodSource("fr.permanence.log.LogBackend#both")
  void copiesEverythingOnceAndMovesTheCounterPastIt(LogBackend backend) throws Exception {
    Path instance = Files.createDirectories(data.resolve("instance"));
    LogConfig source = LogConfig.sqlite(instance);
    long rated;
    try (QuestionLog log = QuestionLog.open(source, source.options())) {
      rated = log.record(asked(NOW, "alice", "Combien d'heures de délégation ?", "cdt#L2315-7", "guide#p3-ab"));
      log.record(asked(NOW, "bob", "Sans réponse"));
      assertTrue(log.feedback(rated, "discord", "bob", Rating.DOWN, "hors sujet"));
      assertTrue(log.markGapHandled("g-1", "fiche ajoutée"));
    }
    LogConfig shared = backend.config(Files.createDirectories(data.resolve("shared")));
    // The shared log's instances use the same secret file content.
    Files.copy(source.secretFile(), shared.secretFile());
    LogMigration.Result first = LogMigration.copy(source, shared);
    assertEquals(new LogMigration.Result(2, 2, 0), first);
    assertEquals(new LogMigration.Result(2, 0, 0), LogMigration.copy(source, shared));
    assertEquals(2, LogBackend.count(shared, "SELECT count(*) FROM citation"));
    assertEquals("hors sujet", LogBackend.string(shared, "SELECT reason FROM feedback WHERE question_id = " + rated));
    assertEquals("fiche ajoutée", LogBackend.string(shared, "SELECT note FROM gap_handled"));
    try (QuestionLog log = QuestionLog.open(shared, shared.options())) {
      assertTrue(log.record(asked(NOW, "carol", "après la copie")) > rated + 1, "ids continue after the copied ones");
      // Same secret: oubli on the shared log erases what alice asked on her instance.
      assertEquals(new Erasure(1, 0), log.erase("discord", "alice"));
      assertTrue(log.flush(Duration.ofSeconds(30)));
    }
  }
}
