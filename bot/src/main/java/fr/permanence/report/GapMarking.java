package fr.permanence.report;

import fr.permanence.log.LogUnavailableException;
import fr.permanence.log.QuestionLog;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A trainer marks an unanswered subject of the review (a gap) as handled, with what was done:
 * the one place that checks a gap id and says the outcome in French, for the chats (through
 * the conversation core) and the command line alike. Stateless and thread-safe.
 */
public final class GapMarking {
  /** A gap id as {@link Analysis#gapId} writes it: "g-" and 8 lowercase hex digits. */
  private static final Pattern ID = Pattern.compile("g-[0-9a-f]{8}");

  /**
   * Whether it was recorded, refused (the trainer's words are wrong), refused because no
   * unanswered subject has that id, or could not be (try again).
   */
  public enum Result { MARKED, REFUSED, UNKNOWN, UNAVAILABLE }

  /**
   * What came of it.
   *
   * @param result recorded, refused or not recorded for now
   * @param message what to tell the trainer, in French
   */
  public record Outcome(Result result, String message) {
    public Outcome {
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(message, "message");
    }
  }

  private GapMarking() {}

  /**
   * Records in {@code log} that gap {@code id} was handled, as {@code note} says, once
   * {@code gaps} confirms the log holds an unanswered subject with that id: a mistyped id must
   * not read as done while the subject stays open in the next report.
   */
  public static Outcome mark(QuestionLog log, ReportGenerator gaps, String id, String note) {
    String gap = id == null ? "" : id.strip();
    String what = note == null ? "" : note.strip();
    if (!ID.matcher(gap).matches()) {
      return new Outcome(Result.REFUSED, "« " + gap + " » n'est pas un identifiant de sujet : copiez-le du bilan"
          + " (g- et 8 caractères, par exemple g-3fa9c2e1).");
    }
    if (what.isEmpty()) {
      return new Outcome(Result.REFUSED, "Ajoutez une note après l'identifiant : ce qui a été fait pour ce sujet"
          + " (par exemple : fiche sur la période d'essai ajoutée au corpus).");
    }
    try {
      if (!gaps.isGap(gap)) {
        return new Outcome(Result.UNKNOWN, "Aucun sujet sans réponse du journal n'a l'identifiant " + gap
            + " : rien n'a été noté. Copiez l'identifiant tel que le dernier bilan l'affiche.");
      }
    } catch (LogUnavailableException e) {
      return new Outcome(Result.UNAVAILABLE, e.getMessage() + " Rien n'a été noté.");
    }
    if (!log.markGapHandled(gap, what)) {
      return new Outcome(Result.UNAVAILABLE, "Le journal des questions est indisponible : rien n'a été noté, réessayez.");
    }
    return new Outcome(Result.MARKED, "Sujet " + gap + " marqué comme traité : le prochain bilan l'affichera à part,"
        + " avec votre note.");
  }
}
