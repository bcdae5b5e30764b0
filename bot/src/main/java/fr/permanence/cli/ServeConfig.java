package fr.permanence.cli;

import fr.permanence.discord.DiscordSettings;
import fr.permanence.files.DataFolder;
import fr.permanence.matrix.MatrixRoles;
import fr.permanence.matrix.MatrixSettings;
import fr.permanence.moderation.UploadPolicy;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * What {@code serve} runs with, from environment variables and/or a properties file (the
 * environment wins), and in French what is missing for each adapter.
 *
 * @param dataDir the data directory (index, question log, audit, Matrix sync token)
 * @param contact the union's contact line
 * @param maxUploadBytes largest file a moderator may add
 * @param discord Discord's settings, when complete
 * @param matrix Matrix's settings, when complete
 * @param notes one French line per adapter saying whether it starts, and what it lacks
 */
public record ServeConfig(
    Path dataDir, String contact, long maxUploadBytes, Optional<DiscordSettings> discord,
    Optional<MatrixSettings> matrix, List<String> notes) {
  /** Environment variables and the properties-file keys they stand for. */
  static final Map<String, String> KEYS = Map.ofEntries(
      Map.entry("PERMANENCE_DATA", "data"),
      Map.entry("PERMANENCE_CONTACT", "contact"),
      Map.entry("PERMANENCE_MAX_UPLOAD_MB", "max-upload-mb"),
      Map.entry("PERMANENCE_DISCORD_TOKEN", "discord.token"),
      Map.entry("PERMANENCE_DISCORD_TRAINER_ROLE", "discord.trainer-role"),
      Map.entry("PERMANENCE_DISCORD_MODERATOR_ROLE", "discord.moderator-role"),
      Map.entry("PERMANENCE_DISCORD_API", "discord.api"),
      Map.entry("PERMANENCE_MATRIX_HOMESERVER", "matrix.homeserver"),
      Map.entry("PERMANENCE_MATRIX_TOKEN", "matrix.token"),
      Map.entry("PERMANENCE_MATRIX_USER", "matrix.user"),
      Map.entry("PERMANENCE_MATRIX_ALLOWED", "matrix.allowed"),
      Map.entry("PERMANENCE_MATRIX_CONTROL_ROOM", "matrix.control-room"),
      Map.entry("PERMANENCE_MATRIX_TRAINERS", "matrix.trainers"),
      Map.entry("PERMANENCE_MATRIX_MODERATORS", "matrix.moderators"),
      Map.entry("PERMANENCE_MATRIX_TRAINER_LEVEL", "matrix.trainer-level"),
      Map.entry("PERMANENCE_MATRIX_MODERATOR_LEVEL", "matrix.moderator-level"));

  /**
   * The keys and values of {@code file}.
   *
   * @throws IllegalArgumentException in French, when it is missing, a folder, not UTF-8 text or
   *     holds a malformed escape: a configuration error, which a restart cannot mend
   */
  private static Properties properties(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException("« " + file + " » est un dossier, pas un fichier .properties.");
    }
    Properties props = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(in);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("le fichier « " + file + " » n'existe pas.", e);
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("« " + file + " » n'est pas un texte UTF-8 : enregistrez-le en UTF-8, "
          + "une clé=valeur par ligne (voir docs/chat.md).", e);
    } catch (IllegalArgumentException e) {
      // Properties.load's only refusal: a backslash-u not followed by four hexadecimal digits.
      throw new IllegalArgumentException("« " + file + " » contient une séquence \\u mal formée (\\u suivi de "
          + "quatre chiffres hexadécimaux) : écrivez le caractère lui-même, en UTF-8.", e);
    }
    return props;
  }

  /** Whether at least one adapter can start. */
  public boolean anyAdapter() {
    return discord.isPresent() || matrix.isPresent();
  }

  /** Reads the configuration; {@code file} may be null. Fails in French on a malformed value. */
  public static ServeConfig load(Map<String, String> env, Path file, Path defaultDataDir) throws IOException {
    Properties props = file == null ? new Properties() : properties(file);
    Values v = new Values(env, props);
    Path data = v.get("PERMANENCE_DATA").map(Path::of).orElse(defaultDataDir);
    String contact = v.get("PERMANENCE_CONTACT").orElse("");
    long maxUpload = v.get("PERMANENCE_MAX_UPLOAD_MB").map(s -> number(s, "PERMANENCE_MAX_UPLOAD_MB") * 1024L * 1024L)
        .orElse(UploadPolicy.DEFAULT_MAX_BYTES);
    List<String> notes = new ArrayList<>();
    if (contact.isEmpty()) {
      notes.add("Contact : PERMANENCE_CONTACT n'est pas défini ; les réponses renverront vers « un·e représentant·e de votre syndicat » sans coordonnées précises.");
    }

    Optional<DiscordSettings> discord = Optional.empty();
    Optional<String> token = v.get("PERMANENCE_DISCORD_TOKEN");
    if (token.isPresent()) {
      String trainer = v.get("PERMANENCE_DISCORD_TRAINER_ROLE").orElse("");
      String moderator = v.get("PERMANENCE_DISCORD_MODERATOR_ROLE").orElse("");
      URI api = v.get("PERMANENCE_DISCORD_API").map(s -> address(s, "PERMANENCE_DISCORD_API", "https://discord.com/api/v10/"))
          .orElse(DiscordSettings.DEFAULT_API);
      discord = Optional.of(new DiscordSettings(token.get(), trainer, moderator, new DataFolder(data).uploads(), maxUpload, api,
          DiscordSettings.DEFAULT_READY_TIMEOUT));
      notes.add("Discord : activé." + (trainer.isEmpty() || moderator.isEmpty()
          ? " Sans PERMANENCE_DISCORD_TRAINER_ROLE / PERMANENCE_DISCORD_MODERATOR_ROLE, seuls les administrateurs du "
              + "serveur ont accès aux commandes /formateurs et /corpus." : ""));
    } else {
      notes.add("Discord : désactivé (PERMANENCE_DISCORD_TOKEN manquant).");
    }

    Optional<MatrixSettings> matrix = Optional.empty();
    List<String> missing = new ArrayList<>();
    for (String key : List.of("PERMANENCE_MATRIX_HOMESERVER", "PERMANENCE_MATRIX_TOKEN", "PERMANENCE_MATRIX_USER",
        "PERMANENCE_MATRIX_ALLOWED")) {
      if (v.get(key).isEmpty()) {
        missing.add(key);
      }
    }
    if (missing.isEmpty()) {
      Set<String> users = new HashSet<>();
      Set<String> servers = new HashSet<>();
      for (String entry : v.get("PERMANENCE_MATRIX_ALLOWED").orElseThrow().split("[,\\s]+")) {
        if (!entry.isBlank()) {
          (entry.startsWith("@") ? users : servers).add(entry.strip());
        }
      }
      String user = v.get("PERMANENCE_MATRIX_USER").orElseThrow();
      if (!user.matches("@[^:]+:.+")) {
        throw new IllegalArgumentException("PERMANENCE_MATRIX_USER doit être un identifiant Matrix complet, "
            + "par exemple @permanence:exemple.org (reçu : « " + user + " »).");
      }
      URI homeserver = address(v.get("PERMANENCE_MATRIX_HOMESERVER").orElseThrow(), "PERMANENCE_MATRIX_HOMESERVER",
          "https://matrix.exemple.org");
      MatrixRoles roles = matrixRoles(v);
      matrix = Optional.of(new MatrixSettings(homeserver, v.get("PERMANENCE_MATRIX_TOKEN").orElseThrow(), user, users,
          servers, data, roles, MatrixSettings.DEFAULT_SYNC_TIMEOUT));
      notes.add("Matrix : activé pour " + user + ".");
      if (!roles.anyone()) {
        notes.add("Matrix : personne n'est formateur ni modérateur ; définissez PERMANENCE_MATRIX_CONTROL_ROOM (salon "
            + "de contrôle) ou PERMANENCE_MATRIX_TRAINERS / PERMANENCE_MATRIX_MODERATORS (voir docs/chat.md).");
      }
    } else if (missing.size() == 4) {
      notes.add("Matrix : désactivé (aucune variable PERMANENCE_MATRIX_… définie).");
    } else {
      notes.add("Matrix : désactivé, il manque " + String.join(", ", missing) + ".");
    }
    return new ServeConfig(data, contact, maxUpload, discord, matrix, notes);
  }

  /**
   * {@code value} as a server address: https, or plain http only to this machine (a local proxy
   * or a test server), since the bot's token would otherwise cross the network readable by anyone.
   */
  static URI address(String value, String key, String example) {
    URI uri;
    try {
      uri = new URI(value.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(key + " n'est pas une adresse valable, par exemple " + example
          + " (reçu : « " + value + " »).", e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new IllegalArgumentException(key + " doit être une adresse https://…, par exemple " + example
          + " (reçu : « " + value + " »).");
    }
    if (scheme.equals("http") && !loopback(uri.getHost())) {
      throw new IllegalArgumentException(key + " doit commencer par https:// : en http://, le jeton du bot "
          + "circulerait en clair sur le réseau (http:// n'est admis que vers cette machine, 127.0.0.1 ou ::1 ; "
          + "reçu : « " + value + " »).");
    }
    return uri;
  }

  /** Whether {@code host} names this machine; resolves no name (a DNS answer could say anything). */
  private static boolean loopback(String host) {
    String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    return h.equalsIgnoreCase("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
        || h.matches("127(\\.\\d{1,3}){3}");
  }

  /** Roles on Matrix: the control room and its levels, the lists of trainers and moderators. */
  private static MatrixRoles matrixRoles(Values v) {
    String controlRoom = v.get("PERMANENCE_MATRIX_CONTROL_ROOM").orElse("");
    if (!controlRoom.isEmpty() && !controlRoom.matches("![^:\\s]+:\\S+")) {
      throw new IllegalArgumentException("PERMANENCE_MATRIX_CONTROL_ROOM doit être l'identifiant d'un salon, par exemple "
          + "!AbCdEf:exemple.org (Element : Paramètres du salon → Avancé), pas son adresse (reçu : « " + controlRoom + " »).");
    }
    int trainerLevel = v.get("PERMANENCE_MATRIX_TRAINER_LEVEL").map(s -> (int) number(s, "PERMANENCE_MATRIX_TRAINER_LEVEL"))
        .orElse(MatrixRoles.DEFAULT_TRAINER_LEVEL);
    int moderatorLevel = v.get("PERMANENCE_MATRIX_MODERATOR_LEVEL")
        .map(s -> (int) number(s, "PERMANENCE_MATRIX_MODERATOR_LEVEL")).orElse(MatrixRoles.DEFAULT_MODERATOR_LEVEL);
    return new MatrixRoles(controlRoom, trainerLevel, moderatorLevel, matrixIds(v, "PERMANENCE_MATRIX_TRAINERS"),
        matrixIds(v, "PERMANENCE_MATRIX_MODERATORS"));
  }

  /** A list of Matrix ids separated by commas or spaces; fails in French on anything else. */
  private static Set<String> matrixIds(Values v, String key) {
    Set<String> ids = new HashSet<>();
    for (String entry : v.get(key).orElse("").split("[,\\s]+")) {
      if (entry.isBlank()) {
        continue;
      }
      if (!entry.matches("@[^:\\s]+:\\S+")) {
        throw new IllegalArgumentException(key + " attend des identifiants Matrix complets, par exemple "
            + "@alice:exemple.org (reçu : « " + entry + " »).");
      }
      ids.add(entry);
    }
    return ids;
  }

  private static long number(String value, String key) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " doit être un nombre entier (reçu : « " + value + " »).", e);
    }
  }

  /** Environment first, then the properties file; blank values count as absent. */
  private record Values(Map<String, String> env, Properties props) {
    Optional<String> get(String envKey) {
      String value = env.get(envKey);
      if (value == null || value.isBlank()) {
        value = props.getProperty(KEYS.get(envKey));
      }
      return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
  }
}
