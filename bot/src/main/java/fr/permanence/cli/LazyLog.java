package fr.permanence.cli;

import fr.permanence.log.LogOptions;
import fr.permanence.log.QuestionLog;
import java.nio.file.Path;
import java.util.function.Supplier;

/** The question log, opened only by the commands that use it, and closed (flushed) at exit. */
final class LazyLog implements Supplier<QuestionLog>, AutoCloseable {
  private final Supplier<Path> dataDir;
  private QuestionLog log;

  LazyLog(Supplier<Path> dataDir) {
    this.dataDir = dataDir;
  }

  @Override
  public synchronized QuestionLog get() {
    if (log == null) {
      log = QuestionLog.open(dataDir.get(), LogOptions.defaults());
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
