package fr.permanence.log;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** A real full disk for a test: a small tmpfs mounted in the test's folder (needs root, as in CI's container). */
final class FullDisk {
  /** Big enough for the log's first pages, small enough to fill in an instant. */
  private static final String SIZE = "2m";

  interface Body {
    void run(Path disk, Runnable freeSpace) throws Exception;
  }

  private FullDisk() {}

  static void run(Path dir, Body body) throws Exception {
    Path disk = Files.createDirectories(dir.resolve("tmpfs"));
    Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + SIZE, "tmpfs", disk.toString())
        .redirectErrorStream(true).start();
    String output = new String(mount.getInputStream().readAllBytes());
    if (mount.waitFor() != 0) {
      System.out.println("SKIPPED: the full-disk test needs to mount a tmpfs (root): " + output.strip());
      Assumptions.abort("cannot mount a tmpfs: " + output.strip());
    }
    try {
      body.run(disk, () -> {
        try {
          Files.deleteIfExists(disk.resolve("filler"));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } finally {
      new ProcessBuilder("umount", "-l", disk.toString()).inheritIO().start().waitFor();
    }
  }

  /** Writes a file until the disk has no space left. */
  static void fill(Path disk) throws IOException {
    byte[] block = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(disk.resolve("filler"))) {
      while (true) {
        out.write(block);
      }
    } catch (IOException e) {
      if (!String.valueOf(e.getMessage()).contains("space")) {
        throw e;
      }
    }
  }
}
