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
 */
public record Asked(
    Instant time, String platform, String channel, String asker, String question,
    boolean answerable, List<CitedPassage> cited, long latencyMicros, String mode) {
  public Asked {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(platform, "platform");
    channel = channel == null ? "" : channel;
    Objects.requireNonNull(asker, "asker");
    Objects.requireNonNull(question, "question");
    cited = cited == null ? List.of() : List.copyOf(cited);
    mode = mode == null || mode.isBlank() ? "extractive" : mode;
  }
}
