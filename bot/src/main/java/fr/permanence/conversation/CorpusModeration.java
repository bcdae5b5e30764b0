package fr.permanence.conversation;

import fr.permanence.corpus.AuditEntry;
import fr.permanence.corpus.CorpusChange;
import fr.permanence.corpus.CorpusEntry;
import fr.permanence.corpus.CorpusStatus;
import fr.permanence.corpus.DocumentMeta;
import java.nio.file.Path;
import java.util.List;

/**
 * What moderators' commands need of the corpus: the port through which the conversation core
 * edits it, whatever edits it underneath. Changes throw
 * {@link fr.permanence.corpus.RejectedDocumentException} with a French reason when refused.
 * Implementations are shared by every adapter's threads and must be thread-safe.
 */
public interface CorpusModeration {
  /** The documents with their passage counts, in manifest order. */
  List<CorpusEntry> list();

  /** Adds the document in {@code upload}, sent as {@code fileName}. */
  CorpusChange add(String moderator, Path upload, String fileName, DocumentMeta meta);

  /** Replaces the text of document {@code slug} by {@code upload}. */
  CorpusChange replace(String moderator, String slug, Path upload, String fileName);

  /** Removes document {@code slug}. */
  CorpusChange remove(String moderator, String slug);

  /** The latest {@code limit} changes, newest first. */
  List<AuditEntry> history(int limit);

  /** Starts rebuilding the index in the background; false when one is running already. */
  boolean startRebuild(String moderator);

  /** Documents, rebuild state and latest changes. */
  CorpusStatus status();
}
