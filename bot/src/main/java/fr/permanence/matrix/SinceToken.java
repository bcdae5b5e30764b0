package fr.permanence.matrix;

import fr.permanence.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The /sync {@code since} token, kept in a file so that a restart resumes where it stopped.
 * Not thread-safe: used by the sync thread only.
 */
final class SinceToken {
  private final Path file;

  /** @param file where the token is kept ({@code DataFolder.matrixSince()}) */
  SinceToken(Path file) {
    this.file = file;
  }

  Optional<String> read() {
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      String token = Files.readString(file, StandardCharsets.UTF_8).strip();
      return token.isEmpty() ? Optional.empty() : Optional.of(token);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Matrix sync token " + file, e);
    }
  }

  /** Replaces the token in one step: a crash never leaves half a token. */
  void write(String token) {
    try {
      AtomicFiles.writeString(file, token);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Matrix sync token " + file, e);
    }
  }

  /** Forgets the token: the next sync catches up from now. */
  void clear() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the Matrix sync token " + file, e);
    }
  }
}
