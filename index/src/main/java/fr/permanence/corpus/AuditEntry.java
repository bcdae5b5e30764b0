package fr.permanence.corpus;

import java.time.Instant;

/**
 * One line of the corpus audit table.
 *
 * @param at when
 * @param moderator the moderator's pseudonym (never their platform id)
 * @param action add, replace, remove or rebuild
 * @param slug the document, or "" for a rebuild
 * @param checksum SHA-256 of the file concerned, or ""
 */
public record AuditEntry(Instant at, String moderator, String action, String slug, String checksum) {}
