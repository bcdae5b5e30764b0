package fr.permanence.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.files.DataFolder;
import fr.permanence.files.Folders;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeding the data folder's corpus leaves the corpus and nothing else: no empty staging folder. */
class CorpusSeedTest {
  @TempDir Path tmp;
  private Path defaultCorpus;
  private DataFolder data;

  @BeforeEach
  void installation() throws IOException {
    defaultCorpus = tmp.resolve("home/corpus");
    Files.createDirectories(defaultCorpus.resolve("documents"));
    Files.writeString(defaultCorpus.resolve("documents/note.txt"), "Le CSE est consulté.\n");
    Files.writeString(defaultCorpus.resolve("manifest.json"),
        "{\"version\":1,\"documents\":[{\"slug\":\"note\",\"file\":\"documents/note.txt\",\"title\":\"Note\"}]}");
    data = new DataFolder(Files.createDirectories(tmp.resolve("data")));
  }

  @Test
  void theFirstStartLeavesTheCorpusAndNoStagingFolder() throws IOException {
    Path moderated = CorpusSeed.seed(data, defaultCorpus);
    assertEquals(data.corpus(), moderated);
    assertEquals(List.of("corpus"), entries(data.corpus().getParent()));
    assertEquals(List.of("documents", "manifest.json"), entries(moderated));
  }

  @Test
  void anEmptyStagingFolderLeftByAnEarlierReleaseGoesAtTheNextStart() throws IOException {
    CorpusSeed.seed(data, defaultCorpus);
    Files.createDirectories(data.corpusSeeding());
    CorpusSeed.seed(data, defaultCorpus);
    assertEquals(List.of("corpus"), entries(data.corpus().getParent()));
  }

  @Test
  void aCopyAnotherProcessIsMakingStays() throws IOException {
    Path theirs = Files.createDirectories(data.corpusSeeding().resolve("copy-123"));
    CorpusSeed.seed(data, defaultCorpus);
    assertEquals(List.of("corpus", "corpus.seeding"), entries(data.corpus().getParent()));
    assertTrue(Files.isDirectory(theirs), "a recent copy in progress is not ours to remove");
  }

  /**
   * A copy that fails, then a clean-up that fails too (the data folder gone from under it, like a
   * disk unmounted mid-copy): the copy's failure is the one reported, the clean-up's is attached to
   * it. A {@code finally} that threw used to replace it, and the moderator read only "not a directory".
   */
  @Test
  void aFailedCopyIsReportedEvenWhenCleaningUpFailsToo() throws IOException {
    Path dataDir = data.corpus().getParent();
    IOException e = assertThrows(IOException.class, () -> CorpusSeed.seed(data, defaultCorpus, (from, to) -> {
      Folders.delete(dataDir);
      Files.writeString(dataDir, "not a folder any more");
      throw new IOException("disque plein");
    }));
    assertEquals("disque plein", e.getMessage());
    assertEquals(List.of(FileSystemException.class), List.of(e.getSuppressed()).stream().map(Object::getClass).toList());
    assertEquals(data.corpusSeeding().toString(), ((FileSystemException) e.getSuppressed()[0]).getFile());
  }

  private static List<String> entries(Path dir) throws IOException {
    try (Stream<Path> all = Files.list(dir)) {
      return all.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
