package fr.permanence.moderation;

import java.time.Instant;

/**
 * Where index rebuilds stand.
 *
 * @param rebuilding whether a rebuild is running now
 * @param lastStart when the last rebuild started, or null
 * @param lastEnd when it ended, or null while running or when none ran
 * @param lastError why the last rebuild failed (French), or ""
 */
public record RebuildState(boolean rebuilding, Instant lastStart, Instant lastEnd, String lastError) {
  public RebuildState {
    lastError = lastError == null ? "" : lastError;
  }
}
