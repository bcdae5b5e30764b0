package fr.permanence.log;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Child process of the crash tests: logs questions one after another and prints each id once it
 * is written, until it is killed. Arguments: the log's JDBC address, the secret file, a label
 * put in every question's text.
 */
public final class CrashWriter {
  private CrashWriter() {}

  /** A pause before trying again, rather than spinning through the log's back-off. */
  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public static void main(String[] args) {
    LogConfig sqlite = LogConfig.sqlite(Path.of("."));
    LogConfig config = new LogConfig(args[0], "", "", Path.of(args[1]), sqlite.retention());
    String label = args.length > 2 ? args[2] : "crash";
    try (QuestionLog log = QuestionLog.open(config, config.options())) {
      if (!log.available()) {
        System.exit(3); // the test reports that this writer stopped early
      }
      for (int i = 0; ; i++) {
        long id = log.record(new Asked(Instant.now(), "console", "", label, label + " " + i + " " + "x".repeat(i % 3000),
            true, List.of(new CitedPassage("cdt#L" + i, "cdt", "Code du travail", "L" + i, 1f)), 10, "extractive"));
        if (id < 0 || !log.flush(Duration.ofSeconds(30))) {
          // Not logged this time (the other writer held the lock past the wait): never acknowledged.
          sleep();
          continue;
        }
        System.out.println("ack " + id); // logback also writes to stdout
        System.out.flush();
      }
    }
  }
}
