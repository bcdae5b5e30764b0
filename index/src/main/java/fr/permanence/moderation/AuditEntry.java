package fr.permanence.moderation;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the corpus audit table.
 *
 * @param at when
 * @param moderator the moderator's pseudonym (never their platform id)
 * @param action add, replace, remove, restore or rebuild
 * @param slug the document, or "" for a rebuild
 * @param checksum SHA-256 of the file concerned, or ""
 * @param archive the name of the archived previous text ({@link CorpusEditor#restore}), or ""
 */
public record AuditEntry(Instant at, String moderator, String action, String slug, String checksum, String archive) {
  public AuditEntry {
    Objects.requireNonNull(at, "at");
    moderator = moderator == null ? "" : moderator;
    Objects.requireNonNull(action, "action");
    slug = slug == null ? "" : slug;
    checksum = checksum == null ? "" : checksum;
    archive = archive == null ? "" : archive;
  }
}
