package fr.permanence.log;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Child process of {@link QuestionLogCrashTest}: logs questions one after another and prints each
 * id once it is written, until it is killed.
 */
public final class CrashWriter {
  private CrashWriter() {}

  public static void main(String[] args) {
    try (QuestionLog log = QuestionLog.open(Path.of(args[0]), LogOptions.defaults())) {
      for (int i = 0; ; i++) {
        long id = log.record(new Asked(Instant.now(), "console", "", "crash", "question " + i + " " + "x".repeat(i % 3000),
            true, List.of(new CitedPassage("cdt#L" + i, "cdt", "Code du travail", "L" + i, 1f)), 10, "extractive"));
        if (id < 0 || !log.flush(Duration.ofSeconds(30))) {
          System.exit(2);
        }
        System.out.println("ack " + id); // logback also writes to stdout
        System.out.flush();
      }
    }
  }
}
