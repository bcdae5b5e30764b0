package fr.permanence.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Makes the index's documents on other threads, ahead of the one thread that hands them to the
 * index writer, in the passages' order. Making a passage's document (its quantities, its topic,
 * the references it names) and analysing its text ({@link PreAnalysed}) is most of a build; the
 * writer's thread is left with recording the tokens, so a build's work spreads over the cores.
 * The writer still receives the documents one by one in the order of the passages, so the index
 * holds them in the same order (and ranks ties the same way) as a build on one thread.
 *
 * <p>Thread-safety: {@link #forEach} is called by one thread; the makers only read the passages
 * and what {@code make} reads, which nobody changes during a build.
 */
final class DocumentsAhead<P, D> {
  /**
   * Passages per task: a hundred take some tens of milliseconds to make and analyse, long enough
   * to outweigh handing the task over, short enough that the writer starts at once.
   */
  static final int CHUNK = 100;
  /**
   * Tasks made ahead of the writer per maker thread: enough that a maker never waits for the
   * writer to take a chunk, few enough that a few hundred analysed documents (some kilobytes of
   * tokens each) wait in memory at most.
   */
  static final int AHEAD_PER_MAKER = 2;

  private final Function<P, D> make;
  private final int makers;

  /** {@code makers} threads (at least one) each making documents with {@code make}. */
  DocumentsAhead(Function<P, D> make, int makers) {
    this.make = make;
    this.makers = Math.max(1, makers);
  }

  /**
   * As many makers as the machine has cores: the writer's thread, left with recording tokens,
   * takes a fraction of a core, and waits for the makers the rest of the time.
   */
  static int makersForThisMachine() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** What the writer does with each document, in order. */
  interface Writer<D> {
    void write(D document) throws IOException;
  }

  /**
   * Makes the documents of {@code passages} and gives each to {@code writer} in their order; the
   * first failure of a maker or of the writer stops the rest and is thrown.
   */
  void forEach(List<P> passages, Writer<D> writer) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(makers, task -> {
      Thread t = new Thread(task, "index-documents");
      t.setDaemon(true); // an abandoned build must never keep the process alive
      return t;
    });
    try {
      Deque<Future<List<D>>> ahead = new ArrayDeque<>();
      int next = 0;
      while (next < passages.size() || !ahead.isEmpty()) {
        while (ahead.size() < makers * AHEAD_PER_MAKER && next < passages.size()) {
          List<P> chunk = passages.subList(next, Math.min(passages.size(), next + CHUNK));
          ahead.add(pool.submit(() -> chunk.stream().map(make).toList()));
          next += chunk.size();
        }
        for (D document : made(ahead.poll())) {
          writer.write(document);
        }
      }
    } finally {
      pool.shutdownNow(); // after a failure, the chunks still queued are of no use
    }
  }

  private static <D> List<D> made(Future<List<D>> chunk) throws IOException {
    try {
      return chunk.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the build is being stopped: keep the flag for the caller
      throw new InterruptedIOException("interrupted while making the index's documents");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException("making an index document failed", cause);
    }
  }
}
