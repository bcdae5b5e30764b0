package fr.permanence.corpus;

/**
 * Rebuilds the search index from the corpus folder. Implementations build the new index aside
 * and switch to it only once committed, so answers go on meanwhile and a crash leaves the
 * served index intact.
 */
@FunctionalInterface
public interface IndexRebuild {
  void rebuild() throws Exception;
}
