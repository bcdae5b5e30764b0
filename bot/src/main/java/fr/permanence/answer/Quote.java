package fr.permanence.answer;

import java.util.Objects;

/**
 * Words quoted from a passage, verbatim, and where they come from.
 *
 * @param text the quoted sentences, joined by " […] " where sentences were left out
 * @param citation the passage they come from
 * @param score the passage's search score
 */
public record Quote(String text, Citation citation, float score) {
  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(citation, "citation");
  }
}
