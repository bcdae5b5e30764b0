package fr.permanence.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders only their owner may read or enter: the data folder reveals union
 * membership (questions, moderators, documents). On file systems without POSIX permissions the
 * calls create plainly and restrict nothing.
 */
public final class OwnerOnly {
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

  private OwnerOnly() {}

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  /** Creates an empty file readable by its owner only; fails if it exists. */
  public static Path createFile(Path file) throws IOException {
    if (posix()) {
      return Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
    }
    return Files.createFile(file);
  }

  /**
   * Creates the directory and its missing parents; each directory it creates is owner-only
   * (parents that exist already are left as they are).
   */
  public static Path createDirectories(Path dir) throws IOException {
    Path absolute = dir.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      return dir;
    }
    Path parent = absolute.getParent();
    if (parent != null) {
      createDirectories(parent);
    }
    try {
      if (posix()) {
        Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(DIRECTORY));
        Files.setPosixFilePermissions(absolute, DIRECTORY); // the umask may have taken bits back
      } else {
        Files.createDirectory(absolute);
      }
    } catch (FileAlreadyExistsException e) {
      if (!Files.isDirectory(absolute)) {
        throw e; // a file stands where the folder should be: the caller must hear of it
      }
      // Another process created it meanwhile: it is there, which is all that was asked.
    }
    return dir;
  }

  /** Takes group and world permissions away from an existing file or folder. */
  public static void restrict(Path path) throws IOException {
    if (!posix() || !Files.exists(path)) {
      return;
    }
    Set<PosixFilePermission> wanted = Files.isDirectory(path) ? DIRECTORY : FILE;
    if (!Files.getPosixFilePermissions(path).equals(wanted)) {
      Files.setPosixFilePermissions(path, wanted);
    }
  }
}
