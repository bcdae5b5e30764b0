package fr.permanence.moderation;

import fr.permanence.files.OwnerOnly;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One corpus change or index rebuild at a time, across threads and processes (a bot serving
 * chats and a moderator's {@code ./permanence index rebuild} on the same data folder): a
 * semaphore for this process, an operating-system lock on a file of the data folder for the
 * others. The operating system releases the file lock when a process dies, so a crash never
 * leaves it held.
 *
 * <p>Thread-safe. Not reentrant: a holder that asks again is refused or waits.
 */
public final class ModerationLock {
  /** How often a waiting caller tries the other processes' lock again. */
  private static final Duration POLL = Duration.ofMillis(100);

  private final Path file;
  private final Semaphore local = new Semaphore(1);

  /** A lock held through {@code file} (created owner-only when missing). */
  public ModerationLock(Path file) {
    this.file = file.toAbsolutePath();
  }

  /** The lock while it is held; closing releases it. */
  public final class Held implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;
    private boolean released;

    private Held(FileChannel channel, FileLock lock) {
      this.channel = channel;
      this.lock = lock;
    }

    @Override
    public synchronized void close() {
      if (released) {
        return;
      }
      released = true;
      try (FileChannel c = channel) {
        lock.release();
      } catch (IOException e) {
        // Closing the channel releases the lock anyway; nothing is left held.
      } finally {
        local.release();
      }
    }
  }

  /** The lock if nobody holds it now, else empty. */
  public Optional<Held> tryAcquire() throws IOException {
    if (!local.tryAcquire()) {
      return Optional.empty();
    }
    return fileLock(Duration.ZERO);
  }

  /** The lock, waiting at most {@code timeout} for whoever holds it; empty when it stayed held. */
  public Optional<Held> acquire(Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    if (!local.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
      return Optional.empty();
    }
    return fileLock(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
  }

  /** With the semaphore held: the file lock within {@code wait}, or the semaphore given back. */
  private Optional<Held> fileLock(Duration wait) throws IOException {
    FileChannel channel = null;
    Held held = null;
    try {
      OwnerOnly.createDirectories(file.getParent());
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      OwnerOnly.restrict(file);
      long deadline = System.nanoTime() + wait.toNanos();
      for (FileLock lock = channel.tryLock(); ; lock = channel.tryLock()) {
        if (lock != null) {
          held = new Held(channel, lock);
          return Optional.of(held);
        }
        if (System.nanoTime() >= deadline) {
          return Optional.empty();
        }
        Thread.sleep(POLL.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the caller is being stopped: give up waiting, keep the flag
      return Optional.empty();
    } finally {
      if (held == null) {
        try {
          if (channel != null) {
            channel.close();
          }
        } finally {
          local.release();
        }
      }
    }
  }
}
