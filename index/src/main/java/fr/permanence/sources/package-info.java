/**
 * The corpus assembled from its sources: the documents of the manifest, cut by ingestion, and
 * the imported Code du travail. The only package that knows every source kind.
 */
package fr.permanence.sources;
