package fr.permanence.log;

import static fr.permanence.log.LogFixtures.asked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.sql.SqlDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The log's behaviour on both databases it can live in: a SQLite file and a PostgreSQL server. */
class SharedLogTest {
  private static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path data;

  private static LogOptions options(LogConfig config) {
    return config.options().withClock(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fr.permanence.log.LogBackend#both")
  void recordsRatesErasesAndPurges(LogBackend backend) throws Exception {
    LogConfig config = backend.config(data);
    try (QuestionLog log = QuestionLog.open(config, options(config).withRetention(Duration.ofDays(90)))) {
      assertTrue(log.available());
      long id = log.record(new Asked(NOW, "discord", "salon", "alice", "Combien d'heures de délégation ?", true,
          List.of(new CitedPassage("cdt#L2315-7", "cdt", "Code du travail", "L2315-7", 9f,
              "Partie législative > Deuxième partie > Livre III > Titre Ier")), 1200, "extractive",
          "Le Code du travail dit : « … »", 0.41));
      assertTrue(log.feedback(id, "discord", "bob", Rating.DOWN, "hors sujet"));
      assertTrue(log.feedback(id, "discord", "bob", Rating.UP, ""));
      long old = log.record(asked(NOW.minus(Duration.ofDays(91)), "carol", "Ancienne", "cdt#L1"));
      assertTrue(old > id);
      assertTrue(log.flush(WAIT));
      assertEquals("Le Code du travail dit : « … »|0.41", LogBackend.string(config,
          "SELECT answer || '|' || CAST(round(CAST(evidence AS NUMERIC), 2) AS TEXT) FROM question WHERE id = " + id));
      assertEquals("Partie législative > Deuxième partie > Livre III > Titre Ier",
          LogBackend.string(config, "SELECT section FROM citation WHERE question_id = " + id));
      assertTrue(LogBackend.string(config, "SELECT asker FROM question WHERE id = " + id).matches("m-[0-9a-f]{16}"));
      assertEquals(1, LogBackend.count(config, "SELECT rating FROM feedback"));
      assertEquals(1, log.purge());
      assertEquals(new Erasure(0, 1), log.erase("discord", "bob"));
      assertEquals(new Erasure(1, 0), log.erase("discord", "alice"));
      assertEquals(0, LogBackend.count(config, "SELECT count(*) FROM question"));
      assertEquals(0, LogBackend.count(config, "SELECT count(*) FROM citation"));
      assertTrue(log.markGapHandled("g-1234", "  fiche ajoutée  "));
      assertEquals("fiche ajoutée", LogBackend.string(config, "SELECT note FROM gap_handled"));
    }
  }

  /**
   * The guarantee reports rely on: once {@code flush} returns, every question recorded before it,
   * by this thread or any other, is seen by a connection opened afterwards, here the read-only one
   * the trainers' report opens. Several threads record and flush at once, and each checks its own
   * questions after every flush, so flushes overtake each other's inserts in the queue.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("fr.permanence.log.LogBackend#both")
  void everyQuestionRecordedBeforeAFlushIsSeenByAReaderOpenedAfterIt(LogBackend backend) throws Exception {
    LogConfig config = backend.config(data);
    int threads = 4;
    int rounds = 40;
    try (QuestionLog log = QuestionLog.open(config, options(config));
        ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String asker = "flusher-" + t;
        done.add(pool.submit(() -> {
          int recorded = 0;
          for (int round = 1; round <= rounds; round++) {
            for (int i = 0; i < round % 7 + 1; i++, recorded++) {
              assertTrue(log.record(asked(NOW, asker, asker + " question " + recorded)) > 0);
            }
            assertTrue(log.flush(WAIT));
            try (Connection reader = LogDatabase.openForReading(config);
                PreparedStatement p = reader.prepareStatement(
                    "SELECT count(*) FROM question WHERE asker = ?")) {
              p.setString(1, log.pseudonym("discord", asker));
              try (ResultSet rs = p.executeQuery()) {
                rs.next();
                assertEquals(recorded, rs.getInt(1), asker + ", round " + round);
              }
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fr.permanence.log.LogBackend#both")
  void idsAreNeverHandedOutTwiceEvenAfterAnErasure(LogBackend backend) throws Exception {
    LogConfig config = backend.config(data);
    long last;
    try (QuestionLog log = QuestionLog.open(config, options(config))) {
      log.record(asked(NOW, "dave", "première"));
      last = log.record(asked(NOW, "erin", "dernière"));
      assertEquals(1, log.forget("discord", "erin"));
    }
    // The highest id was erased; a new process must not hand it out again.
    try (QuestionLog log = QuestionLog.open(config, options(config))) {
      long next = log.record(asked(NOW, "frank", "après l'oubli"));
      assertTrue(next > last, next + " after " + last);
      assertTrue(log.flush(WAIT));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fr.permanence.log.LogBackend#both")
  void severalWritersEachGetTheNumberOfTheRowTheyWrote(LogBackend backend) throws Exception {
    LogConfig config = backend.config(data);
    int writers = 3;
    int perWriter = 300;
    List<QuestionLog> logs = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
      for (int w = 0; w < writers; w++) {
        logs.add(QuestionLog.open(config, options(config))); // one per "process": its own connections
      }
      List<Future<Map<Long, String>>> results = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        QuestionLog log = logs.get(w);
        int writer = w;
        results.add(pool.submit(() -> {
          Map<Long, String> mine = new HashMap<>();
          for (int i = 0; i < perWriter; i++) {
            String text = "écrivain " + writer + " question " + i;
            mine.put(log.record(asked(NOW, "member-" + writer, text, "cdt#L1-" + i)), text);
          }
          return mine;
        }));
      }
      Set<Long> ids = new HashSet<>();
      List<Map<Long, String>> written = new ArrayList<>();
      for (Future<Map<Long, String>> f : results) {
        written.add(f.get());
        ids.addAll(written.getLast().keySet());
      }
      for (QuestionLog log : logs) {
        assertTrue(log.flush(WAIT));
        assertEquals(0, log.droppedCount());
      }
      assertEquals(writers * perWriter, ids.size());
      assertFalse(ids.contains(-1L));
      assertEquals(writers * perWriter, LogBackend.count(config, "SELECT count(*) FROM question"));
      Map<Long, String> rows = new HashMap<>();
      try (var c = LogBackend.connect(config); var st = c.createStatement();
          var rs = st.executeQuery("SELECT id, text FROM question")) {
        while (rs.next()) {
          rows.put(rs.getLong(1), rs.getString(2));
        }
      }
      for (Map<Long, String> mine : written) {
        for (var e : mine.entrySet()) {
          assertEquals(e.getValue(), rows.get(e.getKey()), "row " + e.getKey());
        }
      }
    } finally {
      logs.forEach(QuestionLog::close);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fr.permanence.log.LogBackend#both")
  void aLostSecretIsLoudAndOubliSaysOlderQuestionsCouldNotBeLinked(LogBackend backend) throws Exception {
    LogConfig config = backend.config(data);
    try (QuestionLog log = QuestionLog.open(config, options(config))) {
      log.record(asked(NOW.minus(Duration.ofDays(10)), "gail", "avant la perte de la clé"));
      assertTrue(log.flush(WAIT));
    }
    Files.delete(config.secretFile());
    try (QuestionLog log = QuestionLog.open(config, options(config))) {
      assertTrue(log.available(), "the bot goes on logging with a new secret");
      log.record(asked(NOW, "gail", "après"));
      Erasure erased = log.erase("discord", "gail");
      assertEquals(1, erased.questions());
      assertEquals(NOW, erased.unlinkedBefore());
      assertEquals(NOW.minus(Duration.ofDays(10)).plus(LogOptions.DEFAULT_RETENTION), erased.unlinkedGoneBy());
      assertTrue(erased.message().contains("15/03/2026. Les questions enregistrées avant cette date n'ont pas pu"
          + " être reliées à votre compte"), erased.message());
      assertEquals(1, LogBackend.count(config, "SELECT count(*) FROM question"));
    }
    // Reopening with the same (new) secret keeps saying so, as long as unlinked questions remain.
    try (QuestionLog log = QuestionLog.open(config, options(config))) {
      assertNotNull(log.erase("discord", "gail").unlinkedBefore());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fr.permanence.log.LogBackend#both")
  void anUntouchedSecretSaysNothing(LogBackend backend) throws Exception {
    LogConfig config = backend.config(data);
    try (QuestionLog log = QuestionLog.open(config, options(config))) {
      log.record(asked(NOW, "hana", "question"));
    }
    try (QuestionLog log = QuestionLog.open(config, options(config))) {
      assertNull(log.erase("discord", "hana").unlinkedBefore());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fr.permanence.log.LogBackend#both")
  void twoInstancesWithOneSecretShareOnePseudonymAndOneOubli(LogBackend backend) throws Exception {
    LogConfig shared = backend.config(Files.createDirectories(data.resolve("shared")));
    // A Discord bot and a Matrix bot on two hosts: their own data folders, the same secret file content.
    Path matrixHost = Files.createDirectories(data.resolve("matrix-host"));
    try (QuestionLog discord = QuestionLog.open(shared, options(shared))) {
      discord.record(asked(NOW, "alice", "depuis Discord"));
      assertTrue(discord.flush(WAIT));
    }
    Files.copy(shared.secretFile(), matrixHost.resolve(LogDatabase.SECRET_FILE_NAME));
    LogConfig matrix = new LogConfig(shared.url(), "", "", matrixHost.resolve(LogDatabase.SECRET_FILE_NAME),
        shared.retention());
    try (QuestionLog discord = QuestionLog.open(shared, options(shared));
        QuestionLog other = QuestionLog.open(matrix, options(matrix))) {
      other.record(asked(NOW, "alice", "depuis l'autre instance"));
      assertTrue(other.flush(WAIT));
      assertEquals(1, LogBackend.count(shared, "SELECT count(DISTINCT asker) FROM question"), "one pseudonym");
      // oubli on one instance erases what she asked on both.
      assertEquals(new Erasure(2, 0), discord.erase("discord", "alice"));
      assertEquals(0, LogBackend.count(shared, "SELECT count(*) FROM question"));
      assertNull(other.erase("discord", "alice").unlinkedBefore(), "same secret: nothing unlinked");
    }
  }

  @Test
  void aServerDownAtStartDoesNotStopTheBotAndIsRetriedWithoutARestart() throws Exception {
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    LogConfig down = new LogConfig("jdbc:postgresql://127.0.0.1:1/permanence", "bot", "", data.resolve("questions.key"),
        LogOptions.DEFAULT_RETENTION);
    // A ticker that never moves: the back-off after the first failed reservation holds for the test.
    try (QuestionLog log = QuestionLog.open(down, options(down).withTicker(() -> 0))) {
      assertTrue(log.available(), "the log stays on and keeps trying");
      // A member never waits for a dead server: the question is dropped, not held. The second is
      // dropped by the back-off without asking the server again (IdReservationsTest counts the asks).
      assertEquals(-1, log.record(asked(NOW, "lou", "pendant la panne")));
      assertEquals(-1, log.record(asked(NOW, "lou", "toujours en panne")));
      assertEquals(2, log.droppedCount());
    }
  }

  @Test
  void retentionIsConfigurable() throws Exception {
    LogConfig thirty = LogConfig.from(Map.of("PERMANENCE_LOG_RETENTION_DAYS", "30"), data);
    assertEquals(Duration.ofDays(30), thirty.options().retention());
    assertEquals(LogOptions.DEFAULT_RETENTION, LogConfig.from(Map.of(), data).options().retention());
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> LogConfig.from(Map.of("PERMANENCE_LOG_RETENTION_DAYS", "un an"), data));
    assertEquals("PERMANENCE_LOG_RETENTION_DAYS doit être un nombre de jours, pas « un an ».", bad.getMessage());
    assertThrows(IllegalArgumentException.class, () -> LogConfig.from(Map.of("PERMANENCE_LOG_RETENTION_DAYS", "0"), data));
    try (QuestionLog log = QuestionLog.open(thirty, thirty.options().withClock(Clock.fixed(NOW, ZoneOffset.UTC)))) {
      log.record(asked(NOW.minus(Duration.ofDays(31)), "ines", "trop vieille"));
      log.record(asked(NOW.minus(Duration.ofDays(29)), "ines", "gardée"));
      assertEquals(1, log.purge());
      assertEquals("gardée", LogBackend.string(thirty, "SELECT text FROM question"));
    }
  }

  @Test
  void theServerAddressComesFromTheEnvironmentWithoutPrintingThePassword() {
    LogConfig c = LogConfig.from(Map.of("PERMANENCE_LOG_URL", "jdbc:postgresql://db.example:5432/permanence?ssl=true",
        "PERMANENCE_LOG_USER", "bot", "PERMANENCE_LOG_PASSWORD", "s3cret"), data);
    assertEquals(SqlDialect.POSTGRESQL, c.dialect());
    assertEquals("jdbc:postgresql://db.example:5432/permanence", c.describe());
    assertFalse(c.toString().contains("s3cret"));
    assertEquals(data.resolve(LogDatabase.SECRET_FILE_NAME), c.secretFile());
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> LogConfig.from(Map.of("PERMANENCE_LOG_URL", "jdbc:mysql://x/y"), data));
    assertTrue(bad.getMessage().startsWith("Adresse de base de données « jdbc:mysql://x/y » non prise en charge"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fr.permanence.log.LogBackend#both")
  void theLogRecoversWithoutARestartOnceTheDatabaseIsUsableAgain(LogBackend backend) throws Exception {
    if (backend == LogBackend.SQLITE) {
      FullDisk.run(data, this::recoversAfterAFullDisk);
      return;
    }
    LogConfig config = backend.config(data);
    try (QuestionLog log = QuestionLog.open(config, options(config))) {
      log.record(asked(NOW, "jo", "avant la coupure"));
      assertTrue(log.flush(WAIT));
      // The server drops every connection of the bot (restart, failover, network cut).
      assertEquals(1, LogBackend.count(config, "SELECT count(*) FROM (SELECT pg_terminate_backend(pid)"
          + " FROM pg_stat_activity WHERE application_name = 'permanence' AND pid <> pg_backend_pid()"
          + " AND datname = current_database()) t") > 0 ? 1 : 0);
      long id = log.record(asked(NOW, "jo", "après la coupure"));
      assertTrue(id > 0);
      assertTrue(log.flush(WAIT));
      assertEquals("après la coupure", LogBackend.string(config, "SELECT text FROM question WHERE id = " + id));
      assertEquals(new Erasure(2, 0), log.erase("discord", "jo"));
    }
  }

  private void recoversAfterAFullDisk(Path disk, Runnable freeSpace) throws Exception {
    LogConfig config = LogConfig.sqlite(disk);
    AtomicLong ticker = new AtomicLong();
    try (QuestionLog log = QuestionLog.open(config, options(config).withTicker(ticker::get))) {
      long before = log.record(asked(NOW, "kim", "avant le disque plein"));
      assertTrue(log.flush(WAIT));
      FullDisk.fill(disk);
      for (int i = 0; i < 20; i++) {
        log.record(asked(NOW, "kim", "disque plein " + i + " " + "x".repeat(20_000)));
      }
      log.flush(WAIT);
      freeSpace.run();
      ticker.addAndGet(Duration.ofSeconds(6).toNanos()); // past the back-off after a failed reservation of ids
      long after = log.record(asked(NOW, "kim", "après le disque plein"));
      assertTrue(after > before, "logging again after the disk was freed: " + after);
      assertTrue(log.flush(WAIT));
      assertEquals("après le disque plein", LogBackend.string(config, "SELECT text FROM question WHERE id = " + after));
      assertEquals("ok", LogBackend.string(config, "PRAGMA integrity_check"));
      Erasure erased = log.erase("discord", "kim");
      assertEquals(LogBackend.count(config, "SELECT 0") + erased.questions(), erased.questions());
      assertEquals(0, LogBackend.count(config, "SELECT count(*) FROM question"));
    }
  }
}
