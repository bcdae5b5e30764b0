/**
 * Moderators' management of the corpus, above ingestion: the upload policy, editing the
 * corpus folder and its manifest (with an archive of what was removed or replaced), the audit
 * of every change, and index rebuilds scheduled one at a time under a lock shared across
 * processes.
 */
package fr.permanence.moderation;
