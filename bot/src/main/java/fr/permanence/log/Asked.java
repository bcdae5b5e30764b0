package fr.permanence.log;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A question as the bot answered it, handed to the log. Channel and asker are raw platform ids:
 * the log turns them into pseudonyms before anything is stored.
 *
 * @param time when the question was asked
 * @param platform "console", "discord", "telegram"…
 * @param channel the raw id of the channel or conversation
 * @param asker the raw id of the member who asked
 * @param question the question, verbatim
 * @param answerable whether the bot found passages it could quote
 * @param cited the passages the answer quoted, best first
 * @param latencyMicros how long answering took
 * @param mode "extractive", "generated" or "fallback:&lt;reason&gt;"
 * @param answer the reply sent, verbatim (for trainers to read; erased with the question)
 * @param evidence how strongly the best passage matched the question (relative score), or NaN when unknown
 */
public record Asked(
    Instant time, String platform, String channel, String asker, String question,
    boolean answerable, List<CitedPassage> cited, long latencyMicros, String mode, String answer, double evidence) {
  public Asked {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(platform, "platform");
    channel = channel == null ? "" : channel;
    Objects.requireNonNull(asker, "asker");
    Objects.requireNonNull(question, "question");
    cited = cited == null ? List.of() : List.copyOf(cited);
    mode = mode == null || mode.isBlank() ? "extractive" : mode;
    answer = answer == null ? "" : answer;
  }

  /** A question whose reply and match strength are not kept. */
  public Asked(Instant time, String platform, String channel, String asker, String question,
      boolean answerable, List<CitedPassage> cited, long latencyMicros, String mode) {
    this(time, platform, channel, asker, question, answerable, cited, latencyMicros, mode, "", Double.NaN);
  }
}
