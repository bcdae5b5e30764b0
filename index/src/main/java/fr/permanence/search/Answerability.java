package fr.permanence.search;

/**
 * Decides whether the best passages are reliable enough to be quoted as an answer. Questions
 * the corpus cannot answer mostly name something it never discusses there (a collective
 * agreement, a company, a year), or match only loosely. Calibrated on the development
 * questions, counting false abstentions as well as quoted noise (see the README).
 *
 * @param minRelativeScore least best-passage score per unit of question weight (sum of the idf
 *     of its words): below it, the passage shares only common words with the question
 * @param maxMissingNames most names, acronyms or years of the question absent from the quoted passages
 */
public record Answerability(double minRelativeScore, int maxMissingNames) {
  /** Calibrated on eval/dev.jsonl: see README, "Calibration". */
  public static final Answerability DEFAULT = new Answerability(0.235, 0);

  /** The decision for measured features; a question naming an indexed article is always answered by it. */
  public boolean answerable(double relativeScore, int missingNames, boolean exactArticle) {
    return exactArticle || (relativeScore >= minRelativeScore && missingNames <= maxMissingNames);
  }
}
