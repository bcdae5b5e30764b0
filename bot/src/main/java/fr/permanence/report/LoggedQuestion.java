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
 * @param platform where it was asked ("discord", "matrix", "console"…)
 * @param answer the reply sent, or "" when the log did not keep it
 * @param evidence how strongly the best passage matched at answer time, or NaN when unknown
 */
public record LoggedQuestion(
    long id, Instant at, String asker, String text, boolean answerable, String mode, long latencyMicros,
    List<CitedPassage> cited, int up, int down, List<String> reasons, String platform, String answer,
    double evidence) {
  public LoggedQuestion {
    cited = List.copyOf(cited);
    reasons = List.copyOf(reasons);
    platform = platform == null ? "" : platform;
    answer = answer == null ? "" : answer;
  }

  /** A question read without its platform, reply and match strength. */
  public LoggedQuestion(long id, Instant at, String asker, String text, boolean answerable, String mode,
      long latencyMicros, List<CitedPassage> cited, int up, int down, List<String> reasons) {
    this(id, at, asker, text, answerable, mode, latencyMicros, cited, up, down, reasons, "", "", Double.NaN);
  }

  /** The best passage quoted, or null. */
  public CitedPassage top() {
    return cited.isEmpty() ? null : cited.getFirst();
  }
}
