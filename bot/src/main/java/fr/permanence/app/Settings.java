package fr.permanence.app;

import fr.permanence.corpus.Corpus;
import fr.permanence.files.DataFolder;
import fr.permanence.moderation.UploadPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;

/**
 * Where things are, who to contact and the union's limits, read once per run from the
 * environment (and the command line's {@code --data}), with defaults that work from a fresh
 * clone. Every command, {@code serve} included, runs with one of these.
 *
 * @param home the installation (the repository root), holding the default corpus; never written to
 * @param dataDir where the index, the question log, the moderated corpus and secrets live
 *     (default {@code home/data}); its layout is {@link #data()}
 * @param corpusDir the corpus served: {@code dataDir/corpus} once seeded, otherwise the default
 *     {@code home/corpus}
 * @param synonyms the lexicon folder: acronym and synonym rules applied to questions (corpus/lexicon)
 * @param contact who members should ask in person, shown in every answer
 * @param maxUploadBytes the largest file moderators may add
 * @param zone the union's time zone: dates shown to moderators and trainers
 */
public record Settings(Path home, Path dataDir, Path corpusDir, Path synonyms, String contact, long maxUploadBytes,
    ZoneId zone) {
  /** Shown when the union did not configure its own contact line. */
  public static final String DEFAULT_CONTACT = "un·e représentant·e de votre syndicat ou la permanence juridique de votre union locale";
  /** The union works in metropolitan France. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  /**
   * Reads {@code PERMANENCE_DATA}, {@code PERMANENCE_CONTACT} and {@code PERMANENCE_MAX_UPLOAD_MB};
   * {@code dataOverride} (the command line's {@code --data}) wins when given.
   *
   * @throws IllegalArgumentException (French) when a value is malformed
   */
  public static Settings from(Map<String, String> env, Path home, Path dataOverride) {
    Path data = dataOverride != null ? dataOverride
        : blank(env.get("PERMANENCE_DATA")) ? defaultDataDir(home) : Path.of(env.get("PERMANENCE_DATA").strip());
    data = data.toAbsolutePath().normalize();
    Path moderated = new DataFolder(data).corpus();
    Path corpus = Files.isRegularFile(moderated.resolve(Corpus.MANIFEST)) ? moderated : defaultCorpus(home);
    String contact = blank(env.get("PERMANENCE_CONTACT")) ? DEFAULT_CONTACT : env.get("PERMANENCE_CONTACT").strip();
    return new Settings(home, data, corpus, defaultCorpus(home).resolve("lexicon"), contact,
        uploadLimit(env.get("PERMANENCE_MAX_UPLOAD_MB")), ZONE);
  }

  /** {@code PERMANENCE_MAX_UPLOAD_MB} in bytes, or the default limit when it is not set. */
  static long uploadLimit(String megabytes) {
    if (blank(megabytes)) {
      return UploadPolicy.DEFAULT_MAX_BYTES;
    }
    try {
      long value = Long.parseLong(megabytes.strip());
      if (value <= 0) {
        throw new NumberFormatException("not positive");
      }
      return value * 1024L * 1024L;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("PERMANENCE_MAX_UPLOAD_MB doit être un nombre entier de mégaoctets, "
          + "positif (reçu : « " + megabytes + " »).", e);
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** The installation folder: the launcher passes it as {@code -Dpermanence.home}; else the working directory. */
  public static Path installationHome() {
    String home = System.getProperty("permanence.home");
    return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
  }

  /** The same settings serving {@code corpus} with data in {@code data}. */
  public Settings with(Path data, Path corpus) {
    return new Settings(home, data, corpus, synonyms, contact, maxUploadBytes, zone);
  }

  /** The same settings with another contact line and upload limit (those of {@code serve}'s configuration). */
  public Settings with(String contact, long maxUploadBytes) {
    return new Settings(home, dataDir, corpusDir, synonyms, contact, maxUploadBytes, zone);
  }

  /** The data folder's layout: every file the bot writes. */
  public DataFolder data() {
    return new DataFolder(dataDir);
  }

  /** The installation's default corpus, copied into the data folder before anyone changes it. */
  public Path defaultCorpus() {
    return defaultCorpus(home);
  }

  private static Path defaultCorpus(Path home) {
    return home.resolve("corpus");
  }

  /** The data folder when neither {@code --data} nor {@code PERMANENCE_DATA} names one: {@code data} in the installation. */
  public static Path defaultDataDir(Path home) {
    return home.resolve("data");
  }

  public Path indexDir() {
    return data().index();
  }
}
