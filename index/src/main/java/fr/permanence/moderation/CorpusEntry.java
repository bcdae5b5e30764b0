package fr.permanence.moderation;

import fr.permanence.corpus.SourceDocument;

/**
 * A document of the served corpus, as listed to moderators.
 *
 * @param document the manifest entry
 * @param passages number of passages the ingester cuts from it, or -1 when it cannot be read
 * @param bytes size of its text file
 * @param problem why it cannot be read (French), or ""
 */
public record CorpusEntry(SourceDocument document, int passages, long bytes, String problem) {}
