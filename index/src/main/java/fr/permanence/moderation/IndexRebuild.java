package fr.permanence.moderation;

/**
 * Rebuilds the search index from the corpus folder. Implementations build the new index aside
 * and switch to it only once committed, so answers go on meanwhile and a crash leaves the
 * served index intact.
 */
@FunctionalInterface
public interface IndexRebuild {
  /** Rebuilds; returns the number of passages indexed. */
  int rebuild() throws Exception;
}
