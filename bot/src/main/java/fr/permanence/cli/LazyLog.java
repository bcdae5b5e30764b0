package fr.permanence.cli;

import fr.permanence.log.LogConfig;
import fr.permanence.log.QuestionLog;
import java.util.function.Supplier;

/**
 * The question log, opened only by the commands that use it, and closed (flushed) at exit.
 *
 * <p>Thread-safe: both methods lock the instance, so the log is opened once at most.
 */
final class LazyLog implements Supplier<QuestionLog>, AutoCloseable {
  private final Supplier<LogConfig> config;
  private QuestionLog log;

  LazyLog(Supplier<LogConfig> config) {
    this.config = config;
  }

  @Override
  public synchronized QuestionLog get() {
    if (log == null) {
      LogConfig c = config.get();
      log = QuestionLog.open(c, c.options());
    }
    return log;
  }

  @Override
  public synchronized void close() {
    if (log != null) {
      log.close();
    }
  }
}
