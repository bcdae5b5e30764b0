package fr.permanence.matrix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A small text file of the bot's state in the data folder, replaced whole: the new text is
 * written beside it then moved over it, so a crash leaves the old file or the new one, never half
 * of one. Not thread-safe: each file has one writer, the sync thread.
 */
final class StateFile {
  private final Path file;

  StateFile(Path file) {
    this.file = file;
  }

  Path path() {
    return file;
  }

  /** The file's text, or empty when there is no file yet. */
  Optional<String> read() throws IOException {
    return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
  }

  void write(String text) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  void delete() throws IOException {
    Files.deleteIfExists(file);
  }
}
