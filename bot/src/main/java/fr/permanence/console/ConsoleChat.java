package fr.permanence.console;

import fr.permanence.files.OwnerOnly;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.jline.reader.EndOfFileException;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.InfoCmp;

/**
 * The console's line reading, from JLine: editing, history kept in the data folder (owner-only:
 * it holds questions), Ctrl-D to leave. On a real terminal the system terminal is used; when the
 * input is piped or redirected JLine falls back to a dumb terminal, which reads plain lines.
 *
 * <p>Not thread-safe: one chat per terminal, run on one thread.
 */
public final class ConsoleChat implements ConsoleSession.Screen, AutoCloseable {
  /** Lines kept in the history: weeks of use, a file of a few tens of kilobytes. */
  private static final int HISTORY_LINES = 1000;
  private static final String PROMPT = "> ";

  private final Terminal terminal;
  private final LineReader reader;
  private final Path historyFile;

  private ConsoleChat(Terminal terminal, Path historyFile) throws IOException {
    this.terminal = terminal;
    this.historyFile = historyFile.toAbsolutePath();
    OwnerOnly.createDirectories(this.historyFile.getParent());
    if (!Files.exists(this.historyFile)) {
      OwnerOnly.createFile(this.historyFile);
    }
    OwnerOnly.restrict(this.historyFile);
    this.reader = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("permanence")
        .variable(LineReader.HISTORY_FILE, this.historyFile)
        .variable(LineReader.HISTORY_SIZE, HISTORY_LINES)
        .variable(LineReader.HISTORY_FILE_SIZE, HISTORY_LINES)
        // "!question …" and "👎 !" are what members type, not history events to expand.
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .build();
  }

  /**
   * The chat on the process's own terminal, or on a dumb one reading plain lines when the input
   * is piped. JLine's native providers need native access, which the jar's manifest grants
   * (Enable-Native-Access), so Java 24 and later print no warning.
   */
  public static ConsoleChat system(Path historyFile) throws IOException {
    Terminal terminal = TerminalBuilder.builder()
        .system(true)
        .dumb(true) // piped input: a plain reader, without JLine's warning about it
        .encoding(StandardCharsets.UTF_8)
        .build();
    return new ConsoleChat(terminal, historyFile);
  }

  /**
   * The chat on {@code in} and {@code out} as a dumb terminal reads them (no echo, no editing):
   * for tests and for embedding. Built directly, since the builder would attach a pseudo-terminal.
   */
  public static ConsoleChat streams(InputStream in, OutputStream out, Path historyFile) throws IOException {
    return new ConsoleChat(new DumbTerminal("permanence", Terminal.TYPE_DUMB, in, out, StandardCharsets.UTF_8),
        historyFile);
  }

  /** Where replies are written. */
  public PrintWriter writer() {
    return terminal.writer();
  }

  /** Clears the screen (nothing on a dumb terminal). */
  @Override
  public void clear() {
    if (terminal.puts(InfoCmp.Capability.clear_screen)) {
      terminal.flush();
    }
  }

  /** Empties the history, in memory and on disk: after "oubli", the typed questions go too. */
  @Override
  public void forgetHistory() throws IOException {
    History history = reader.getHistory();
    history.purge();
  }

  /**
   * Greets, then hands each line to the session made by {@code sessions} until the person
   * leaves or the input ends; says goodbye.
   */
  public void run(Function<ConsoleChat, ConsoleSession> sessions) throws IOException {
    ConsoleSession session = sessions.apply(this);
    PrintWriter out = writer();
    out.println(ConsoleSession.greeting());
    out.flush();
    while (true) {
      String line;
      try {
        line = reader.readLine(PROMPT);
      } catch (UserInterruptException e) {
        continue; // Ctrl-C drops the line being typed, as in a shell
      } catch (EndOfFileException e) {
        break; // Ctrl-D, or the end of piped input
      }
      if (!session.handle(line)) {
        break;
      }
    }
    out.println("À bientôt.");
    out.flush();
  }

  /** Saves the history (owner-only) and gives the terminal back as it was. */
  @Override
  public void close() throws IOException {
    try {
      reader.getHistory().save();
      OwnerOnly.restrict(historyFile); // JLine may have rewritten it through a new file
    } finally {
      terminal.close();
    }
  }
}
