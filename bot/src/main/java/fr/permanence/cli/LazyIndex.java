package fr.permanence.cli;

import fr.permanence.app.Permanence;
import fr.permanence.app.TodayIndex;
import fr.permanence.report.Reasker;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The index for {@code report}, opened only when the report asks a question again, and closed
 * at exit. Without an index (not built, damaged) the report is still made, without that part.
 *
 * <p>Thread-safe: both methods lock the instance, so the index is opened once at most.
 */
final class LazyIndex implements Reasker, AutoCloseable {
  private final Supplier<Permanence> opener;
  private final PrintWriter err;
  private Permanence core;
  private Reasker reasker;

  LazyIndex(Supplier<Permanence> opener, PrintWriter err) {
    this.opener = opener;
    this.err = err;
  }

  @Override
  public synchronized Optional<List<String>> answer(String question) {
    if (reasker == null) {
      try {
        core = opener.get();
        reasker = TodayIndex.reasker(core.searcher());
      } catch (RuntimeException e) {
        err.println("Index indisponible (" + e.getMessage() + ") : les questions sans réponse ne sont pas reposées.");
        reasker = Reasker.NONE;
      }
    }
    return reasker.answer(question);
  }

  @Override
  public synchronized void close() {
    if (core != null) {
      try {
        core.close();
      } catch (IOException e) {
        // Read only: nothing was written, nothing is lost; say it and exit normally.
        err.println("Fermeture de l'index : " + e.getMessage());
      }
    }
  }
}
