package fr.permanence.matrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** The /sync {@code since} token, kept in a file so that a restart resumes where it stopped. */
final class SinceToken {
  /** The file's name in the data directory. */
  static final String FILE = "matrix-since.txt";

  private final Path file;

  SinceToken(Path dataDir) {
    this.file = dataDir.resolve(FILE);
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

  /** Writes beside the old file then moves it over, so a crash never leaves half a token. */
  void write(String token) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(FILE + ".tmp");
      Files.writeString(tmp, token, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Matrix sync token " + file, e);
    }
  }
}
