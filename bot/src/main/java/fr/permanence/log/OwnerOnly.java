package fr.permanence.log;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Files and folders only their owner may read: the log and its secret reveal union membership. */
final class OwnerOnly {
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

  private OwnerOnly() {}

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  /** Creates an empty file readable by its owner only; fails if it exists. */
  static Path createFile(Path file) throws IOException {
    if (posix()) {
      return Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
    }
    return Files.createFile(file);
  }

  /** Creates the directory (and parents) when missing; a directory it creates is owner-only. */
  static void createDirectories(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    Files.createDirectories(dir);
    if (posix()) {
      Files.setPosixFilePermissions(dir, DIRECTORY);
    }
  }

  /** Takes group and world permissions away from an existing directory. */
  static void restrictDirectory(Path dir) throws IOException {
    if (posix() && Files.isDirectory(dir)) {
      Files.setPosixFilePermissions(dir, DIRECTORY);
    }
  }

  /** Takes group and world permissions away from an existing file. */
  static void restrict(Path file) throws IOException {
    if (posix() && Files.exists(file) && !Files.getPosixFilePermissions(file).equals(FILE)) {
      Files.setPosixFilePermissions(file, FILE);
    }
  }
}
