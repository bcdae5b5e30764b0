package fr.permanence.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An installation whose default corpus is one document of the repository's: real text, an index
 * built in a second or two. {@link #use} makes it the installation of command lines run in
 * process (the {@code permanence.home} property) until closed.
 */
public final class OneDocumentHome implements AutoCloseable {
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
  public static final String DOCUMENT = "travail-contre-intelligence-artificielle";

  private final String previous;

  private OneDocumentHome(Path home) {
    previous = System.getProperty("permanence.home");
    System.setProperty("permanence.home", home.toString());
  }

  /** Writes the installation into {@code home}; returns it. */
  public static Path create(Path home) throws IOException {
    Path corpus = Files.createDirectories(home.resolve("corpus/documents"));
    Files.copy(REPOSITORY.resolve("corpus/documents/" + DOCUMENT + ".txt"), corpus.resolve(DOCUMENT + ".txt"));
    Files.writeString(home.resolve("corpus/manifest.json"), """
        {"version":1,"documents":[{"slug":"%s","file":"documents/%s.txt","title":"Le travail contre l'IA"}]}"""
        .formatted(DOCUMENT, DOCUMENT));
    return home;
  }

  /** Creates the installation in {@code home} and makes it this process's until closed. */
  public static OneDocumentHome use(Path home) throws IOException {
    return new OneDocumentHome(create(home));
  }

  @Override
  public void close() {
    if (previous == null) {
      System.clearProperty("permanence.home");
    } else {
      System.setProperty("permanence.home", previous);
    }
  }
}
