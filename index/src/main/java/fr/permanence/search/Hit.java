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
 * @param statesQuantityAsked the question asks for a quantity ("combien de jours", "quel délai") and
 *     the passage states one of that kind, in the unit asked ({@link Quantities}): it can say the
 *     figure a member asked for
 */
public record Hit(Passage passage, float score, List<String> highlights, boolean statesQuantityAsked) {
  public Hit {
    Objects.requireNonNull(passage, "passage");
    highlights = List.copyOf(highlights);
  }

  /** A hit for a question asking no quantity, or stating none of it. */
  public Hit(Passage passage, float score, List<String> highlights) {
    this(passage, score, highlights, false);
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
