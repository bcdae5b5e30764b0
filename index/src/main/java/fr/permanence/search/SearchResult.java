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
 * @param evidence what the decision to answer rests on
 */
public record SearchResult(
    String question, List<Hit> hits, boolean answerable, List<String> references,
    List<String> missingReferences, String problem, long tookNanos, Evidence evidence) {
  /** A result whose decision was taken elsewhere (tests, fixtures): no evidence recorded. */
  public SearchResult(String question, List<Hit> hits, boolean answerable, List<String> references,
      List<String> missingReferences, String problem, long tookNanos) {
    this(question, hits, answerable, references, missingReferences, problem, tookNanos, Evidence.NONE);
  }

  public SearchResult {
    evidence = evidence == null ? Evidence.NONE : evidence;
    Objects.requireNonNull(question, "question");
    hits = List.copyOf(hits);
    references = List.copyOf(references);
    missingReferences = List.copyOf(missingReferences);
    problem = problem == null ? "" : problem;
  }

  /** A result for a question that could not be searched at all. */
  public static SearchResult unsearchable(String question, String problem, long tookNanos) {
    return new SearchResult(question, List.of(), false, List.of(), List.of(), problem, tookNanos);
  }
}
