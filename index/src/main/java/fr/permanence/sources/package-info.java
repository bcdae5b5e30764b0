/**
 * The corpus assembled from its sources: the documents of the manifest, cut by ingestion, and
 * the imported sources of every other kind (Code du travail, fact sheets, agreements: see
 * {@link fr.permanence.corpus.SourceKind}), read from their {@link fr.permanence.corpus.SourceFile}s.
 */
package fr.permanence.sources;
