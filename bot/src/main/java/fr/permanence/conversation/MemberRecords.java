package fr.permanence.conversation;

import fr.permanence.answer.Answer;
import fr.permanence.log.Erasure;

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

  /** Erases everything recorded about this person; says what was erased. */
  Erasure forget(Platform platform, String userId);
}
