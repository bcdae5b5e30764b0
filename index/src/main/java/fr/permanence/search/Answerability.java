package fr.permanence.search;

/**
 * Decides whether the best passages are reliable enough to be quoted as an answer. Most
 * questions the corpus cannot answer name something it never discusses in that context (a
 * collective agreement, a company, a year) or turn on a rare word the quoted passages lack;
 * calibrated on the development questions, counting false abstentions too (see the README).
 *
 * @param minCoverage least share of the question's weight (idf of its words) in the best passage
 * @param maxMissingNames most names, acronyms or years of the question that no quoted passage mentions
 * @param maxMissingRare most rare words of the question that no quoted passage contains
 * @param rareDocs a word in at most this many passages is rare: it is what the question is about
 */
public record Answerability(double minCoverage, int maxMissingNames, int maxMissingRare, int rareDocs) {
  /** Calibrated on eval/dev.jsonl: see README, "Calibration". */
  public static final Answerability DEFAULT = new Answerability(0.08, 0, 99, 3);

  /** The decision for measured features. */
  public boolean answerable(double coverage, int missingNames, int missingRare, boolean exactArticle) {
    if (exactArticle) {
      return true;
    }
    return coverage >= minCoverage && missingNames <= maxMissingNames && missingRare <= maxMissingRare;
  }
}
