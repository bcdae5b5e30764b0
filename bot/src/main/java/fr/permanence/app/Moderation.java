package fr.permanence.app;

import fr.permanence.files.DataFolder;
import fr.permanence.moderation.CorpusAudit;
import fr.permanence.moderation.CorpusEditor;
import fr.permanence.moderation.IndexRebuild;
import fr.permanence.moderation.ModerationLock;
import fr.permanence.moderation.RebuildScheduler;
import fr.permanence.moderation.UploadPolicy;
import fr.permanence.sql.Database;
import fr.permanence.sql.SqlDialect;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The corpus editor and the rebuild scheduler of one data folder, sharing its lock and audit:
 * the chat adapters and the command line reach the corpus through the same pair. Both are
 * thread-safe, and safe beside other processes on the same data folder (they share its lock).
 *
 * @param editor moderators' changes to the corpus
 * @param rebuilds index rebuilds, one at a time, audited
 */
public record Moderation(CorpusEditor editor, RebuildScheduler rebuilds) implements AutoCloseable {
  /**
   * Wires both on {@code data}, editing {@code corpusDir} and rebuilding with {@code rebuild}.
   * The audit is kept where the question log is: on its PostgreSQL server when it has one (the
   * union's records in one place), else in the data folder's own SQLite file.
   *
   * @param records the question log's database
   */
  public static Moderation open(DataFolder data, Database records, Path corpusDir, UploadPolicy policy,
      IndexRebuild rebuild, Clock clock) {
    ModerationLock lock = new ModerationLock(data.moderationLock());
    Database auditDatabase = records.dialect() == SqlDialect.SQLITE ? Database.sqlite(data.corpusAudit()) : records;
    CorpusAudit audit = new CorpusAudit(auditDatabase, data.corpusId());
    return new Moderation(new CorpusEditor(corpusDir, data.archive(), policy, lock, audit, clock),
        new RebuildScheduler(rebuild, lock, audit, clock));
  }

  /** Waits (bounded) for a running rebuild. */
  @Override
  public void close() {
    rebuilds.close();
  }
}
