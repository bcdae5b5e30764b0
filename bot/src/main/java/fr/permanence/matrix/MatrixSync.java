package fr.permanence.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import fr.permanence.app.StartupFailure;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The /sync loop: long-polls the homeserver, hands each batch over, then saves the batch's
 * {@code next_batch} token so that a restart resumes there. The first sync (no saved token) is a
 * catch-up: it learns the rooms, answers nothing old.
 *
 * <p>Only transport failures are tried again (network, 5xx, a rate limit still in force), after a
 * pause doubling up to {@link #MAX_BACKOFF}; whatever else goes wrong in one event is the
 * handler's business and never reaches the loop. A saved token the server refuses (400) is
 * dropped for a catch-up sync; a batch without a string {@code next_batch} is handled but its token
 * is not saved, and the loop pauses as after a transport failure;
 * a refused access token (401, {@code M_UNKNOWN_TOKEN}) stops the loop and reports a
 * {@link StartupFailure} of the configuration class: restarting cannot bring a revoked token back.
 *
 * <p>Thread-safety: {@link #start} and {@link #close} may be called from any thread; the loop runs
 * in its own thread, and {@link #syncOnce} must not run in two threads at once.
 */
final class MatrixSync implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MatrixSync.class);
  /** First wait after a transport failure; doubled at each new failure. */
  static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
  /** Longest wait between two attempts to reach the homeserver. */
  static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
  /** How long {@link #close} waits for the loop to finish the event it is handling. */
  private static final Duration STOP_WAIT = Duration.ofSeconds(10);

  /** Handles one /sync response; {@code catchUp}: learn the rooms, answer nothing. */
  @FunctionalInterface
  interface Batches {
    void handle(JsonNode batch, boolean catchUp) throws IOException, InterruptedException;
  }

  private final MatrixClient client;
  private final SinceToken since;
  private final Duration timeout;
  private final Sleeper sleeper;
  private final Batches batches;
  private volatile boolean running;
  private Thread loop;

  MatrixSync(MatrixClient client, SinceToken since, Duration timeout, Sleeper sleeper, Batches batches) {
    this.client = client;
    this.since = since;
    this.timeout = timeout;
    this.sleeper = sleeper;
    this.batches = batches;
  }

  /** Starts the loop in its own thread; {@code onFatal} hears why it stopped by itself, if it does. */
  synchronized void start(Consumer<StartupFailure> onFatal) {
    if (loop != null) {
      throw new IllegalStateException("the Matrix sync is already running");
    }
    running = true;
    loop = new Thread(() -> run(onFatal), "matrix-sync");
    loop.start();
  }

  /** Stops the loop: the current long-poll is interrupted; the saved token stays. */
  @Override
  public synchronized void close() throws InterruptedException {
    running = false;
    if (loop != null) {
      loop.interrupt();
      loop.join(STOP_WAIT);
      loop = null;
    }
  }

  private void run(Consumer<StartupFailure> onFatal) {
    Duration backoff = FIRST_BACKOFF;
    while (running) {
      try {
        syncOnce();
        backoff = FIRST_BACKOFF;
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // close() asked us to stop
        return;
      } catch (MatrixException e) {
        if (e.unknownToken()) {
          running = false;
          LOG.error("the homeserver refuses the access token, stopping: {}", e.getMessage());
          onFatal.accept(StartupFailure.configuration("Matrix : le serveur refuse le jeton d'accès du bot ("
              + (e.errcode().isEmpty() ? "HTTP " + e.status() : e.errcode()) + ") : il a été révoqué (session "
              + "déconnectée) ou a expiré. Créez un nouveau jeton (docs/chat.md, « Obtenir un jeton d'accès Matrix »), "
              + "mettez-le dans PERMANENCE_MATRIX_TOKEN, puis relancez le service.", e));
          return;
        }
        LOG.warn("sync failed, trying again in {} s: {}", backoff.toSeconds(), e.getMessage());
      } catch (IOException e) {
        LOG.warn("cannot reach the homeserver, trying again in {} s: {}", backoff.toSeconds(), e.toString());
      } catch (Throwable e) {
        // Handlers catch what one event throws; this is a bug in the loop itself. Keep the bot alive.
        LOG.error("unexpected failure in the Matrix sync, trying again in {} s", backoff.toSeconds(), e);
      }
      try {
        sleeper.sleep(backoff);
      } catch (InterruptedException stop) {
        Thread.currentThread().interrupt(); // close() asked us to stop while waiting
        return;
      }
      backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
    }
  }

  /** One /sync and its handling; saves the new token afterwards. */
  void syncOnce() throws IOException, InterruptedException {
    Optional<String> token = since.read();
    boolean catchUp = token.isEmpty();
    JsonNode batch;
    try {
      batch = client.sync(token, catchUp ? Duration.ZERO : timeout);
    } catch (MatrixException e) {
      if (catchUp || e.status() != 400) {
        throw e;
      }
      // The server no longer knows the token (reset, purged): start from now, answering nothing old.
      LOG.warn("the homeserver refuses the saved sync token ({}); catching up from now", e.getMessage());
      since.clear();
      catchUp = true;
      batch = client.sync(Optional.empty(), Duration.ZERO);
    }
    batches.handle(batch, catchUp); // events are answered once whatever comes next: handled ids are kept
    JsonNode next = batch.path("next_batch");
    if (!next.isTextual() || next.asText().isBlank()) {
      // Saving it would make every later sync fail; the loop waits, then syncs again from the old token.
      throw new IOException("the homeserver's sync response has no next_batch token (" + next.getNodeType()
          + "): not saved");
    }
    since.write(next.asText());
  }
}
