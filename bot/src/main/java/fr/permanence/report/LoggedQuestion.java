package fr.permanence.report;

import fr.permanence.log.CitedPassage;
import java.time.Instant;
import java.util.List;

/**
 * A question read back from the log, with the ratings its answer received.
 *
 * @param id the log id
 * @param at when it was asked
 * @param asker the asker's pseudonym
 * @param text the question, verbatim
 * @param answerable whether the bot quoted passages
 * @param mode how the answer was produced
 * @param latencyMicros how long answering took
 * @param cited the passages quoted, best first
 * @param up 👍 received
 * @param down 👎 received
 * @param reasons the non-empty reasons given with 👎
 */
public record LoggedQuestion(
    long id, Instant at, String asker, String text, boolean answerable, String mode, long latencyMicros,
    List<CitedPassage> cited, int up, int down, List<String> reasons) {
  public LoggedQuestion {
    cited = List.copyOf(cited);
    reasons = List.copyOf(reasons);
  }

  /** The best passage quoted, or null. */
  public CitedPassage top() {
    return cited.isEmpty() ? null : cited.getFirst();
  }
}
