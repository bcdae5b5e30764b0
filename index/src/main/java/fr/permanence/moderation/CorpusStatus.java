package fr.permanence.moderation;

import java.time.Instant;
import java.util.List;

/**
 * The state of the corpus and of its index rebuilds.
 *
 * @param documents documents in the manifest, or -1 when it cannot be read
 * @param rebuilding whether a rebuild is running now
 * @param lastRebuildStart when the last rebuild started, or null
 * @param lastRebuildEnd when it ended, or null while running or when none ran
 * @param lastRebuildError why the last rebuild failed (French), or ""
 * @param recent the latest audit entries, newest first
 * @param problems what keeps the corpus or its audit from being read (French), one line each
 */
public record CorpusStatus(
    int documents, boolean rebuilding, Instant lastRebuildStart, Instant lastRebuildEnd,
    String lastRebuildError, List<AuditEntry> recent, List<String> problems) {
  public CorpusStatus {
    lastRebuildError = lastRebuildError == null ? "" : lastRebuildError;
    recent = List.copyOf(recent);
    problems = List.copyOf(problems);
  }
}
