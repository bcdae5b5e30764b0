package fr.permanence.log;

import fr.permanence.text.Plural;

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
    return "C'est fait : " + Plural.of(questions, "question effacée", "questions effacées") + " et "
        + Plural.of(ratings, "avis effacé", "avis effacés")
        + ". Le journal ne garde plus rien de vous (les prochaines questions y seront de nouveau notées).";
  }
}
