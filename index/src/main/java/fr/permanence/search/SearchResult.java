package fr.permanence.search;

import java.util.List;
import java.util.Objects;

/**
 * What a search found for a question.
 *
 * @param question the question as asked
 * @param hits passages best first
 * @param answerable whether the best passages are reliable enough to be quoted as an answer
 * @param references Code du travail article numbers named in the question ("L2312-8")
 * @param missingReferences named articles that the index does not hold
 * @param problem why the question could not be searched (empty, no searchable word…), or ""
 * @param tookNanos time spent searching
 * @param evidence how strongly the best passage matches: its score relative to the question's
 *     weight ({@link Answerability#minRelativeScore()} is the answerable floor), or NaN when unmeasured
 */
public record SearchResult(
    String question, List<Hit> hits, boolean answerable, List<String> references,
    List<String> missingReferences, String problem, long tookNanos, double evidence) {
  public SearchResult {
    Objects.requireNonNull(question, "question");
    hits = List.copyOf(hits);
    references = List.copyOf(references);
    missingReferences = List.copyOf(missingReferences);
    problem = problem == null ? "" : problem;
  }

  /** A result whose match strength was not measured. */
  public SearchResult(String question, List<Hit> hits, boolean answerable, List<String> references,
      List<String> missingReferences, String problem, long tookNanos) {
    this(question, hits, answerable, references, missingReferences, problem, tookNanos, Double.NaN);
  }

  /** A result for a question that could not be searched at all. */
  public static SearchResult unsearchable(String question, String problem, long tookNanos) {
    return new SearchResult(question, List.of(), false, List.of(), List.of(), problem, tookNanos);
  }
}
