package fr.permanence.legi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.permanence.corpus.UnreadableDocumentException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * An npm package of the administration's open data, as {@code npm pack} downloads it (a .tgz
 * whose entries sit under {@code package/}) or extracted in a folder. Entries are streamed one
 * at a time: a package of tens of megabytes is never held in memory.
 *
 * <p>Thread-safety: stateless.
 */
public final class NpmPackage {
  /** Read buffer for the archive: the gzip and tar layers read in large blocks. */
  private static final int BUFFER = 1 << 16;
  /** JSON readers that leave the tar stream open: it holds the next entries. */
  public static final ObjectMapper JSON =
      new ObjectMapper(JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build());

  /** Reads one entry; {@code in} must not be closed. */
  @FunctionalInterface
  public interface EntryReader {
    void read(String name, InputStream in) throws IOException;
  }

  /** What the package's {@code package.json} says. */
  public record Manifest(String name, String version, String license) {}

  private NpmPackage() {}

  /**
   * Hands every entry whose name inside the package (e.g. {@code data/index.json}) passes
   * {@code wanted} to {@code reader}, in archive order, and returns the package's manifest.
   *
   * @param howToGet what to tell a user whose file is missing or broken, in French
   * @throws UnreadableDocumentException when the source is missing, not a package, or truncated
   */
  public static Manifest scan(Path source, Predicate<String> wanted, EntryReader reader, String howToGet) {
    try {
      if (Files.isDirectory(source)) {
        return scanFolder(Files.isRegularFile(source.resolve("package/package.json")) ? source.resolve("package")
            : source, wanted, reader);
      }
      if (Files.size(source) == 0) {
        throw new UnreadableDocumentException(source, "fichier vide ; " + howToGet);
      }
      return scanArchive(source, wanted, reader);
    } catch (NoSuchFileException e) {
      throw new UnreadableDocumentException(source, "fichier introuvable ; " + howToGet);
    } catch (IOException e) {
      throw new UnreadableDocumentException(source,
          "archive illisible, tronquée ou corrompue (" + e.getMessage() + ") ; " + howToGet);
    }
  }

  private static Manifest scanArchive(Path file, Predicate<String> wanted, EntryReader reader) throws IOException {
    Manifest manifest = new Manifest("", "", "");
    try (TarArchiveInputStream tar = new TarArchiveInputStream(
        new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER), BUFFER))) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        String name = entry.getName();
        int slash = name.indexOf('/');
        String inside = slash < 0 ? name : name.substring(slash + 1); // npm puts everything under package/
        if (inside.equals("package.json")) {
          manifest = manifest(JSON.readTree(tar));
        } else if (entry.isFile() && wanted.test(inside)) {
          reader.read(inside, tar);
        }
      }
    }
    return manifest;
  }

  private static Manifest scanFolder(Path dir, Predicate<String> wanted, EntryReader reader) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    Manifest manifest = new Manifest("", "", "");
    for (Path f : files) {
      String inside = dir.relativize(f).toString().replace('\\', '/');
      if (inside.equals("package.json")) {
        manifest = manifest(JSON.readTree(f.toFile()));
      } else if (wanted.test(inside)) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(f), BUFFER)) {
          reader.read(inside, in);
        }
      }
    }
    return manifest;
  }

  private static Manifest manifest(JsonNode json) {
    return new Manifest(json.path("name").asText(""), json.path("version").asText(""),
        json.path("license").asText(""));
  }
}
