package fr.permanence.search;

import fr.permanence.corpus.Passage;
import java.util.List;
import java.util.Objects;

/**
 * A passage found for a question.
 *
 * @param passage the passage, whole
 * @param score its relevance (BM25 with boosts; comparable within one search only)
 * @param highlights its sentences most relevant to the question, in text order, verbatim
 */
public record Hit(Passage passage, float score, List<String> highlights) {
  public Hit {
    Objects.requireNonNull(passage, "passage");
    highlights = List.copyOf(highlights);
  }
}
