package fr.permanence.app;

import fr.permanence.corpus.Corpus;
import fr.permanence.files.DataFolder;
import fr.permanence.files.Folders;
import fr.permanence.files.OwnerOnly;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The corpus moderators change lives in the data folder: the first command that needs it (a
 * start of the bot, an import) seeds it with a copy of the installation's default corpus, so
 * the installation's files are never written to. Several processes may seed at once: each
 * copies into its own staging folder, and the first move wins. A folder seeded from an earlier
 * release gets the installation's newer Code du travail, fact sheets and agreement
 * ({@link ShippedSourceUpdate}); moderators' own imports stay.
 */
public final class CorpusSeed {
  private static final Logger LOG = LoggerFactory.getLogger(CorpusSeed.class);
  /** A staging folder older than this was left by a start that crashed mid-copy. */
  private static final Duration ABANDONED = Duration.ofHours(1);
  /**
   * Attempts at making a staging folder whose parent another process keeps removing: each loss
   * needs a whole seeding by another process in the microseconds between two calls, so a third
   * loss in a row is not a race but a fault worth reporting.
   */
  private static final int RACES = 3;

  private CorpusSeed() {}

  /** The moderated corpus of {@code data}, copied from {@code defaultCorpus} when there is none yet. */
  public static Path seed(DataFolder data, Path defaultCorpus) throws IOException {
    return seed(data, defaultCorpus, Folders::copy);
  }

  /** How the default corpus is copied into a staging folder: {@link Folders#copy} but in tests of failures. */
  @FunctionalInterface
  interface Copier {
    void copy(Path from, Path to) throws IOException;
  }

  /** {@link #seed(DataFolder, Path)}, copying with {@code copier}. */
  static Path seed(DataFolder data, Path defaultCorpus, Copier copier) throws IOException {
    Path moderated = data.corpus();
    if (Files.isRegularFile(moderated.resolve(Corpus.MANIFEST))) {
      ShippedSourceUpdate.Report update = ShippedSourceUpdate.update(moderated, defaultCorpus);
      if (update.changed()) {
        LOG.info("Sources livrées mises à jour dans {} : ajoutées {}, remplacées {}", moderated, update.added(),
            update.replaced());
      }
      removeIfEmpty(data.corpusSeeding()); // left behind by earlier releases
      return moderated;
    }
    Path stagings = data.corpusSeeding();
    try (Staging staging = new Staging(newStaging(stagings), stagings)) {
      copier.copy(defaultCorpus, staging.folder());
      try {
        // The copy appears whole or not at all: a crash mid-copy leaves only the staging folder.
        Files.move(staging.folder(), moderated, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
        // Another process seeded it first: its copy is the same, ours goes.
      }
    }
    return moderated;
  }

  /**
   * A staging folder of this process's own and their parent, cleaned up however the seeding ends:
   * closed by try-with-resources, a failure to clean up is added to the seeding's own failure (as
   * suppressed), never put in its place, so the first cause (a disk full mid-copy) is the one told.
   */
  private record Staging(Path folder, Path parent) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      if (Files.exists(folder)) {
        Folders.delete(folder);
      }
      removeIfEmpty(parent);
    }
  }

  /**
   * A staging folder of this process's own (owner-only), after removing those abandoned. Another
   * process that just finished seeding may remove the empty parent between its creation and the
   * staging folder's: it is then made again.
   */
  private static Path newStaging(Path stagings) throws IOException {
    for (int attempt = 1; ; attempt++) {
      OwnerOnly.createDirectories(stagings);
      try {
        removeAbandoned(stagings);
        return Files.createTempDirectory(stagings, "copy-");
      } catch (NoSuchFileException e) {
        if (attempt == RACES) {
          throw e;
        }
      }
    }
  }

  /** Removes the staging parent once no process is copying into it; one still copying keeps it. */
  private static void removeIfEmpty(Path stagings) throws IOException {
    try {
      Files.deleteIfExists(stagings);
    } catch (DirectoryNotEmptyException e) {
      // another process is seeding right now (or an abandoned copy waits for the next start's clean-up)
    }
  }

  private static void removeAbandoned(Path stagings) throws IOException {
    Instant before = Instant.now().minus(ABANDONED);
    List<Path> old;
    try (Stream<Path> entries = Files.list(stagings)) {
      old = entries.filter(p -> modifiedBefore(p, before)).toList();
    }
    for (Path p : old) {
      Folders.delete(p);
    }
  }

  private static boolean modifiedBefore(Path p, Instant before) {
    try {
      FileTime time = Files.getLastModifiedTime(p);
      return time.toInstant().isBefore(before);
    } catch (IOException e) {
      return false; // gone meanwhile, or unreadable: not ours to remove
    }
  }
}
