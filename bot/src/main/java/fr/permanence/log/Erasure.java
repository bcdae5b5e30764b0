package fr.permanence.log;

/**
 * What {@code oubli} erased for one member.
 *
 * @param questions the member's questions erased (with the ratings others gave to their answers)
 * @param ratings the ratings the member gave, erased
 */
public record Erasure(int questions, int ratings) {
  public int total() {
    return questions + ratings;
  }

  /** The French confirmation shown to the member. */
  public String message() {
    if (total() == 0) {
      return "Le journal ne contenait aucune question ni aucun avis de votre part : rien à effacer.";
    }
    return "C'est fait : " + plural(questions, "question effacée", "questions effacées") + " et "
        + plural(ratings, "avis effacé", "avis effacés")
        + ". Le journal ne garde plus rien de vous (les prochaines questions y seront de nouveau notées).";
  }

  private static String plural(int n, String one, String many) {
    return n + " " + (n > 1 ? many : one);
  }
}
