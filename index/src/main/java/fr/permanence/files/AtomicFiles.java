package fr.permanence.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files replaced in one step: the new content is written beside the target, owner-only, then
 * moved over it, so a reader (or a crash) sees the old file or the new one, never half of one.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes the content of a file to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Looks at the file written aside before it replaces the target, and says what the caller wants to know of it. */
  @FunctionalInterface
  public interface Check<T> {
    /** @throws RuntimeException or IOException to leave the target as it was */
    T check(Path written) throws IOException;
  }

  /** Writes {@code content} aside, then moves it over {@code target}. */
  public static void write(Path target, Content content) throws IOException {
    write(target, content, written -> null);
  }

  /**
   * Writes {@code content} aside, runs {@code check} on the written file, then moves it over
   * {@code target}; a check that throws leaves the target as it was, and nothing beside it.
   *
   * @return what {@code check} returned
   */
  public static <T> T write(Path target, Content content, Check<T> check) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    OwnerOnly.createDirectories(parent);
    // createTempFile makes the file readable by its owner only (POSIX 0600).
    Path tmp = Files.createTempFile(parent, "." + target.getFileName() + "-", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        content.writeTo(out);
      }
      T result = check.check(tmp);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return result;
    } finally {
      // After the move it is gone; after a failure it is a partial or refused copy nobody must read.
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes {@code text} as UTF-8 aside, then moves it over {@code target}. */
  public static void writeString(Path target, String text) throws IOException {
    write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Writes {@code text} as UTF-8 into {@code target} unless it exists, and returns what
   * {@code target} then holds: {@code text}, or what another process wrote first. The text is
   * written aside and linked into place, which fails when the target exists: two processes
   * creating it at once never both win, and nobody reads half of it.
   */
  public static String writeStringOnce(Path target, String text) throws IOException {
    if (!Files.exists(target)) {
      Path parent = target.toAbsolutePath().getParent();
      OwnerOnly.createDirectories(parent);
      Path tmp = Files.createTempFile(parent, "." + target.getFileName() + "-", ".tmp");
      try {
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        try {
          Files.createLink(target, tmp);
        } catch (UnsupportedOperationException e) {
          // No hard links on this file system: a move that refuses an existing target, nearly as safe.
          Files.move(tmp, target);
        }
      } catch (FileAlreadyExistsException e) {
        // Another process wrote it first: its text is the one every process must use.
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
    return Files.readString(target, StandardCharsets.UTF_8);
  }
}
