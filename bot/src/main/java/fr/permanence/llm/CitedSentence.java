package fr.permanence.llm;

import java.util.List;

/**
 * A sentence of a generated answer and the passages it cites.
 *
 * @param text the sentence as written, citations included
 * @param citations the passage numbers cited, 1-based, in order of appearance
 */
public record CitedSentence(String text, List<Integer> citations) {
  public CitedSentence {
    citations = List.copyOf(citations);
  }
}
