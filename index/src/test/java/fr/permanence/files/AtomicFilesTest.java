package fr.permanence.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file replaced in one step: the old content or the new, owner-only, and nothing left beside it. */
class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void replacesTheContentOwnerOnlyInAFolderItCreates() throws IOException {
    Path target = dir.resolve("nouveau/notes.txt");
    AtomicFiles.writeString(target, "première version");
    AtomicFiles.writeString(target, "seconde version");
    assertEquals("seconde version", Files.readString(target));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target.getParent())));
    assertEquals(List.of("notes.txt"), names(target.getParent()));
  }

  @Test
  void aCheckSeesTheNewContentAndItsAnswerIsReturned() throws IOException {
    Path target = dir.resolve("notes.txt");
    AtomicFiles.writeString(target, "ancienne");
    int lines = AtomicFiles.write(target, out -> out.write("un\ndeux\ntrois\n".getBytes(StandardCharsets.UTF_8)),
        written -> Files.readAllLines(written).size());
    assertEquals(3, lines);
    assertEquals("un\ndeux\ntrois\n", Files.readString(target));
  }

  @Test
  void aRefusingCheckLeavesTheTargetAsItWasAndNothingBesideIt() throws IOException {
    Path target = dir.resolve("notes.txt");
    AtomicFiles.writeString(target, "ancienne");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AtomicFiles.write(target,
        out -> out.write("vide".getBytes(StandardCharsets.UTF_8)), written -> {
          throw new IllegalArgumentException("refusé : " + Files.readString(written));
        }));
    assertEquals("refusé : vide", e.getMessage());
    assertLeftAsItWas(target);
  }

  @Test
  void aFailedWriteLeavesTheTargetAsItWasAndNothingBesideIt() throws IOException {
    Path target = dir.resolve("notes.txt");
    AtomicFiles.writeString(target, "ancienne");
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
      out.write("à moit".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disque plein");
    }));
    assertEquals("disque plein", e.getMessage());
    assertLeftAsItWas(target);
  }

  @Test
  void writeStringOnceKeepsWhatWasWrittenFirst() throws IOException {
    Path target = dir.resolve("secret.txt");
    assertEquals("premier", AtomicFiles.writeStringOnce(target, "premier"));
    assertEquals("premier", AtomicFiles.writeStringOnce(target, "second"));
    assertEquals("premier", Files.readString(target));
    assertEquals(List.of("secret.txt"), names(dir));
  }

  /** The target still holds its old content, and no temporary file is left beside it. */
  private void assertLeftAsItWas(Path target) throws IOException {
    assertEquals("ancienne", Files.readString(target));
    assertEquals(List.of("notes.txt"), names(dir));
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
