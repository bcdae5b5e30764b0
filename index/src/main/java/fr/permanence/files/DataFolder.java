package fr.permanence.files;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The layout of the data folder: every file and folder the bot writes, named in one place. The
 * folder holds what members and moderators changed (the question log, the moderated corpus and
 * its archive) and what can be rebuilt (the index); the installation is never written to.
 *
 * <p>Immutable and thread-safe.
 *
 * @param root the data folder, absolute
 */
public record DataFolder(Path root) {
  /** The question log's file name, for code that names its companions ("-wal", "-shm"). */
  public static final String QUESTION_LOG = "questions.db";
  /** The pseudonym secret's file name. */
  public static final String QUESTION_KEY = "questions.key";

  public DataFolder {
    root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
  }

  /** The Lucene index of passages (rebuilt from the corpus when missing). */
  public Path index() {
    return root.resolve("index");
  }

  /** The corpus moderators edit: a copy of the installation's default corpus, made on first need. */
  public Path corpus() {
    return root.resolve("corpus");
  }

  /** Where the default corpus is copied before it appears whole as {@link #corpus()}. */
  public Path corpusSeeding() {
    return root.resolve("corpus.seeding");
  }

  /**
   * The technical log of libraries too talkative for the console: PDFBox's warnings about each
   * object of a damaged PDF it repairs or skips, for whoever looks into a file later; the
   * moderator gets one French message instead.
   */
  public Path libraryLog() {
    return root.resolve("permanence.log");
  }

  /** Removed and replaced document texts, one folder per change, so that they can be restored. */
  public Path archive() {
    return root.resolve("archive");
  }

  /** The audit table of corpus changes (SQLite), unless it is kept on the question log's server. */
  public Path corpusAudit() {
    return root.resolve("corpus-audit.sqlite");
  }

  /**
   * A random id naming this folder's corpus in an audit table shared with other instances (on a
   * PostgreSQL server), so that each sees and restores its own changes only.
   */
  public Path corpusId() {
    return root.resolve("corpus-id");
  }

  /** Held by whoever edits the corpus or rebuilds the index, across processes. */
  public Path moderationLock() {
    return root.resolve("moderation.lock");
  }

  /** Files moderators send, while they are checked. */
  public Path uploads() {
    return root.resolve("uploads");
  }

  /** The question log (SQLite). */
  public Path questionLog() {
    return root.resolve(QUESTION_LOG);
  }

  /** The secret that pseudonymises members in the question log. */
  public Path questionKey() {
    return root.resolve(QUESTION_KEY);
  }

  /** The lines typed at the console, for its history (they may be questions: owner-only). */
  public Path consoleHistory() {
    return root.resolve("console-history");
  }

  /** Trainers' reports written from the console. */
  public Path reports() {
    return root.resolve("rapports");
  }

  /** Matrix's sync position, so a restart does not answer old messages again. */
  public Path matrixSince() {
    return root.resolve("matrix-since.txt");
  }

  /**
   * What the Matrix bot remembers across restarts: events handled, its answers, its rooms' member
   * counts (event and room ids only).
   */
  public Path matrixMemory() {
    return root.resolve("matrix-memory.json");
  }
}
