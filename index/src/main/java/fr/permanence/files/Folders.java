package fr.permanence.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Copying and deleting whole folders: a corpus seeded into the data folder, a benchmark's scratch space. */
public final class Folders {
  private Folders() {}

  /**
   * Copies {@code from} and everything below it to {@code to}, every copy readable by its owner
   * only (copies land in the data folder); returns {@code to}.
   */
  public static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          OwnerOnly.createDirectories(target);
        } else {
          Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
        }
        OwnerOnly.restrict(target);
      }
    }
    return to;
  }

  /** Deletes {@code dir} and everything below it. */
  public static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
