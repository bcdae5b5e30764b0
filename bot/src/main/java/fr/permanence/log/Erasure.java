package fr.permanence.log;

import fr.permanence.text.Plural;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * What {@code oubli} erased for one member.
 *
 * @param questions the member's questions erased (with the ratings others gave to their answers)
 * @param ratings the ratings the member gave, erased
 * @param unlinkedBefore when the pseudonym secret changed, if questions older than that are still in
 *     the log: they cannot be linked to anyone any more and go only at the end of their retention
 * @param unlinkedGoneBy when the last of those unlinked questions will be erased, or null
 */
public record Erasure(int questions, int ratings, Instant unlinkedBefore, Instant unlinkedGoneBy) {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneOffset.UTC);

  public Erasure(int questions, int ratings) {
    this(questions, ratings, null, null);
  }

  public int total() {
    return questions + ratings;
  }

  /** The French confirmation shown to the member. */
  public String message() {
    String done = total() == 0
        ? "Le journal ne contenait aucune question ni aucun avis de votre part : rien à effacer."
        : "C'est fait : " + Plural.of(questions, "question effacée", "questions effacées") + " et "
            + Plural.of(ratings, "avis effacé", "avis effacés")
            + ". Le journal ne garde plus rien de vous (les prochaines questions y seront de nouveau notées).";
    if (unlinkedBefore == null) {
      return done;
    }
    return done + "\nAttention : la clé de pseudonymisation du journal a été renouvelée le "
        + DAY.format(unlinkedBefore) + ". Les questions enregistrées avant cette date n'ont pas pu être reliées"
        + " à votre compte ni effacées maintenant ; elles seront effacées automatiquement"
        + (unlinkedGoneBy == null ? " à la fin de leur durée de conservation." : " au plus tard le "
            + DAY.format(unlinkedGoneBy) + ".");
  }
}
