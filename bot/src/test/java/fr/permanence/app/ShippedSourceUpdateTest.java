package fr.permanence.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.files.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder seeded from an earlier release gets the installation's sources; moderators' imports stay. */
class ShippedSourceUpdateTest {
  @TempDir
  Path installed;
  @TempDir
  Path moderated;

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private void ship(String name, String current, String... former) throws IOException {
    Files.write(installed.resolve(name), bytes(current));
    Path copy = Files.createTempFile("former", ".bin");
    StringBuilder list = new StringBuilder(Files.exists(installed.resolve(ShippedSourceUpdate.LIST))
        ? Files.readString(installed.resolve(ShippedSourceUpdate.LIST)) : "# shipped\n");
    for (String f : former) {
      Files.write(copy, bytes(f));
      list.append(Sha256.of(copy)).append("  ").append(name).append('\n');
    }
    Files.write(copy, bytes(current));
    list.append(Sha256.of(copy)).append("  ").append(name).append('\n');
    Files.writeString(installed.resolve(ShippedSourceUpdate.LIST), list);
    Files.delete(copy);
  }

  @Test
  void aFormerlyShippedCopyIsReplacedByTheCurrentOne() throws IOException {
    ship("code-du-travail.jsonl.gz", "whole code", "604 articles");
    Files.write(moderated.resolve("code-du-travail.jsonl.gz"), bytes("604 articles"));

    ShippedSourceUpdate.Report report = ShippedSourceUpdate.update(moderated, installed);

    assertEquals(List.of("code-du-travail.jsonl.gz"), report.replaced());
    assertEquals(List.of(), report.added());
    assertArrayEquals(bytes("whole code"), Files.readAllBytes(moderated.resolve("code-du-travail.jsonl.gz")));
  }

  @Test
  void aModeratorsOwnImportIsNeverTouched() throws IOException {
    ship("convention-1486.jsonl.gz", "syntec 2026", "syntec 2025");
    Files.write(moderated.resolve("convention-1486.jsonl.gz"), bytes("syntec imported by a moderator"));

    ShippedSourceUpdate.Report report = ShippedSourceUpdate.update(moderated, installed);

    assertFalse(report.changed());
    assertArrayEquals(bytes("syntec imported by a moderator"),
        Files.readAllBytes(moderated.resolve("convention-1486.jsonl.gz")));
  }

  @Test
  void aSourceShippedSinceTheFolderWasSeededIsAdded() throws IOException {
    ship("code-du-travail.jsonl.gz", "whole code", "604 articles");
    ship("fiches-travail.jsonl.gz", "269 fiches");
    Files.write(moderated.resolve("code-du-travail.jsonl.gz"), bytes("604 articles"));

    ShippedSourceUpdate.Report report = ShippedSourceUpdate.update(moderated, installed);

    assertEquals(List.of("fiches-travail.jsonl.gz"), report.added());
    assertEquals(List.of("code-du-travail.jsonl.gz"), report.replaced());
    assertArrayEquals(bytes("269 fiches"), Files.readAllBytes(moderated.resolve("fiches-travail.jsonl.gz")));
  }

  @Test
  void aFolderMadeWithoutTheShippedSourcesGetsNoneOfThem() throws IOException {
    ship("code-du-travail.jsonl.gz", "whole code");
    Files.write(moderated.resolve("convention-1486.jsonl.gz"), bytes("syntec imported by a moderator"));

    assertFalse(ShippedSourceUpdate.update(moderated, installed).changed());
    assertFalse(Files.exists(moderated.resolve("code-du-travail.jsonl.gz")));
  }

  @Test
  void anUpToDateFolderIsLeftAsItIsAndNoStagingFileRemains() throws IOException {
    ship("code-du-travail.jsonl.gz", "whole code", "604 articles");
    Files.write(moderated.resolve("code-du-travail.jsonl.gz"), bytes("604 articles"));
    ShippedSourceUpdate.update(moderated, installed);

    assertFalse(ShippedSourceUpdate.update(moderated, installed).changed());
    try (var files = Files.list(moderated)) {
      assertEquals(List.of("code-du-travail.jsonl.gz"), files.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void aDamagedListSaysWhichLine() throws IOException {
    Files.writeString(installed.resolve(ShippedSourceUpdate.LIST), "not-a-digest  code-du-travail.jsonl.gz\n");

    IOException e = assertThrows(IOException.class, () -> ShippedSourceUpdate.update(moderated, installed));
    assertTrue(e.getMessage().contains("not-a-digest"), e.getMessage());
  }

  /** The repository's list knows the sources it ships now: add the line when a source changes. */
  @Test
  void theRepositorysListHoldsEveryShippedSourceAsItIsNow() throws IOException {
    Path corpus = Path.of("..", "corpus");
    Map<String, Set<String>> shipped = ShippedSourceUpdate.shipped(corpus.resolve(ShippedSourceUpdate.LIST));
    try (var files = Files.list(corpus)) {
      for (Path source : files.filter(f -> f.getFileName().toString().endsWith(".jsonl.gz")).toList()) {
        String name = source.getFileName().toString();
        assertTrue(shipped.getOrDefault(name, Set.of()).contains(Sha256.of(source)),
            "add `sha256sum corpus/" + name + "` to corpus/" + ShippedSourceUpdate.LIST);
      }
    }
  }
}
