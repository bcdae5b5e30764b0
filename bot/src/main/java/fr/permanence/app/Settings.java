package fr.permanence.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where things are and who to contact, from the environment, with defaults that work from a
 * fresh clone.
 *
 * @param home the installation (the repository root), holding the default corpus
 * @param dataDir where the index, the question log and secrets live (default {@code home/data})
 * @param corpusDir the corpus served: {@code dataDir/corpus} once moderators changed it,
 *     otherwise the default {@code home/corpus}
 * @param synonyms the lexicon folder: synonym files applied to questions (see corpus/lexicon/README.md)
 * @param contact who members should ask in person, shown in every answer
 */
public record Settings(Path home, Path dataDir, Path corpusDir, Path synonyms, String contact) {
  /** Shown when the union did not configure its own contact line. */
  public static final String DEFAULT_CONTACT = "un·e représentant·e de votre syndicat ou la permanence juridique de votre union locale";

  /** Reads {@code PERMANENCE_DATA} and {@code PERMANENCE_CONTACT}; {@code dataOverride} wins when given. */
  public static Settings from(Map<String, String> env, Path home, Path dataOverride) {
    Path data = dataOverride != null ? dataOverride
        : env.containsKey("PERMANENCE_DATA") ? Path.of(env.get("PERMANENCE_DATA")) : home.resolve("data");
    data = data.toAbsolutePath().normalize();
    Path moderated = data.resolve("corpus");
    Path corpus = Files.isRegularFile(moderated.resolve("manifest.json")) ? moderated : home.resolve("corpus");
    String contact = env.getOrDefault("PERMANENCE_CONTACT", "").isBlank() ? DEFAULT_CONTACT : env.get("PERMANENCE_CONTACT").strip();
    return new Settings(home, data, corpus, home.resolve("corpus").resolve("lexicon"), contact);
  }

  /** The installation folder: the launcher passes it as {@code -Dpermanence.home}; else the working directory. */
  public static Path installationHome() {
    String home = System.getProperty("permanence.home");
    return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
  }

  /** The same settings serving {@code corpus} with data in {@code data}. */
  public Settings with(Path data, Path corpus) {
    return new Settings(home, data, corpus, synonyms, contact);
  }

  public Path indexDir() {
    return dataDir.resolve("index");
  }
}
