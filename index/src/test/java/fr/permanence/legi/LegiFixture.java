package fr.permanence.legi;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** The committed cut of the package (see src/test/resources/legi/README.md) and archives made of it. */
final class LegiFixture {
  private LegiFixture() {}

  /** The extracted package folder: package.json and data/LEGITEXT000006072050.json. */
  static Path packageDir() {
    try {
      return Path.of(LegiFixture.class.getResource("/legi/package").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("test resources have file URLs", e);
    }
  }

  static Path codeJson() {
    return packageDir().resolve(CodeDuTravailImporter.CODE_ENTRY);
  }

  /** A clock on the given day at noon UTC. */
  static Clock on(String isoDay) {
    return Clock.fixed(Instant.parse(isoDay + "T12:00:00Z"), ZoneOffset.UTC);
  }

  /** Packs the fixture the way {@code npm pack} does: data first, package.json last, under "package/". */
  static Path tgz(Path out, boolean withCode) throws IOException {
    try (OutputStream file = Files.newOutputStream(out);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(file))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      add(tar, "package/README.md", "# legi-data\n".getBytes(StandardCharsets.UTF_8));
      if (withCode) {
        add(tar, "package/" + CodeDuTravailImporter.CODE_ENTRY, Files.readAllBytes(codeJson()));
      }
      add(tar, "package/package.json", Files.readAllBytes(packageDir().resolve("package.json")));
      tar.finish();
    }
    return out;
  }

  private static void add(TarArchiveOutputStream tar, String name, byte[] bytes) throws IOException {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(bytes.length);
    tar.putArchiveEntry(entry);
    tar.write(bytes);
    tar.closeArchiveEntry();
  }

  /** A copy of {@code file} keeping only its first {@code fraction} of bytes. */
  static Path truncated(Path file, Path out, double fraction) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Files.write(out, Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
    return out;
  }
}
