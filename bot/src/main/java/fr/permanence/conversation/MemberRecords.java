package fr.permanence.conversation;

import fr.permanence.answer.Answer;

/**
 * Where the conversation core records questions and feedback, and erases them on request. The
 * implementation (the question log) stores pseudonyms, never platform ids or names.
 */
public interface MemberRecords {
  /** A stable pseudonym for a person: the same on every call, not reversible to their id. */
  String pseudonym(Platform platform, String userId);

  /** A question was answered with {@code answer}; {@code replyId} identifies the reply. */
  void question(Incoming message, String replyId, Answer answer);

  /** Feedback on reply {@code replyId} ({@code question} is "" when the reply is too old to be known). */
  void feedback(Incoming message, String replyId, String question, boolean helpful);

  /** Erases everything recorded about this person; returns how many records were erased. */
  int forget(Platform platform, String userId);

  /**
   * Erases everything recorded about this person; returns the French confirmation to show,
   * which says what was erased (and what could not be).
   */
  default String erase(Platform platform, String userId) {
    int erased = forget(platform, userId);
    return erased == 0 ? "Rien n'était enregistré pour votre compte : il n'y a rien à effacer."
        : "C'est fait : " + erased + (erased > 1 ? " éléments" : " élément")
            + " (questions et avis) liés à votre compte " + (erased > 1 ? "ont été effacés." : "a été effacé.");
  }
}
