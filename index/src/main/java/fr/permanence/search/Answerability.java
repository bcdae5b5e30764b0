package fr.permanence.search;

/**
 * Decides whether the best passages are reliable enough to be quoted as an answer, from how
 * much of the question's rare words they contain. Calibrated on the development questions
 * (see the README): most questions the corpus does not answer name something it never
 * mentions (a collective agreement, a company, a year), which no passage covers.
 *
 * @param minCoverage least share of the question's weight (idf of its words) that the best
 *     passage must contain
 * @param maxMissingRare most rare words of the question (idf above {@code rareIdf}) absent from
 *     the whole corpus
 * @param rareIdf idf above which a word is rare enough to be a question's subject
 */
public record Answerability(double minCoverage, int maxMissingRare, double rareIdf) {
  /** Calibrated on eval/dev.jsonl: see README, "Calibration". */
  public static final Answerability DEFAULT = new Answerability(0.45, 0, 3.0);

  /** The decision for measured features. */
  public boolean answerable(double coverage, int missingRare, boolean exactArticle) {
    if (exactArticle) {
      return true;
    }
    return coverage >= minCoverage && missingRare <= maxMissingRare;
  }
}
