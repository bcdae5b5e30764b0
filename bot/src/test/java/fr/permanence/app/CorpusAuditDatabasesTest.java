package fr.permanence.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.conversation.TestServices;
import fr.permanence.corpus.RejectedDocumentException;
import fr.permanence.files.DataFolder;
import fr.permanence.log.LogBackend;
import fr.permanence.log.LogConfig;
import fr.permanence.moderation.AuditEntry;
import fr.permanence.moderation.CorpusChange;
import fr.permanence.moderation.DocumentMeta;
import fr.permanence.moderation.UploadPolicy;
import fr.permanence.sql.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus audit kept where the question log is: the data folder's SQLite file, or the log's
 * PostgreSQL server, shared by instances that each see and restore their own changes only.
 */
class CorpusAuditDatabasesTest {
  private static final Instant NOW = Instant.parse("2026-11-30T21:15:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final String NOTE = "Le télétravail est organisé par accord collectif ou, à défaut, par une charte"
      + " élaborée par l'employeur après avis du comité social et économique, qui fixe les plages horaires.\n";

  @TempDir Path tmp;

  @ParameterizedTest(name = "{0}")
  @MethodSource("fr.permanence.log.LogBackend#both")
  void changesAreAuditedRestoredAndKeptApartPerInstance(LogBackend backend) throws Exception {
    LogConfig log = backend.config(tmp);
    Path upload = Files.writeString(tmp.resolve("note.txt"), NOTE);
    try (Moderation first = instance("first", log.database());
        Moderation second = instance("second", log.database())) {
      CorpusChange added = first.editor().add("mod-a1", upload, "note.txt", new DocumentMeta("note", "Note", "", 0, ""));
      CorpusChange removed = first.editor().remove("mod-a1", "note");
      second.editor().add("mod-b2", upload, "note.txt", new DocumentMeta("note", "Note", "", 0, ""));
      second.editor().remove("mod-b2", "note");
      first.rebuilds().rebuildNow("mod-a1", Duration.ofSeconds(5));
      CorpusChange restored = first.editor().restore("mod-a1", removed.archive());

      assertEquals("note-20261130-211500", removed.archive());
      assertEquals(List.of(
          new AuditEntry(NOW, "mod-a1", "restore", "note", removed.checksum(), ""),
          new AuditEntry(NOW, "mod-a1", "rebuild", "", "", ""),
          new AuditEntry(NOW, "mod-a1", "remove", "note", removed.checksum(), "note-20261130-211500"),
          new AuditEntry(NOW, "mod-a1", "add", "note", added.checksum(), "")), first.editor().history(10));
      assertEquals(List.of("remove", "add"),
          second.editor().history(10).stream().map(AuditEntry::action).toList());
      assertEquals(List.of("mod-b2", "mod-b2"),
          second.editor().history(10).stream().map(AuditEntry::moderator).toList());
      assertEquals(1, restored.passages());
      assertEquals(List.of("remove", "add"), second.editor().history(1000).stream().map(AuditEntry::action).toList(),
          "the other instance's restore is not in its history");
    }
    if (backend == LogBackend.POSTGRESQL) {
      assertEquals(6, LogBackend.count(log, "SELECT count(*) FROM corpus_audit"), "both instances in one table");
      assertEquals(2, LogBackend.count(log, "SELECT count(DISTINCT corpus) FROM corpus_audit"));
      assertEquals(2, LogBackend.count(log, "SELECT version FROM schema_version WHERE component = 'corpus_audit'"));
    } else {
      assertTrue(Files.isRegularFile(tmp.resolve("first/data/corpus-audit.sqlite")));
      assertEquals(List.of(), List.of(tmp.resolve("first/data").toFile().list()).stream()
          .filter(n -> n.startsWith("questions.db")).toList(), "the audit is its own file, the log is not touched");
    }
  }

  @Test
  void anAuditWrittenBeforeVersionsAndArchivesKeepsItsLines() throws Exception {
    DataFolder data = new DataFolder(Files.createDirectories(tmp.resolve("old/data")));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.corpusAudit());
        Statement s = c.createStatement()) {
      // The table as the first release wrote it: no archive column, no schema version.
      s.execute("CREATE TABLE corpus_audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL,"
          + " moderator TEXT NOT NULL, action TEXT NOT NULL, slug TEXT NOT NULL, checksum TEXT NOT NULL)");
      s.execute("INSERT INTO corpus_audit (at, moderator, action, slug, checksum)"
          + " VALUES ('2025-03-01T08:00:00Z', 'mod-old', 'remove', 'charte', 'ab12')");
    }
    try (Moderation moderation = Moderation.open(data, Database.sqlite(data.questionLog()),
        TestServices.seedCorpus(tmp.resolve("old/corpus")), new UploadPolicy(100_000), () -> 0, CLOCK)) {
      moderation.rebuilds().rebuildNow("mod-new", Duration.ofSeconds(5));

      assertEquals(List.of(new AuditEntry(NOW, "mod-new", "rebuild", "", "", ""),
          new AuditEntry(Instant.parse("2025-03-01T08:00:00Z"), "mod-old", "remove", "charte", "ab12", "")),
          moderation.editor().history(10));
    }
  }

  @Test
  void anUnreachableServerRefusesChangesWithTheReasonAndTheStatusStillAnswers() throws Exception {
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    Database down = new Database("jdbc:postgresql://127.0.0.1:1/permanence", "bot", "secret");
    try (Moderation moderation = instance("down", down)) {
      Path upload = Files.writeString(tmp.resolve("note.txt"), NOTE);

      RejectedDocumentException refused = assertThrows(RejectedDocumentException.class,
          () -> moderation.editor().add("mod-1", upload, "note.txt", new DocumentMeta("note", "Note", "", 0, "")));

      assertTrue(refused.getMessage().startsWith("Le journal des modifications du corpus "
          + "(jdbc:postgresql://127.0.0.1:1/permanence) est injoignable pour l'instant ("), refused.getMessage());
      assertTrue(refused.getMessage().endsWith(") : réessayez dans un instant ; les réponses continuent."),
          refused.getMessage());
      assertTrue(!refused.getMessage().contains("secret"), "no password in messages");
      assertEquals(List.of(refused.getMessage()),
          moderation.editor().status(moderation.rebuilds().state()).problems());
      assertEquals(List.of("guide"), moderation.editor().list().stream().map(e -> e.document().slug()).toList());
    }
  }

  private Moderation instance(String name, Database records) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve(name));
    DataFolder data = new DataFolder(Files.createDirectories(dir.resolve("data")));
    return Moderation.open(data, records, TestServices.seedCorpus(dir.resolve("corpus")), new UploadPolicy(100_000),
        () -> 1, CLOCK);
  }
}
