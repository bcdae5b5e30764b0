package fr.permanence.conversation;

import fr.permanence.moderation.AuditEntry;
import fr.permanence.moderation.CorpusChange;
import fr.permanence.moderation.CorpusEntry;
import fr.permanence.moderation.CorpusStatus;
import fr.permanence.moderation.DocumentMeta;
import java.nio.file.Path;
import java.util.List;

/**
 * What moderators' commands need of the corpus: the port through which the conversation core
 * edits it, whatever edits it underneath. Changes throw
 * {@link fr.permanence.corpus.RejectedDocumentException} with a French reason when refused;
 * reading never throws.
 * Implementations are shared by every adapter's threads and must be thread-safe.
 */
public interface CorpusModeration {
  /** The documents with their passage counts, in manifest order. */
  List<CorpusEntry> list();

  /** Adds the document in {@code upload}, sent as {@code fileName}. */
  CorpusChange add(String moderator, Path upload, String fileName, DocumentMeta meta);

  /** Replaces the text of document {@code slug} by {@code upload}. */
  CorpusChange replace(String moderator, String slug, Path upload, String fileName);

  /** Removes document {@code slug}, its text archived first. */
  CorpusChange remove(String moderator, String slug);

  /** Puts back the text archived as {@code archive} (named in the history). */
  CorpusChange restore(String moderator, String archive);

  /** The latest {@code limit} changes, newest first, each naming the archive of the text it took out. */
  List<AuditEntry> history(int limit);

  /**
   * Starts rebuilding the index in the background; false when one is running already. Throws
   * {@link fr.permanence.corpus.RejectedDocumentException} when it cannot be started.
   */
  boolean startRebuild(String moderator);

  /** Documents, rebuild state, latest changes and what is wrong. */
  CorpusStatus status();
}
