package fr.permanence.app;

import fr.permanence.corpus.SourceFile;
import fr.permanence.files.AtomicFiles;
import fr.permanence.files.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Brings a data folder's imported sources (Code du travail, fact sheets, agreements) up to the
 * installation's when the folder was seeded from an earlier release: a copy identical to one
 * the repository once shipped ({@value #LIST}, in the default corpus) is replaced by the current
 * one, and, in a folder holding at least one shipped copy, a source the installation ships that
 * the folder lacks is added (a release added it since). A file the list does not know is a moderator's own import ({@code corpus import-…}) and is never touched.
 *
 * <p>Each replacement is written beside its target, then moved over it atomically: a rebuild
 * reading the folder meanwhile sees the old copy or the new one, never half of either.
 * Thread-safety: stateless; concurrent starts write the same bytes.
 */
public final class ShippedSourceUpdate {
  /** The list of every shipped copy's SHA-256, as {@code sha256sum} prints it. */
  public static final String LIST = "shipped-sources.sha256";

  /** What one update did, for the start-up log. */
  public record Report(List<String> added, List<String> replaced) {
    public boolean changed() {
      return !added.isEmpty() || !replaced.isEmpty();
    }
  }

  private ShippedSourceUpdate() {}

  /** Updates {@code moderated} from {@code installed}, the installation's default corpus. */
  public static Report update(Path moderated, Path installed) throws IOException {
    Map<String, Set<String>> shipped = shipped(installed.resolve(LIST));
    List<Path> missing = new ArrayList<>();
    List<String> replaced = new ArrayList<>();
    boolean seededByARelease = false;
    for (Path current : sources(installed)) {
      String name = current.getFileName().toString();
      Path copy = moderated.resolve(name);
      if (!Files.exists(copy)) {
        missing.add(current);
        continue;
      }
      if (Files.size(copy) == Files.size(current) && Files.mismatch(copy, current) == -1) {
        seededByARelease = true;
        continue;
      }
      if (shipped.getOrDefault(name, Set.of()).contains(Sha256.of(copy))) {
        install(current, copy);
        replaced.add(name);
        seededByARelease = true;
      }
    }
    // Sources a release added since the folder was seeded; a folder holding none of the shipped
    // copies was made by hand or by imports only, and gets nothing it did not ask for.
    List<String> added = new ArrayList<>();
    if (seededByARelease) {
      for (Path current : missing) {
        install(current, moderated.resolve(current.getFileName()));
        added.add(current.getFileName().toString());
      }
    }
    return new Report(List.copyOf(added), List.copyOf(replaced));
  }

  /** The imported sources of the installation's default corpus, by name. */
  private static List<Path> sources(Path installed) throws IOException {
    try (Stream<Path> files = Files.list(installed)) {
      return files.filter(f -> f.getFileName().toString().endsWith(SourceFile.SUFFIX) && Files.isRegularFile(f))
          .sorted().toList();
    }
  }

  /** File name → SHA-256 digests of every copy of it ever shipped; empty when the list is absent. */
  static Map<String, Set<String>> shipped(Path list) throws IOException {
    Map<String, Set<String>> shipped = new HashMap<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(list, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return shipped; // an installation without history: only missing sources are added
    }
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] parts = l.split("\\s+", 2);
      if (parts.length != 2 || !parts[0].matches("[0-9a-f]{64}")) {
        throw new IOException(list + ": not a sha256sum line: " + line);
      }
      shipped.computeIfAbsent(parts[1].strip().replaceFirst("^\\*", ""), k -> new HashSet<>()).add(parts[0]);
    }
    return shipped;
  }

  /**
   * Copies {@code current} over {@code target} in one step, owner-only. The copy is written aside
   * under a name no reader takes for a source (they end in .jsonl.gz).
   */
  private static void install(Path current, Path target) throws IOException {
    AtomicFiles.write(target, out -> Files.copy(current, out));
  }
}
