package fr.permanence.matrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The /sync {@code since} token, kept in a file so that a restart resumes where it stopped.
 * Used by the sync thread only.
 */
final class SinceToken {
  /** The file's name in the data directory. */
  static final String FILE = "matrix-since.txt";

  private final StateFile file;

  SinceToken(Path dataDir) {
    this.file = new StateFile(dataDir.resolve(FILE));
  }

  Optional<String> read() {
    try {
      return file.read().map(String::strip).filter(token -> !token.isEmpty());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Matrix sync token " + file.path(), e);
    }
  }

  void write(String token) {
    try {
      file.write(token);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Matrix sync token " + file.path(), e);
    }
  }

  /** Forgets the token: the next sync catches up from now. */
  void clear() {
    try {
      file.delete();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the Matrix sync token " + file.path(), e);
    }
  }
}
