package fr.permanence.log;

import static fr.permanence.log.LogFixtures.asked;
import static fr.permanence.log.LogFixtures.count;
import static fr.permanence.log.LogFixtures.string;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionLogTest {
  private static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path data;

  private LogOptions options() {
    return LogOptions.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void recordsPseudonymizedRowsAndNeverARawId() throws Exception {
    Path db;
    try (QuestionLog log = QuestionLog.open(data, options())) {
      assertTrue(log.available());
      long id = log.record(asked(NOW, "alice#1234", "Combien d'heures de délégation ?", "cdt#L2315-7", "guide#p3-ab"));
      assertEquals(1, id);
      assertTrue(log.flush(WAIT));
      db = log.file();
      assertEquals(1, count(db, "SELECT count(*) FROM question WHERE id = 1 AND answerable = 1"
          + " AND latency_us = 1234 AND mode = 'extractive' AND platform = 'discord'"));
      assertEquals("Combien d'heures de délégation ?", string(db, "SELECT text FROM question"));
      assertTrue(string(db, "SELECT asker FROM question").matches("m-[0-9a-f]{16}"));
      assertTrue(string(db, "SELECT channel FROM question").matches("c-[0-9a-f]{16}"));
      assertEquals("cdt#L2315-7|L2315-7|guide#p3-ab|null", string(db,
          "SELECT group_concat(passage_id || '|' || coalesce(article, 'null'), '|') FROM"
              + " (SELECT * FROM citation ORDER BY rank)"));
      // The raw ids appear nowhere in the files, WAL included.
      for (Path f : List.of(db, db.resolveSibling(db.getFileName() + "-wal"))) {
        String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("alice#1234"), f.toString());
        assertFalse(bytes.contains("channel-42"), f.toString());
      }
    }
    // Reopening continues the ids and keeps the same pseudonyms (same secret).
    try (QuestionLog log = QuestionLog.open(data, options())) {
      assertEquals(2, log.record(asked(NOW, "alice#1234", "Et pour un suppléant ?")));
      assertTrue(log.flush(WAIT));
      assertEquals(1, count(db, "SELECT count(DISTINCT asker) FROM question"));
    }
  }

  @Test
  void filesAreOwnerOnlyAndSchemaIsVersioned() throws Exception {
    try (QuestionLog log = QuestionLog.open(data, options())) {
      log.record(asked(NOW, "bob", "question"));
      assertTrue(log.flush(WAIT));
      Path db = log.file();
      for (String name : List.of(LogDatabase.FILE_NAME, LogDatabase.FILE_NAME + "-wal",
          LogDatabase.FILE_NAME + "-shm", LogDatabase.SECRET_FILE_NAME)) {
        assertEquals("rw-------", PosixFilePermissions.toString(
            Files.getPosixFilePermissions(data.resolve(name))), name);
      }
      assertEquals(LogSchema.currentVersion(), count(db, "PRAGMA user_version"));
      assertEquals("wal", string(db, "PRAGMA journal_mode"));
    }
  }

  @Test
  void concurrentAskersLoseNoRow() throws Exception {
    int threads = 4;
    int perThread = 2_500;
    Set<Long> ids = new HashSet<>();
    try (QuestionLog log = QuestionLog.open(data, options());
        ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<List<Long>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          List<Long> mine = new ArrayList<>();
          for (int i = 0; i < perThread; i++) {
            mine.add(log.record(asked(NOW, "member-" + thread, "question " + thread + "/" + i, "cdt#L1-" + i)));
          }
          return mine;
        }));
      }
      for (Future<List<Long>> f : results) {
        ids.addAll(f.get());
      }
      assertTrue(log.flush(WAIT));
      assertEquals(0, log.droppedCount());
      assertEquals(threads * perThread, ids.size());
      assertFalse(ids.contains(-1L));
      assertEquals(threads * perThread, count(log.file(), "SELECT count(*) FROM question"));
      assertEquals(threads * perThread, count(log.file(), "SELECT count(*) FROM citation"));
      assertEquals(threads, count(log.file(), "SELECT count(DISTINCT asker) FROM question"));
    }
  }

  @Test
  void feedbackAttachesToTheAnswerAndTheLastRatingWins() throws Exception {
    try (QuestionLog log = QuestionLog.open(data, options())) {
      long id = log.record(asked(NOW, "carol", "Le CSE peut-il refuser ?", "cdt#L2312-8"));
      assertTrue(log.feedback(id, "discord", "carol", Rating.UP, "  clair  "));
      assertTrue(log.feedback(id, "discord", "carol", Rating.DOWN, "x".repeat(900)));
      assertTrue(log.feedback(id, "discord", "dave", Rating.UP, null));
      assertFalse(log.feedback(999, "discord", "carol", Rating.UP, "inconnue"));
      assertFalse(log.feedback(-1, "discord", "carol", Rating.UP, "non journalisée"));
      assertEquals("-1:" + QuestionLog.MAX_REASON_CHARS + ",1:0", string(log.file(),
          "SELECT group_concat(rating || ':' || length(reason), ',') FROM (SELECT * FROM feedback ORDER BY rating)"));
    }
  }

  @Test
  void oubliErasesAMembersQuestionsAndRatingsEvenThoseStillQueued() throws Exception {
    try (QuestionLog log = QuestionLog.open(data, options())) {
      long erin1 = log.record(asked(NOW, "erin", "Ma question 1", "cdt#L1"));
      long frank = log.record(asked(NOW, "frank", "Sa question", "cdt#L2"));
      log.feedback(erin1, "discord", "frank", Rating.UP, "");
      log.feedback(frank, "discord", "erin", Rating.DOWN, "pas clair");
      log.record(asked(NOW, "erin", "Ma question 2"));
      log.record(asked(NOW, "erin", "Ma question 3", "cdt#L3"));
      Erasure erased = log.erase("discord", "erin");
      assertEquals(new Erasure(3, 1), erased);
      assertEquals("C'est fait : 3 questions effacées et 1 avis effacé. Le journal ne garde plus rien de vous"
          + " (les prochaines questions y seront de nouveau notées).", erased.message());
      assertEquals(1, count(log.file(), "SELECT count(*) FROM question"));
      assertEquals(1, count(log.file(), "SELECT count(*) FROM citation"));
      assertEquals(0, count(log.file(), "SELECT count(*) FROM feedback"));
      assertEquals(0, log.forget("discord", "erin"));
      // The same name on another platform is another member.
      log.record(new Asked(NOW, "console", "", "frank", "Console", false, List.of(), 1, "extractive"));
      assertEquals(1, log.forget("console", "frank"));
      assertEquals(1, count(log.file(), "SELECT count(*) FROM question WHERE text = 'Sa question'"));
      // Erased text is overwritten in the file and gone from the WAL (secure_delete + checkpoint).
      for (Path f : List.of(log.file(), log.file().resolveSibling(LogDatabase.FILE_NAME + "-wal"))) {
        assertFalse(new String(Files.readAllBytes(f), StandardCharsets.UTF_8).contains("Ma question 3"), f.toString());
      }
    }
  }

  @Test
  void purgeErasesWhatIsOlderThanTheRetention() throws Exception {
    LogOptions ninetyDays = options().withRetention(Duration.ofDays(90));
    try (QuestionLog log = QuestionLog.open(data, ninetyDays)) {
      long old = log.record(asked(NOW.minus(Duration.ofDays(91)), "gail", "Ancienne", "cdt#L1"));
      log.feedback(old, "discord", "gail", Rating.UP, "");
      log.record(asked(NOW.minus(Duration.ofDays(89)), "gail", "Récente", "cdt#L1"));
      assertEquals(1, log.purge());
      assertEquals(0, log.purge());
      assertEquals("Récente", string(log.file(), "SELECT group_concat(text) FROM question"));
      assertEquals(0, count(log.file(), "SELECT count(*) FROM feedback"));
      assertEquals(1, count(log.file(), "SELECT count(*) FROM citation"));
    }
    // Opening purges automatically.
    LogOptions later = ninetyDays.withClock(Clock.fixed(NOW.plus(Duration.ofDays(2)), ZoneOffset.UTC));
    try (QuestionLog log = QuestionLog.open(data, later)) {
      assertTrue(log.flush(WAIT));
      assertEquals(0, count(log.file(), "SELECT count(*) FROM question"));
    }
  }

  @Test
  void maliciousTextIsStoredVerbatim() throws Exception {
    List<String> nasty = List.of(
        "'); DROP TABLE question; --",
        "Robert\"); DELETE FROM feedback WHERE 1=1; SELECT (\"",
        "é".repeat(100_000),
        "nul\u0000byte bell\u0007 esc\u001b[31m tab\t cr\r lf\n del\u007f",
        "\u202Eegassem\u202C \u200Fdroite\u200E gauche \u2067isolé\u2069",
        "<script>alert(1)</script> &amp; 👍🏽 \uD83D");
    try (QuestionLog log = QuestionLog.open(data, options())) {
      for (String text : nasty) {
        log.record(asked(NOW, text, text, "cdt#" + text.substring(0, Math.min(20, text.length()))));
      }
      assertTrue(log.flush(WAIT));
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + log.file());
          PreparedStatement p = c.prepareStatement("SELECT text FROM question ORDER BY id");
          ResultSet rs = p.executeQuery()) {
        for (String text : nasty) {
          assertTrue(rs.next());
          // Lone surrogates cannot be UTF-8: the driver stores U+FFFD, like any Java UTF-8 encoder.
          assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), rs.getString(1).getBytes(StandardCharsets.UTF_8));
        }
      }
      assertEquals(7, count(log.file(), "SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
    }
  }

  @Test
  void aLockedDatabaseNeverBlocksAnAnswer() throws Exception {
    AtomicLong ticker = new AtomicLong();
    LogOptions impatient = options().withBusyTimeout(Duration.ofMillis(300)).withTicker(ticker::get);
    try (QuestionLog log = QuestionLog.open(data, impatient)) {
      log.record(asked(NOW, "hana", "avant le verrou"));
      assertTrue(log.flush(WAIT));
      try (Connection locker = DriverManager.getConnection("jdbc:sqlite:" + log.file());
          Statement s = locker.createStatement()) {
        s.execute("BEGIN EXCLUSIVE");
        // The first question needs ids: its reservation waits for the lock (300 ms here) and fails.
        for (int i = 0; i < 100; i++) {
          assertEquals(-1, log.record(asked(NOW, "hana", "pendant le verrou " + i)), "question " + i);
        }
        assertEquals(100, log.droppedCount());
        // Whatever was queued, the writer gives up on it (busy timeout) before the lock goes.
        log.flush(WAIT);
        s.execute("ROLLBACK");
      }
      // The lock is gone, but the ticker has not moved: the failed reservation's back-off still
      // holds, so this question is dropped without touching the database. The 99 after the first
      // took the same path: only one reservation ever waited for the lock.
      assertEquals(-1, log.record(asked(NOW, "hana", "pendant le répit")));
      assertEquals(101, log.droppedCount());
      ticker.addAndGet(Duration.ofSeconds(6).toNanos()); // past the back-off after a failed reservation
      log.record(asked(NOW, "hana", "après le verrou"));
      assertTrue(log.flush(WAIT));
      assertEquals("avant le verrou|après le verrou",
          string(log.file(), "SELECT group_concat(text, '|') FROM (SELECT text FROM question ORDER BY id)"));
    }
  }

  @Test
  void aFlushSaysSoWhenAQuestionRecordedBeforeItCouldNotBeWritten() throws Exception {
    LogOptions impatient = options().withBusyTimeout(Duration.ofMillis(200));
    try (QuestionLog log = QuestionLog.open(data, impatient)) {
      // Ids are reserved in growing blocks (1, then 2): the third question needs no reservation.
      log.record(asked(NOW, "ines", "première"));
      log.record(asked(NOW, "ines", "deuxième"));
      assertTrue(log.flush(WAIT));
      try (Connection locker = DriverManager.getConnection("jdbc:sqlite:" + log.file());
          Statement s = locker.createStatement()) {
        s.execute("BEGIN EXCLUSIVE");
        assertEquals(3, log.record(asked(NOW, "ines", "pendant le verrou")));
        assertFalse(log.flush(WAIT), "the question before the flush was not written");
        s.execute("ROLLBACK");
      }
      assertEquals(1, log.droppedCount());
      assertTrue(log.flush(WAIT), "nothing lost since the last flush");
      assertEquals("première|deuxième",
          string(log.file(), "SELECT group_concat(text, '|') FROM (SELECT text FROM question ORDER BY id)"));
    }
  }

  @Test
  void anUnusableDatabaseDegradesToNotLogging() throws Exception {
    Path notADir = Files.writeString(data.resolve("file"), "I am a file");
    try (QuestionLog log = QuestionLog.open(notADir, options())) {
      assertFalse(log.available());
      assertEquals(-1, log.record(asked(NOW, "ines", "question")));
      assertFalse(log.feedback(1, "discord", "ines", Rating.UP, ""));
      assertEquals(0, log.purge());
    }
    Path garbage = Files.createDirectories(data.resolve("garbage"));
    Files.writeString(garbage.resolve(LogDatabase.FILE_NAME), "this is not a database ".repeat(100));
    try (QuestionLog log = QuestionLog.open(garbage, options())) {
      assertFalse(log.available());
      assertEquals(-1, log.record(asked(NOW, "ines", "question")));
    }
  }

  @Test
  void aLogFromANewerBotIsLeftAlone() throws Exception {
    try (QuestionLog log = QuestionLog.open(data, options())) {
      assertTrue(log.available());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + LogDatabase.file(data));
        Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 99");
    }
    try (QuestionLog log = QuestionLog.open(data, options())) {
      assertFalse(log.available());
      assertEquals(-1, log.record(asked(NOW, "jo", "question")));
    }
    assertEquals(99, count(LogDatabase.file(data), "PRAGMA user_version"));
  }
}
