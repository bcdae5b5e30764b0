package fr.permanence.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.cli.Main;
import fr.permanence.conversation.Command;
import fr.permanence.conversation.Incoming;
import fr.permanence.conversation.Platform;
import fr.permanence.files.DataFolder;
import fr.permanence.moderation.DocumentMeta;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder is owner-only throughout, and the installation is never written to. */
class DataFolderTest {
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

  @TempDir Path tmp;
  private Path home;
  private Path data;

  /** An installation with a one-document default corpus, and a data folder made readable by all, as older versions did. */
  @BeforeEach
  void install() throws IOException {
    home = OneDocumentHome.create(tmp.resolve("home"));
    data = Files.createDirectories(tmp.resolve("data"), PosixFilePermissions.asFileAttribute(
        PosixFilePermissions.fromString("rwxr-xr-x")));
  }

  @Test
  void everyFileAndFolderUnderTheDataFolderIsOwnerOnly() throws Exception {
    Map<String, String> installed = snapshot(home);
    try (Bot bot = Bot.open(Settings.from(Map.of(), home, data), Map.of(), null, line -> { }, line -> { })) {
      bot.conversation().handle(Incoming.of(Platform.CONSOLE, "console", "alice", Command.ASK,
          "L'intelligence artificielle change-t-elle le travail ?")).orElseThrow();
      Path upload = Files.writeString(tmp.resolve("note.txt"), "Le comité social et économique est consulté "
          + "avant l'introduction d'un outil d'intelligence artificielle qui change les conditions de travail.\n");
      bot.moderation().editor().add("mod", upload, "note.txt", DocumentMeta.none());
      bot.moderation().editor().remove("mod", "note");
      bot.moderation().rebuilds().rebuildNow("mod", Duration.ofSeconds(30));
      assertTrue(bot.log().flush(Duration.ofSeconds(5)));
    }

    List<String> open = new ArrayList<>();
    try (Stream<Path> all = Files.walk(data)) {
      for (Path p : all.toList()) {
        String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        if (!mode.equals(Files.isDirectory(p) ? "rwx------" : "rw-------")) {
          open.add(data.relativize(p) + " " + mode);
        }
      }
    }
    assertEquals(List.of(), open, "readable by others");
    DataFolder folder = new DataFolder(data);
    assertTrue(Files.isRegularFile(folder.corpusAudit()) && Files.isDirectory(folder.archive())
        && Files.isRegularFile(folder.questionLog()) && Files.isDirectory(folder.index()), "all were made");
    assertEquals(installed, snapshot(home), "the installation is untouched");
  }

  @Test
  void importingTheCodeDuTravailWritesIntoTheDataFolderNeverIntoTheInstallation() throws Exception {
    Map<String, String> installed = snapshot(home);
    Path legiData = REPOSITORY.resolve("index/src/test/resources/legi/package");
    String previous = System.getProperty("permanence.home");
    System.setProperty("permanence.home", home.toString());
    try {
      assertEquals(0, Main.run("--data", data.toString(), "corpus", "import-code-du-travail", "--all",
          legiData.toString()));
    } finally {
      if (previous == null) {
        System.clearProperty("permanence.home");
      } else {
        System.setProperty("permanence.home", previous);
      }
    }

    assertEquals(installed, snapshot(home), "the installation is untouched");
    assertFalse(Files.exists(home.resolve("corpus/code-du-travail.jsonl.gz")));
    DataFolder folder = new DataFolder(data);
    assertTrue(Files.size(folder.corpus().resolve("code-du-travail.jsonl.gz")) > 0, "imported into the data folder");
    assertTrue(Files.isRegularFile(folder.corpus().resolve("manifest.json")), "the corpus was seeded first");
  }

  private static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), Files.getLastModifiedTime(p) + " " + Files.size(p));
      }
    }
    return files;
  }
}
