package fr.permanence.answer;

/** Answers a member's question. Implementations never throw on bad input: they say so in French. */
public interface Answerer {
  Answer answer(String question);

  /**
   * Answers {@code question}, sent with files the bot does not read when {@code filesSent} (a
   * screenshot, a payslip): an answer that can say so, says so first. This default answers the
   * question alone.
   */
  default Answer answer(String question, boolean filesSent) {
    return answer(question);
  }
}
