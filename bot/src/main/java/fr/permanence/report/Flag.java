package fr.permanence.report;

/** Why an answer is probably wrong, without waiting for a member to rate it. */
public enum Flag {
  /** The best passage barely passed the answerability floor. */
  WEAK("correspondance faible"),
  /** The member asked again in other words within minutes: the answer did not help. */
  REPHRASED("reposée aussitôt"),
  /** A member rated it 👎. */
  THUMBS_DOWN("👎");

  private final String label;

  Flag(String label) {
    this.label = label;
  }

  /** The French label shown to trainers. */
  public String label() {
    return label;
  }
}
