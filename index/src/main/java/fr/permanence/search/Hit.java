package fr.permanence.search;

import fr.permanence.corpus.Passage;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A passage found for a question.
 *
 * @param passage the passage, whole
 * @param score its relevance (BM25 with boosts; comparable within one search only)
 * @param highlights its sentences most relevant to the question, verbatim, the most relevant first
 */
public record Hit(Passage passage, float score, List<String> highlights) {
  public Hit {
    Objects.requireNonNull(passage, "passage");
    highlights = List.copyOf(highlights);
  }

  /**
   * The {@code count} most relevant highlights, in the order the passage's text has them: the
   * order a quote reads them in.
   */
  public List<String> best(int count) {
    String text = passage.text();
    return highlights.stream().limit(Math.max(0, count))
        .sorted(Comparator.comparingInt(text::indexOf))
        .toList();
  }
}
