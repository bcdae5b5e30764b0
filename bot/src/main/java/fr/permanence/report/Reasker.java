package fr.permanence.report;

import java.util.List;
import java.util.Optional;

/**
 * Asks a question again against today's index, so the report can say which of the period's
 * unanswered questions are answered now (a moderator added the document that was missing).
 */
@FunctionalInterface
public interface Reasker {
  /** The titles of the sources an answer would quote today, or empty when it still gets no answer. */
  Optional<List<String>> answer(String question);

  /** For reports made without an index: nothing is asked again. */
  Reasker NONE = q -> Optional.empty();
}
